"""Where given words stand in a note as whole words, in time linear in the note's length.

The name rules look for each word they want to judge (a capitalised word of unknown class,
a stranger's name in lower case) wherever it stands. A short note is searched once per word
(`str.find`, in C); a long one (a published article pasted whole, a transcript) would then
be read once per distinct word, quadratic in its length, so it is read once instead, run of
letters by run of letters, and each run looked up in the set of words. Both ways give the
same places: a whole-word occurrence of a word made of letters is exactly a maximal run of
letters equal to it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from collections.abc import Set as AbstractSet

# Above this many words times characters a note is read in one pass (measured on published
# Finnish and Nynorsk text: below it, one `str.find` per word is faster)
ONE_PASS_FROM = 150_000

_WORD_RUN = re.compile(r"\w+")  # \w is exactly str.isalnum() or "_"
_LETTER_RUN = re.compile(r"[^\W\d_]+")  # holds every str.isalpha() character


def between_non_word(low: str, words: Collection[str]) -> list[tuple[int, int]]:
    """The spans of `words` (each made of word characters, `\\w`) in `low` with no word
    character (`str.isalnum()` or "_") right before or after, in no particular order."""
    if len(words) * len(low) > ONE_PASS_FROM:
        return [run.span() for run in _WORD_RUN.finditer(low) if run.group() in words]
    spans = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            before = low[at - 1 : at] if at else ""
            after = low[end : end + 1]
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                spans.append((at, end))
            at = low.find(word, end)
    return spans


def held_in_lower_case(
    text: str, low: str, holding: Mapping[str, Collection[str]], tokens: AbstractSet[str]
) -> list[tuple[int, int]]:
    """Where a word that `holding` keeps for one of `tokens` (a token -> the words in it that
    a rule has found) stands as a whole word in `text` written in lower case (`low` its lower
    case): the last step of the rules for registered names typed in lower case."""
    hits: set[str] = set().union(*map(holding.__getitem__, holding.keys() & tokens))
    if not hits:
        return []
    return [(start, end) for start, end in between_non_word(low, hits) if text[start].islower()]


def between_non_letters(text: str, words: Collection[str]) -> list[tuple[int, str]]:
    """(start, word) for each of `words` in `text` with no letter (`str.isalpha()`) right
    before or after it, sorted."""
    if len(words) * len(text) <= ONE_PASS_FROM:
        return sorted(_found(text, words))
    letters = [w for w in words if w.isalpha()]
    found = _found(text, [w for w in words if not w.isalpha()])  # "Anna²": rare, searched
    if letters:
        wanted = set(letters)
        for run in _LETTER_RUN.finditer(text):
            written = run.group()
            if written in wanted:
                found.append((run.start(), written))
            elif not written.isalpha():  # a run holding a numeric character: its letter runs
                found += [(run.start() + at, w) for at, w in _letter_runs(written) if w in wanted]
    found.sort()
    return found


def _found(text: str, words: Collection[str]) -> list[tuple[int, str]]:
    found = []
    size = len(text)
    for word in words:
        length = len(word)
        index = text.find(word)
        while index >= 0:
            end = index + length
            if (not index or not text[index - 1].isalpha()) and (
                end == size or not text[end].isalpha()
            ):
                found.append((index, word))
            index = text.find(word, end)
    return found


def _letter_runs(written: str) -> list[tuple[int, str]]:
    """The maximal runs of letters (`str.isalpha()`) in `written`, with their offsets."""
    runs, start = [], None
    for at, char in enumerate(written):
        if char.isalpha():
            if start is None:
                start = at
        elif start is not None:
            runs.append((start, written[start:at]))
            start = None
    if start is not None:
        runs.append((start, written[start:]))
    return runs
