"""Dates written with a month's name, in every language of `calendar_words.py` (CLDR).

`patterns.py` finds a month word followed by a space or punctuation (a trigger of the name
automaton) and asks `month` whether a day or a year stands next to it:

- day first, as most of CLDR's long patterns write it: "14 March", "14 mars 2026", "den 14:e
  mars", "3. Mai 2024", "3. toukokuuta", "3. päivänä toukokuuta", "3 de mayo de 2024",
  "1er mai", "1º de maio", "3 мая 2024 г.", "14th of March"; a range before it is one date
  ("12–14 March", see `date_ranges.py`);
- month first, where CLDR writes it so (English, Somali, Tigrinya; and the redactor's own
  English, Swedish and German words, as before): "March 14th", "March 14, 2026";
- a month and a year, in any language: "March 2026", "maggio 2024", "mayo de 2024", and a
  month range before it, "maj–juni 2024";
- "03MAY2024", "3mai24": day, month and year run together (`glued`); "3MAR21", "12okt22"
  with a two-digit year and an English or Nordic month, found anywhere (`glued_short`).

A month word that is also an ordinary word, a name or a place (`calendar_words.weak_months`:
"out", "set", "Maja", "Eyl") is a date only with a day before it and a year or a "de" after
the day ("3 set 2024", "3 de mayo"), never with a day after it or a year alone. A month first
after a capitalised word that is no known word ("Chiang Mai 2004") is part of a name. A year
alone is never a date (docs/releases.md, "Dates in free text").
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import (
    calendar_words,
    date_ranges,
    dates,
    lexicon,
    note_language,
    ordinal_words,
    short_years,
    vocab,
)

Found = tuple[int, int, str]

_CAL = calendar_words.calendar()
MONTH_WORDS = calendar_words.month_words()
_WEAK = calendar_words.weak_months()
_NAMES = calendar_words.name_months()
# Trigger words of `patterns.py`: the redactor's own words, and CLDR's other ones.
OWN_WORDS = calendar_words.LEGACY_MONTHS
CLDR_WORDS = MONTH_WORDS - OWN_WORDS
_FIRST = _CAL.month_first | calendar_words.LEGACY_MONTHS
# Words CLDR writes with a full stop ("sep.", "févr."), and the redactor's own abbreviations.
_DOTTED = frozenset(w[:-1] for w in _CAL.months if w.endswith(".")) | frozenset(
    "jan feb mar apr jun jul aug sep sept oct okt nov dec".split()
)
_JOIN = calendar_words.alternation(set(_CAL.joins))
_MARKS = calendar_words.alternation(set(_CAL.year_marks))
_GLUED_MARKS = calendar_words.alternation(set(_CAL.glued_year_marks)) or "(?!)"
_SUFFIXES = "|".join([calendar_words.DAY_SUFFIXES, *_CAL.day_marks])
_YEAR = rf"((?:19|20)\d{{2}})(?!\d)(?:(?:{_GLUED_MARKS})(?![^\W\d_]))?"

# Before a month word: "14 ", "14th of ", "14:e ", "3. ", "3.", "3 de ", "1er ", "1º de ".
# (not glued to a word: "FIO2 DEC FROM 80%" is a decrease)
# (or glued to a word that dates it, as a hurried note types it: "on3 March", "den3 mars")
_GLUED_CUES = "on den am til till fra från from by since seit vom ab le el på".split()
_GLUED_CUE = "|".join(rf"(?<=(?<![^\W\d_]){w})" for w in _GLUED_CUES)
# Finnish writes "the 14th day of February" in the essive or the nominative: "14. päivänä
# helmikuuta", "5. päivä toukokuuta".
_DAY_WORD = "päivänä|päivä"
_DAY_BEFORE = re.compile(
    rf"(?:(?<![\d\w])|{_GLUED_CUE})(\d{{1,2}})(?:({_SUFFIXES})[ ]*|[ ]+)"
    rf"(?:({_JOIN}|{_DAY_WORD})[ ]+)?\Z"
)
_DIGIT = re.compile(r"\d")


def _day_before(low: str, start: int) -> re.Match[str] | None:
    """`_DAY_BEFORE` in the 20 characters before low[start]; most month words have no digit
    there, and the look-behinds of the glued cues, tried at every position, cost more than
    one scan for a digit (which every match holds). A match opens with its day's first digit
    (all before it looks behind), so it is tried at each digit of the window, leftmost first:
    the match `search` would return, without the look-behinds at every other character."""
    for digit in _DIGIT.finditer(low, max(0, start - 20), start):
        match = _DAY_BEFORE.match(low, digit.start(), start)
        if match is not None:
            return match
    return None


# After a day and month: ", 2026", " 2026", " de 2024", ".2024", " 2024 г."; a day and month
# date a year of any century after them ("31 oktober 1832", "January 8, 1880"), unless a unit
# or a counted noun makes that number an amount ("3 maj 1500 kr").
_TAIL_YEAR = rf"((?:1\d|20)\d{{2}})(?!\d)(?:(?:{_GLUED_MARKS})(?![^\W\d_]))?"
_YEAR_AT = rf"(?:,?[ ]+|[ ]+(?:{_JOIN})[ ]+|\.|(?<=\.)){_TAIL_YEAR}(?:[ ]?(?:{_MARKS}))?"
_YEAR_TAIL = re.compile(
    _YEAR_AT + r"(?![ \u00a0]?(?:kr|kronor|kroner|euro|eur|dollars?|pounds?|people|personer|"
    r"men|man|soldiers|metres|meters|m|km|kg|ihmistä|henkeä|euroa)(?![^\W\d_]))"
)
_ANY_YEAR_TAIL = re.compile(_YEAR_AT)
# A counted noun after a number is written in lower case ("1500 men"); capitalised, "Men" and
# "Man" open the next Swedish sentence ("den 25 nov 2024 Men visst", "but"; "Man kan", "one").
_SENTENCE_AFTER = re.compile(r"[ \u00a0]?M[ae]n(?![^\W\d_])")


def _year_tail(text: str, low: str, at: int) -> re.Match[str] | None:
    """The year after a day and month at `at`, unless a unit or counted noun follows it."""
    year = _YEAR_TAIL.match(low, at)
    if year is None:
        year = _ANY_YEAR_TAIL.match(low, at)
        if year is not None and not _SENTENCE_AFTER.match(text, year.end()):
            return None
    return year


# After a month word: " 14th", " 14, 2026", " 2026", " de 2024".
_DAY_AFTER = re.compile(
    rf"\.?,?[ ]+(?:({_JOIN}|the)[ ]+)?(\d{{1,4}})(?!\d)(?:st|nd|rd|th|{_GLUED_MARKS})?(?![^\W\d_])"
)
# What a long pattern writes after a year ("г.", "р.") or an era ("e.Kr.").
_MARK = re.compile(rf"[ ]?(?:{_MARKS})")
# A week number before a day ("v. 21. May I add", "uke 21. mai"): no date.
_WEEK_BEFORE = re.compile(r"(?<![^\W\d_])(?:v|v\.|vecka|week|wk|uke|uge|kw|viikko)[ ]*\Z")
# A month word and a dash before a month-year: "maj–juni 2024", "Jan-Mar 2024".
_MONTH_RANGE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)\.?[ ]*(?:[-–—/]|to|till|until|bis|au|a|al)[ ]*\Z"
)
# Month words that are ordinary English words too ("may", "march"): "21. May I add".
_ORDINARY = MONTH_WORDS & vocab._read("common_en.txt")
_VERBS = frozenset(("may", "march"))
# What follows "may" the verb, never "may" the month: "13-17 may be allowed", "2 may not".
_MODAL = re.compile(
    r"[ ]+(?:be|have|not|also|still|only|need|want|get|take|come|go|do|feel|see|find|"
    r"never|well|just|require|use|help|apply|cause|include|vary|change|contain)(?![^\W\d_])"
)
_THE_OF = re.compile(r"(?<![^\W\d_])the[ ]+[^\W\d_]+(?:-[^\W\d_]+)?[ ]+of[ ]+\Z")
# Dashes between the parts: "2024-May-03", "May-03-2024".
_YEAR_DASHED = re.compile(r"(?<![\d.,/-])(?:19|20)\d{2}-\Z")
_DASH_DAY = re.compile(r"-(\d{1,2})(?![\d\w])")
_DASH_DAY_YEAR = re.compile(r"-(\d{1,2})-(?:(?:19|20)\d{2}|\d{2})(?![\d\w])")
_SHORT_YEAR_AFTER = re.compile(r"[ ]?[-'’]\d{2}(?![\d\w])")
_NEAR = re.compile(rf"\.?,?[ ]+(?:\d|(?:{_JOIN}|the)[ ])")
# A year before the month, where CLDR writes it first ("2018 borgemánnu 8", Northern Sami).
_YEAR_BEFORE = re.compile(rf"(?<![\d.,/-]){_YEAR}[.,]?[ ]+\Z")
_COMMA_YEAR = re.compile(r",[ ]?(?:19|20)\d{2}(?!\d)")
_DAY_ONLY = re.compile(r"\.?,?[ ]+(\d{1,2})(?!\d)(?![^\W\d_])")
_CLOCK = frozenset(":.§#")  # before a day that is the minutes of a time or a number
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ ]\Z")


# A join word of a month's own language ending the 60 characters before it, as
# `ordinal_words.before` reads them ("of" counts only before a month that is no ordinary word).
_JOIN_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:{'|'.join(sorted(ordinal_words.JOINS - {'of'}))})[ ]*\Z"
)

# "den" and a word or more before the month: a Nordic spelled day with no join word ("den
# tolvte marts"), which `ordinal_words.before` reads before a weak month word too.
_DEN_BEFORE = re.compile(r"(?<![^\W\d_])den(?:[ ][^\W\d_]+){1,3}[ ]\Z")


def compound_head(low: str, start: int, end: int) -> bool:
    """Whether the month word low[start:end - 1] (a trigger) is the first part of a Finnish
    month's name left before a hyphen, the rest written once for two months ("vain touko-/
    kesäkuussa", in May or June; "touko–kesäkuussa"): CLDR's Finnish stand-alone month, the
    name less its "-kuu", which Finnish writes with a day only whole ("2. toukokuuta")."""
    return low[end - 1 : end] in ("-", "–") and low[start : end - 1] in _finnish_heads()


@cache
def _finnish_heads() -> frozenset[str]:
    """The Finnish months' names less their "-kuu" ("touko" of "toukokuu"), as CLDR has them."""
    words = calendar_words.month_words()
    return frozenset(w for w in words if w + "kuu" in words)


def only_a_word(low: str, start: int, end: int) -> bool:
    """Whether `month` would surely answer None for the trigger at low[start:end] because its
    word is an ordinary word too ("out ", "set ": Portuguese and Catalan months) with nothing
    that could make it a date. Such a word is a date in three ways only, each asked here as
    `month` asks it: a day before it ("5 set", "2024-set"), a day or year after it ("set 5",
    "out de 2024"), or a spelled day and a join word of its language before it ("primero de
    set", `ordinal_words.before`). Asked first, this spares `month` the many such words of
    running text ("the patient set the agenda")."""
    if low[start : end - 1] not in _WEAK:
        return False
    if start >= 2 and (
        (low[start - 1] in " ." and _day_before(low, start))
        or (low[start - 1] in "-/" and low[start - 2].isdigit())
    ):
        return False
    if _DAY_AFTER.match(low, end - 1):
        return False
    window = low[max(0, start - 60) : start]
    return not (_JOIN_BEFORE.search(window) or _DEN_BEFORE.search(window))


def month(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """The date around the month word low[start:end - 1] (the trigger ends one character
    after the word), if any."""
    end -= 1
    if start and low[start - 1].isalnum():
        return None
    word = low[start:end]
    weak = word in _WEAK or (word in _NAMES and text[start].isupper())
    stop = end + 1 if low[end : end + 1] == "." and word in _DOTTED else end
    if start >= 2 and low[start - 1] in " .":
        day = _day_before(low, start)
        # (not the minutes of a time stamp: "15:28 May is the hardest month")
        if day and 1 <= int(day[1]) <= 31 and low[day.start() - 1 : day.start()] not in _CLOCK:
            year = _year_tail(text, low, stop) or dates.SHORT_YEAR.match(text, stop)
            if not year and stop == end and len(word) <= 5 and low[end : end + 2] == ". ":
                year = _year_tail(text, low, end + 1)  # hand-abbreviated: "18. velj. 2004."
            # "15 jan 24", "15.Jan.24", "15 Jan '24": a two-digit year (`short_years.py`)
            year_end = year.end() if year else short_years.after(low, stop, weak and not day[3])
            if weak and not (year_end or day[3] or _ordinal_dot(text, day, start, word)):
                return None  # "3 out of 10", "2 set"
            if word == "may" and text[start] == "m" and not year_end and _MODAL.match(low, stop):
                return None  # "People aged 13-17 may be allowed": the verb before its infinitive
            doubt = day[2] == "." and not year_end
            if doubt and _dotted_doubt(text, low, day.start(), start, word, stop):
                return None  # "v. 21. May I add": a week number, then a sentence
            return date_ranges.widen_before(low, day.start()), year_end or stop, "date"
    # (in lower case "may" and "march" are English words: "the first may come"; after "the"
    # and "of" they are the month: "the third of march", as a chat or a child writes it)
    verb = word in _VERBS and not text[start].isupper()
    if (
        start >= 2
        and low[start - 1] == " "
        and (not verb or _THE_OF.search(low, max(0, start - 40), start))
    ):
        locales = _CAL.month_locales.get(word)  # "fifth of March", "femte mars"
        spelled = ordinal_words.before(low, start, weak, locales)
        if spelled is not None:
            year = _year_tail(text, low, stop)
            return spelled, year.end() if year else stop, "date"
    if start >= 2 and low[start - 1] in "-/" and low[start - 2].isdigit():
        dashed = _YEAR_DASHED.search(low, max(0, start - 6), start)
        day = _DASH_DAY.match(low, end)
        if dashed and day and 1 <= int(day[1]) <= 31:
            return dashed.start(), day.end(), "date"  # "2024-May-03"
        return dates.dashed(low, start, end)  # "17-Jul-2024"
    if low[end : end + 1] == "-" and not weak:
        first = _DASH_DAY_YEAR.match(low, end)
        if first and 1 <= int(first[1]) <= 31:
            return start, first.end(), "date"  # "May-03-2024"
    if start >= 5 and word in _CAL.year_first and not weak:
        year_first = _YEAR_BEFORE.search(low, max(0, start - 12), start)
        if year_first:
            day = _DAY_ONLY.match(low, stop)
            if day and 1 <= int(day[1]) <= 31:
                return year_first.start(), day.end(), "date"
            return year_first.start(), stop, "date"
    short = _SHORT_YEAR_AFTER.match(low, stop)
    if short and not weak and not _name_part(text, low, start):
        return start, short.end(), "date"  # "juni -87", "May '24"
    if word in _FIRST and not weak and (word != "may" or text[start].isupper()):
        spelled = ordinal_words.after(low, end, text[start].isupper())  # "March fifth"
        if spelled is not None and not _name_part(text, low, start):
            year = _year_tail(text, low, spelled)
            return start, year.end() if year else spelled, "date"
    if not _NEAR.match(low, end) or (low[end : end + 1] == "." and word not in _DOTTED):
        return None  # (a month written in full ends its sentence: "från januari. 10 min om")
    after = _DAY_AFTER.match(low, end)
    if not after or _name_part(text, low, start):
        return None
    if word == "may" and not text[start].isupper() and not _COMMA_YEAR.match(low, after.end()):
        if not date_ranges.ordinal_suffix(low, after.start(2), after.end()):
            return None  # "you may 3 times": only "may 16, 2015" or "may 23rd" is a date
    digits = after[2]
    if len(digits) <= 2 and 1 <= int(digits) <= 31 and after[1] in (None, "the"):
        if word not in _FIRST or weak:
            return None  # "Eylül 12": a day after the month only where CLDR writes it so
        stop = date_ranges.widen_after(low, after.end())
        year = _year_tail(text, low, stop)
        if not year and stop == after.end() and low[stop - 1].isdigit() and _counted(low, stop):
            return None  # "träffat Maj 3 gånger", "asked May 12 questions", "Juli 8 kg"
        return start, year.end() if year else short_years.after(low, stop, weak) or stop, "date"
    if len(digits) == 4 and digits[:2] in ("19", "20") and (not weak or after[1]):
        mark = _MARK.match(low, after.end())
        return _month_range(low, start), mark.end() if mark else after.end(), "date"
    return None


def _counted(low: str, end: int) -> bool:
    """Whether a unit or a counted noun follows the number ending at `end`: a month word that
    is also a name before it ("Maj 3 gånger", "June 5 times", "Juli 8 kg", "Maj, 3 år") is
    the name and a count, not a day (`dates.AMOUNT_AFTER`, from `count_words.py`)."""
    return bool(dates.AMOUNT_AFTER.match(low, end))


# A count's first number and "of" before a day with its full stop: "3 av 5.", "2 out of 5.".
_COUNT_BEFORE = re.compile(
    r"(?<![\d.,/])\d{1,3}[ \u00a0]+(?:av|af|of|out of|ud af|ut av)[ \u00a0]+\Z"
)


def _dotted_doubt(text: str, low: str, day: int, start: int, word: str, end: int) -> bool:
    """Whether "21. May" may be a number ending a sentence and a word opening the next: after
    a week word, or a capitalised month that is an ordinary word or a weak one, unless the
    sentence is in a language that writes its days so ("Sie kam am 23. August zurück", "Hun
    kom 20. August hjem" are dates; "I'll turn 25. May was hard", "21. May I add" are not)."""
    if _WEEK_BEFORE.search(low, max(0, day - 8), day) or _COUNT_BEFORE.search(
        low, max(0, day - 16), day
    ):
        return True  # (and the total of a count: "Aktivering: 3 av 5. Maj brukar ...")
    if not (text[start].isupper() and (word in _ORDINARY or word in _WEAK)):
        return False
    return note_language.sentence_language(text, start, end) is None


# The locales that write a day as an ordinal with a full stop ("3. marts", "3. Mai"), where a
# month word that is an English word ("marts") is still a month after it in lower case.
_DOT_DAY_LOCALES = frozenset(
    "da nb nn no fo is de de_AT de_CH fi et cs sk sl hr bs sr_Latn pl lv hu".split()
)


def _ordinal_dot(text: str, day: re.Match[str], start: int, word: str) -> bool:
    """Whether "3. marts" is a Danish or German day and month: a day with its full stop before
    a month word in lower case of a language that writes the day so."""
    if day[2] != "." or not text[start].islower():
        return False
    return not _CAL.month_locales.get(word, frozenset()).isdisjoint(_DOT_DAY_LOCALES)


def _name_part(text: str, low: str, start: int) -> bool:
    """Whether the capitalised month word at `start` follows a capitalised word that is no
    known word and no name, in the middle of a sentence: "Chiang Mai 2004" is a place."""
    if not text[start].isupper():
        return False  # "Träffade Anna mars 2024": a name's part would be capitalised
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not before or not before[1][0].isupper() or before[1].isupper():
        return False  # an acronym ("DOB May 6, 1953") is no name
    word = before[1].lower()
    if word in vocab.known_words() or word in MONTH_WORDS or word in _CAL.weekdays:
        return False
    if word in lexicon.given_names() or word in lexicon.family_names():
        return False  # "Met with Sara March 2024": a person, then the month
    head = text[max(0, before.start() - 3) : before.start()].rstrip(" ")
    return bool(head) and (head[-1].isalpha() or head[-1] == ",")


def _month_range(low: str, start: int) -> int:
    """The start of "maj–juni 2024" when the month-year at `start` ends a range of months."""
    match = _MONTH_RANGE.search(low, max(0, start - 16), start)
    if match and match[1] in MONTH_WORDS:
        return match.start()
    return start


# "03may2024", "3Mai2024", "12Sep2023": a day, an abbreviated month and a year run together.
_GLUED = re.compile(r"(?<![\w.,/:-])(\d{1,2})([^\W\d_]{3,5})\.?\Z")
GLUED_WORDS = frozenset(w for w in MONTH_WORDS if len(w) <= 5 and w.isascii()) - _WEAK


def glued(text: str, low: str, start: int, end: int) -> Found | None:
    """The date ending in the four-digit year low[start:end] when a day and a month word are
    run together before it ("03MAY2024")."""
    match = _GLUED.search(low, max(0, start - 8), start)
    if not match or match[2] not in GLUED_WORDS or not 1 <= int(match[1]) <= 31:
        return None
    if low[start:end][:2] not in ("19", "20") or low[end : end + 1].isalpha():
        return None
    return match.start(), end, "date"


# "3MAR21", "12Sep23": a day, an abbreviated month and a two-digit year run together, as
# military and hospital forms write a date (DDMMMYY); never inside a longer code ("A3MAR21",
# "3MAR2100", "3MAR21-B"). The months are the three-letter ones of English, Swedish, Norwegian
# and Danish (and "sept"), the languages that write this form; another locale's short word
# glued to figures is more likely a code.
_GLUED_SHORT = re.compile(
    r"\d(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|maj|okt|mai|des)\d\d(?![\w/-])"
)  # the month's letters right after a figure first: a quick scan; the day and its edge below
_GLUED_DAY = re.compile(r"(?<![\w.,/:-])\d{1,2}\Z")


def glued_short(low: str) -> list[Found]:
    """The dates of `low` written as a day, a month word and a two-digit year run together."""
    found = []
    for match in _GLUED_SHORT.finditer(low):
        day = _GLUED_DAY.search(low, max(0, match.start() - 2), match.start() + 1)
        if day and 1 <= int(day[0]) <= 31:
            found.append((day.start(), match.end(), "date"))
    return found
