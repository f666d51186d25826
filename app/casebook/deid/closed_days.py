"""A day and month written with a full stop after each ("14.2.", "3.5."), as Danish,
Norwegian, Finnish and German notes write a date, read as one by its shape where no word
before it dates it (`dates.day_month` asks first for such a word).

The closing full stop is what a decimal, a clock time or a score does not write: "3.5" and
"14.30" do, "14.2." does not, unless it ends a sentence. So the shape says date where the
sentence goes on after it in Swedish or a language that writes dates so ("Hän tuli kotiin
14.2. illalla", "Hun kom hjem 3.5. om aftenen"), where it stands in brackets ("Kontroll
(11.7.) hos legen") or opens a range ("fra 11.7.- hos legen"). What stays: the same figures
at the end of a sentence ("Hb var 4.1. Hon mår bra"), after a copula or a measure's
abbreviation, beside English words (English notes open sentences in lower case: "wbc 12.3.
urine sent", "hct up to 25.2. am hct"), after a clock word ("kl. 10.05. sen"), a section,
page, table or version word ("kapitel 3.2. handlar"), and an outline number opening a line
("1.2. bakgrund"). A date ending a sentence of Finnish, Norwegian or Danish, which write a
decimal with a comma, is read as a date unless the clause gives a value (`sentence_closing`:
"Viimeksi nähty 1.12.", "Fristen er satt til 1.4."; not "CRP steg til 21.7."); it may carry
the sentence's full stop after its own ("Hän muutti tänne 30.1.."), and a log's clock opening
the line ("[14:48] ", "11:08 ") is no figure of the clause.
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import note_language, number_words, vocab
from casebook.deid.calling_verbs import INVERTED_SUBJECTS

# A number, part or version word (`number_words.py`) or a clock word right before: no date
# ("kapitel 3.2.", "kl. 10.05."). No colon between: "Dato: 14.2." is a form's date field.
_NOT_A_DAY_BEFORE = number_words.before(
    number_words.COMMON | set("kl klo kello klockan um at".split())
)
_OPEN_RANGE = re.compile(r"[-–](?:[ \u00a0]|\Z|[,;)])")


def by_shape(text: str, low: str, start: int, stop: int) -> bool:
    """Whether the day and month text[start:stop] (`stop` at its closing full stop) is a date
    by its shape alone: in brackets, opening a range, or inside a sentence that goes on
    after it with an ordinary word of Swedish or of a language that writes dates so, with a
    word before it on its line."""
    after = stop + 1
    if _NOT_A_DAY_BEFORE.search(low, max(0, start - 12), start):
        return False
    if text[start - 1 : start] == "(" and text[after : after + 1] == ")":
        return True  # "(11.7.)"
    if _OPEN_RANGE.match(text, after):
        return True  # "fra 11.7.- hos legen": from then on
    if text[after : after + 1] == ",":
        return _before_comma(low, start, stop)  # "Vi ses igjen 26.5., sa hun."
    if text[after : after + 1] == "." and _ends_sentence(text, after + 1):
        return sentence_closing(text, low, start, stop)  # "Hän muutti tänne 30.1..": its own
        # full stop, then the sentence's, as a note is typed
    if _ends_sentence(text, after):
        return sentence_closing(text, low, start, stop)  # "Viimeksi nähty 1.12."
    if text[after : after + 1] not in (" ", "\u00a0") or not text[after + 1 : after + 2].islower():
        return False  # "... var 4.1. Hon": the full stop may end the sentence
    line = low.rfind("\n", 0, start) + 1
    if not any(c.isalpha() for c in low[line:start]):
        return False  # "1.2. bakgrund" opens an outline
    before = _WORD_BEFORE.search(low, max(0, start - 16), start)
    if before is not None and _value_before(before.group(1)):
        return False  # "wbc 11.2. cv-hr", "Hb var 4.1. hon": a measure and its value
    # (and an English word on both sides, however frequent in Danish or German: "up to
    # 25.2. am hct")
    word = _WORD.match(low, after + 1)
    if word is None or not _dotted_language_word(word.group()):
        return False
    english = vocab.common_words(("en",))
    return before is None or not (before.group(1) in english and word.group() in english)


# What follows a full stop that ends a sentence: the end of the text or of its line, or a
# capital (after a quotation mark, a bracket or a dash).
_AFTER_A_SENTENCE = re.compile(r"[ \u00a0]*(?:\Z|\n)|[ \u00a0]+[\"'”»(\[–—-]?[ ]?([^\W\d_])")


def _ends_sentence(text: str, after: int) -> bool:
    """Whether the full stop before `after` ends a sentence."""
    match = _AFTER_A_SENTENCE.match(text, after)
    return match is not None and (match[1] is None or match[1].isupper())


_CLAUSE_OPEN = re.compile(r"[,;:!?()\n]|\.(?=[ \u00a0\n])")
# The clock time a log or a chat opens its line with ("[14:48] ", "11:08 "): when it was
# written, no value of the sentence after it.
_LOG_STAMP = re.compile(r"[ \t]*\[?\d{1,2}[:.]\d\d\]?[ \t]+")


def range_closing(text: str, low: str, start: int, second: int, stop: int) -> bool:
    """Whether the range of days text[start:stop] ("30.–28.1."), its second day and month
    from `second` and its closing full stop at `stop`, ends a Finnish, Norwegian or Danish
    sentence as a date (`sentence_closing`): "Muutto tapahtui lopulta 30.–2.1.", whatever
    the days' order."""
    after = stop + 1
    if not (
        _ends_sentence(text, after)
        or text[after : after + 1] == "."
        and _ends_sentence(text, after + 1)
    ):
        return False
    return sentence_closing(text, low, start, stop, low[second:stop])


def sentence_closing(
    text: str, low: str, start: int, stop: int, day_month: str | None = None
) -> bool:
    """Whether the day and month text[start:stop], its closing full stop at `stop` also
    ending the sentence, is a date of a Finnish, Norwegian or Danish sentence: "Viimeksi
    nähty 1.12.", "Näyttely on avoinna 31.8.", "Neste time er flyttet til 3.9.". Finnish,
    Norwegian and Danish write a decimal with a comma and a date with one full stop for both
    ("1.12.": Kielitoimisto's style, Språkrådet's and Dansk Sprognævn's), so in such a
    sentence the shape is a date unless the clause gives a value: a copula, a number, part
    or version word right before ("Hb on 12.1.", "versio 1.12."), a measure's abbreviation
    in the clause ("INR illalla 6.1."), or a month with a leading zero, which a clock time
    writes ("lähtee 10.05."). `day_month`: the day and month when text[start:stop] is a
    range ending in them (`range_closing`)."""
    day, month = (day_month or low[start:stop]).split(".")
    if month.startswith("0") or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    before = _WORD_BEFORE.search(low, max(0, start - 24), start)
    if before is None or before.group(1) in _COPULAS:
        return False
    if not note_language.word_of(before.group(1), "fi"):
        return _nordic_closing(text, low, start, before)
    opened = max(
        (m.end() for m in _CLAUSE_OPEN.finditer(low, max(0, start - 80), start)), default=0
    )
    line = low.rfind("\n", 0, start) + 1
    stamp = _LOG_STAMP.match(low, line)
    if stamp is not None and stamp.end() <= start:
        opened = max(opened, stamp.end())  # "[14:48] Hän muutti tänne 7.1.": a log's clock
    clause = _WORD.findall(low, max(opened, start - 80), start)
    if any(_value_before(word) and not note_language.word_of(word, "fi") for word in clause):
        return False  # "koska INR illalla 6.1.": a measure and its value
    if re.search(r"\d", low[max(opened, start - 80) : start]):
        return False  # "Saanut 40 ml 6.1.": a figure before in the clause, a series of values
    if note_language.sentence_language(text, before.start(1), before.end(1)) == ("fi",):
        return True
    # a line too short to tell its language ("Viimeksi nähty 1.12."): two words or more before
    # it in the clause, each a Finnish word and none a Swedish or English one
    return len(clause) >= 2 and all(_finnish_only(word) for word in clause)


def _nordic_closing(text: str, low: str, start: int, before: re.Match[str]) -> bool:
    """`sentence_closing` for a Norwegian or Danish sentence: the word before a word of those
    languages and no Swedish or English one ("til", not "till" or "to"), or one Swedish
    shares ("sist", "igen") where another word of the clause is theirs alone and a personal
    pronoun is its subject, a person's act dated ("Vi møttes sist 14.10."), the sentence
    theirs, and no measure's abbreviation or figure before it in its clause."""
    word = before.group(1)
    if word in vocab.common_words(("en",)) or not _nordic_word(word):
        return False
    opened = max(
        (m.end() for m in _CLAUSE_OPEN.finditer(low, max(0, start - 80), start)), default=0
    )
    clause_start = max(opened, start - 80)
    clause = _WORD.findall(low, clause_start, start)
    if word in vocab.common_words(("sv",)) and not (
        any(map(_nordic_only, clause)) and any(w in INVERTED_SUBJECTS for w in clause)
    ):
        return False  # "Prøven viste sist 4.1.": no person's act, a value
    if any(_value_before(w) and not _nordic_word(w) for w in clause):
        return False  # "CRP steg til 21.7.": a measure and its value
    if re.search(r"\d", low[clause_start:start]):
        return False  # "fikk 40 ml til 6.1.": a figure before in the clause
    return note_language.sentence_language(text, before.start(1), before.end(1)) == ("nb", "da")


def _before_comma(low: str, start: int, stop: int) -> bool:
    """Whether the day and month low[start:stop], a comma right after its closing full stop,
    is a date: a full stop before a comma ends no sentence and closes no decimal or clock
    time ("3.5,", "14.30,"), so it is the date's own ("Vi ses igjen 26.5., sa hun", "Hän
    tuli 3.4., kun"), unless the figures give a value (a copula or a measure's abbreviation
    before them: "Hb var 4.1., CRP") or stand first on their line, an outline's number."""
    day, month = low[start:stop].split(".")
    if month.startswith("0") or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    before = _WORD_BEFORE.search(low, max(0, start - 24), start)
    return before is not None and not _value_before(before.group(1))


def _nordic_word(word: str) -> bool:
    """Whether `word` is an ordinary word of Norwegian or Danish."""
    return note_language.word_of(word, "nb") or note_language.word_of(word, "da")


@cache
def _nordic_only(word: str) -> bool:
    """Whether `word` is a Norwegian or Danish word and no common Swedish or English one."""
    if word in vocab.common_words(("sv",)) or word in vocab.common_words(("en",)):
        return False
    return _nordic_word(word)


@cache
def _finnish_only(word: str) -> bool:
    """Whether `word` is a Finnish word and no common Swedish or English one."""
    if word in vocab.common_words(("sv",)) or word in vocab.common_words(("en",)):
        return False
    return note_language.word_of(word, "fi")


_WORD = re.compile(r"[^\W\d_]+")
# The languages that write a day and month so; English writes "3.5" as a decimal, and its
# notes begin sentences in lower case ("wbc 12.3. urine sent", "hct 23.2. cont. on").
_DOTTED = ("da", "nb", "fi", "de")


_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \u00a0]+\Z")
# A verb that gives a value ("Hb var 4.1.", "wbc was 11.2."): what follows is no date.
_COPULAS = frozenset("var är er was is are were ist war sind oli on ovat =".split())


@cache
def _dotted_language_word(word: str) -> bool:
    """Whether `word` is an ordinary word of Swedish or of a language that writes "14.2."
    for a date (one of its 300 most frequent, "hos", "till", "om", even when English has it
    too), and otherwise no common English word, abbreviation or medicine."""
    if note_language.frequent(word, ("sv", *_DOTTED)):
        return True
    if word in vocab.common_words(("en",)) or word in vocab.ordinary_in(("en",)):
        return False
    if word in vocab.ordinary_in(("sv",)):
        return True
    return any(note_language.word_of(word, lang) for lang in _DOTTED)


@cache
def _value_before(word: str) -> bool:
    """Whether `word` before the figures makes them a value or the sentence English: a
    copula, a common English word that is no frequent word of a language writing "14.2.",
    or a short abbreviation that is no word of those languages ("wbc", "hb", "crp")."""
    if word in _COPULAS:
        return True
    if note_language.frequent(word, ("sv", *_DOTTED)):
        return False
    if word in vocab.common_words(("en",)):
        return True  # "hct was up 25.2. am": an English sentence
    if len(word) > 4 or word in vocab.ordinary_in(("sv",)):
        return False
    return not any(note_language.word_of(word, lang) for lang in _DOTTED)
