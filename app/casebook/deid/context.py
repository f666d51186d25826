"""Reading the context of a word: the word before it, what follows, whether a sentence starts
there, and which language a note is in. Shared by the rules for registered names (`names.py`),
unregistered names (`unregistered.py`) and review candidates (`review.py`)."""

from __future__ import annotations

import re

from casebook.deid import vocab

_SPACE = " \t\u00a0"
_SENTENCE_SKIP = frozenset(" \t\u00a0\"'“”‘’«»([{*•·–—-")
_SENTENCE_END = frozenset(".!?…:;\n\r")


def guess_languages(low: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """("en",) or ("sv",) when the start of a lower-cased text clearly leans one way, else all
    of `languages`. Counts a few very frequent words in the first 1,000 characters."""
    if not ("en" in languages and "sv" in languages):
        return languages
    english = swedish = 0
    for marker in vocab.ENGLISH_MARKERS:
        english += low.count(marker, 0, 1000)
    for marker in vocab.SWEDISH_MARKERS:
        swedish += low.count(marker, 0, 1000)
    if english >= 3 and english >= 3 * swedish:
        return ("en",)
    if swedish >= 3 and swedish >= 3 * english:
        return ("sv",)
    return languages


# A time stamp that opens a line of an observer's log: "12:16", "13.35", "[09:05]", "kl. 14".
_STAMP = re.compile(
    r"(?:(?<![\w.:])\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\b[Kk]l\.?[ \t]?\d{1,2}(?:[:.]\d{2})?)"
    r"[\])]?[ \t]*[-–—:]?[ \t]*\Z"
)


def sentence_start(text: str, index: int) -> bool:
    """True at the start of the text, a line, a sentence or a quotation, or after a colon; and
    after a time stamp that itself stands at such a start ("12:16 Will anyone drive her?")."""
    i = index - 1
    while i >= 0 and text[i] in _SENTENCE_SKIP:
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return True
    if text[i].isdigit() or text[i] in ")]":
        stamp = _STAMP.search(text, max(0, index - 24), index)
        if stamp and stamp.start() < index:
            return sentence_start(text, stamp.start())
    return False


def previous_word(low: str, index: int) -> tuple[str, str]:
    """The word before `index` (lower case) and the punctuation between (",", "." or "")."""
    i = index
    while i > 0 and low[i - 1] in _SPACE:
        i -= 1
    gap = ""
    if i > 0 and low[i - 1] in ",.":
        gap = low[i - 1]
        i -= 1
        while i > 0 and low[i - 1] in _SPACE:
            i -= 1
    j = i
    while j > 0 and low[j - 1].isalpha():
        j -= 1
    if j == i:
        return "", gap
    return low[j:i], gap


def next_word(text: str, index: int) -> tuple[str, str, int]:
    """What follows `index` past spaces: ("w", word, start) for a word, else (char, "", i)."""
    n = len(text)
    i = index
    while i < n and text[i] in _SPACE:
        i += 1
    if i >= n:
        return "", "", i
    if not text[i].isalpha():
        return text[i], "", i
    j = i + 1
    while j < n and (text[j].isalpha() or text[j] in "'’"):
        j += 1
    return "w", text[i:j].lower(), i
