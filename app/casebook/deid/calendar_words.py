"""The calendar of the languages notes meet, read from the Unicode CLDR (`data/calendar.tsv`,
made by `bench/build_calendar.py` from the CLDR that Babel ships; nothing here is typed by
hand but the few things CLDR does not say, marked as such).

- `MONTHS`: every month name and abbreviation of those languages (format and stand-alone,
  wide and abbreviated, with and without the trailing full stop), lower case.
- `WEEKDAYS`: weekday names and abbreviations of three letters or more.
- `AM_PM`: the words for before and after noon ("fm", "p.m.", "ÖS").
- `YEAR_MARKS`: what a long date pattern writes after the year ("г.", "р.") and the eras.
- `NUMERIC_SHAPES`: the orders and separators of the numeric patterns, as (order, separator):
  ("dmy", "."), ("mdy", "/"), ("ymd", "-"), ("dmy", ". ") ...
- `year_first`: those of the languages that write the year first ("2018 borgemánnu 8").
- `day_marks`, `glued_year_marks`: letters a pattern glues to the day or the year (Kurmanji
  "10ê îlona 2006an").
- `MONTH_FIRST`: the month words of the languages whose long date puts the month before the
  day ("March 3", not "3 March"): English, Somali, Tigrinya.
- `month_day_first`: the countries whose most likely language writes a day and a month
  without a year month first (CLDR's "Md" skeleton "M/d": the US, the Philippines, Iran ...);
  `writes_month_first(country)` asks it for a study's country.
- `WEAK_MONTHS`: month words of other languages that are also ordinary words, names or
  places here ("out", "set", "ago", "mayo", "Maja", "Eyl"); they make a date only with a day
  before them and a year or a "de" ("3 set 2024", "3 de mayo"), never alone or month first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "calendar.tsv"

# Month words the redactor knew before it read CLDR (English, Swedish, German): they keep the
# rules they had ("May 14" month first, "maj 2024"), whatever language CLDR files them under.
LEGACY_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec januari februari mars maj juni juli
    augusti oktober okt januar februar märz mai dezember""".split()
)
# Not in CLDR's date data (it keeps ordinals in its number rules): what follows a day number.
# (Swedish writes the ordinal after a colon: "3:e", "1:a", and in the older, still typed,
# forms Svenska skrivregler lists beside them: "1:sta", "2:dra", "3:dje", "4:de".)
DAY_SUFFIXES = r"(?:st|nd|rd|th|:sta|:dra|:dje|:de|:e|:a|er|re|ère|e|º|°|\.º|\.)"
# Weekday abbreviations people type that CLDR does not write (not in CLDR, typed here): the
# Chicago Manual of Style's "Tues.", "Thur.", "Thurs." and the British "Weds"; Swedish
# "månd.", "tisd.", "onsd.", "torsd.", "fred.", "lörd.", "sönd." of Svenska skrivregler's list
# of abbreviations ("fred", a word and a name, only with its stop).
HAND_WEEKDAYS = frozenset(
    """tues tues. thur thur. thurs thurs. weds weds. månd månd. tisd tisd. onsd onsd. torsd
    torsd. fred. lörd lörd. sönd sönd.""".split()
)
# Words between a day and its month, or a month and its year, that the patterns do not spell
# as literals of their own ("3rd of May"; "de" is CLDR's, Spanish and Portuguese).
_JOINS_NOT_IN_CLDR = ("of",)


# The languages notes are written in, whose two-letter weekdays widen a date: elsewhere "le",
# "ut", "po" are words of the notes' own languages more often than weekdays.
NOTE_LANGUAGES = frozenset("sv da nb nn fi de en".split())


@dataclass(frozen=True)
class Calendar:
    months: dict[str, frozenset[int]]
    month_locales: dict[str, frozenset[str]]
    weekdays: frozenset[str]
    am_pm: frozenset[str]
    year_marks: tuple[str, ...]
    numeric_shapes: frozenset[tuple[str, str]]
    month_first: frozenset[str]
    year_first: frozenset[str]
    joins: tuple[str, ...]
    day_marks: tuple[str, ...]
    glued_year_marks: tuple[str, ...]
    month_day_first: frozenset[str] = frozenset()
    # Weekdays CLDR abbreviates to two letters ("sa.", "må.", "za", "pe"): too short to find
    # a date by, kept to say what stands before one (`dates.py` leaves out ordinary words).
    short_weekdays: frozenset[str] = frozenset()
    # CLDR's "short" weekdays of `NOTE_LANGUAGES`, the two letters a calendar heads its columns
    # with ("ti", "ma.", "Th", "lø."): they only widen a date already found (`date_edges.py`).
    two_letter_weekdays: frozenset[str] = frozenset()
    # Every era word, with or without its full stops ("ad", "ekr", "jkr.", "n. chr.").
    eras: frozenset[str] = frozenset()


def _rows() -> list[list[str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


_FIELD = re.compile(r"'([^']*)'|([dMLyEc])\2*|[^dMLyEc']+")


def _fields(pattern: str) -> list[tuple[str, bool]]:
    """A CLDR pattern as (text, is a field): ("d", True), (" ", False), ("de", False) ..."""
    out = []
    for match in _FIELD.finditer(pattern):
        if match.group(1) is not None:
            out.append((match.group(1), False))
        else:
            out.append((match.group(), match.group(2) is not None))
    return out


def _numeric_shape(pattern: str) -> tuple[str, str] | None:
    """ "dd.MM.y" -> ("dmy", "."), "d. M. y." -> ("dmy", ". "); None for a pattern with a
    month name or a weekday."""
    fields = _fields(pattern)
    if any(field and (f[0] in "ELc" or f.startswith("MMM")) for f, field in fields):
        return None
    numeric = [i for i, (f, field) in enumerate(fields) if field and f[0] in "dMy"]
    if len(numeric) != 3:
        return None
    order = "".join(fields[i][0][0] for i in numeric).replace("M", "m")
    separator = "".join(f for f, _ in fields[numeric[0] + 1 : numeric[1]])
    return (order, separator) if separator else None


def _glued(pattern: str, field: str) -> str:
    """The letters a pattern glues right after its `field` ("d'ê'" -> "ê", "y'an'" -> "an")."""
    fields = _fields(pattern)
    for (text, is_field), (after, after_is_field) in zip(fields, fields[1:], strict=False):
        glued = re.match(r"[^\W\d_]+", after)
        if is_field and text[0] == field and not after_is_field and glued:
            return glued.group().lower()
    return ""


def _literals(pattern: str, joins: set[str], marks: set[str]) -> None:
    """Words a pattern writes between its day, month and year ("de") into `joins`, and what
    it writes after the year at its end ("г.") into `marks`."""
    fields = _fields(pattern)
    named = [i for i, (f, field) in enumerate(fields) if field and f[0] in "dMy"]
    for a, b in zip(named, named[1:], strict=False):
        word = "".join(f for f, _ in fields[a + 1 : b]).strip(" ,.")
        if word.isalpha() and len(word) >= 2:
            joins.add(word.lower())
    if named and fields[named[-1]][0][0] == "y":
        after = fields[named[-1] + 1 :]
        tail = "".join(f for f, _ in after).strip() if not any(x for _, x in after) else ""
        if len(tail.rstrip(".")) >= 1 and tail.rstrip(".").isalpha():
            marks.add(tail.lower())


def _month_before_day(pattern: str) -> bool:
    kinds = [f[0] for f, field in _fields(pattern) if field and f[0] in "dM"]
    return kinds[:2] == ["M", "d"]


@cache
def calendar() -> Calendar:
    months: dict[str, set[int]] = {}
    month_locales: dict[str, set[str]] = {}
    weekdays: set[str] = set()
    short_weekdays: set[str] = set()
    two_letter: set[str] = set()
    eras: set[str] = set()
    am_pm: set[str] = set()
    marks: set[str] = set()
    shapes: set[tuple[str, str]] = set()
    first_locales: set[str] = set()
    year_locales: set[str] = set()
    day_marks: set[str] = set()
    month_marks: dict[str, str] = {}  # locale -> what it glues to a month name ("îlon|a")
    glued_years: set[str] = set()
    joins: set[str] = set(_JOINS_NOT_IN_CLDR)
    month_day_first: set[str] = set()
    for kind, word, value, locales in _rows():
        where = set(locales.split(","))
        if kind == "era":
            eras.add(word)
        if kind == "month":
            months.setdefault(word, set()).add(int(value))
            month_locales.setdefault(word, set()).update(where)
        elif kind == "weekday" and len(word.rstrip(".")) >= 3:
            weekdays.add(word)
        elif kind == "weekday" and len(word.rstrip(".")) == 2:
            short_weekdays.add(word)  # (one letter, Estonian "K", Hungarian "P", is no word)
        elif kind == "shortday" and any(w.split("_")[0] in NOTE_LANGUAGES for w in where):
            two_letter.add(word)
        elif kind == "period" and value in ("am", "pm"):
            am_pm.add(word)
        elif kind == "era" and len(word) >= 2 and " " not in word.replace(". ", "."):
            marks.add(word)
        elif kind == "monthday":
            if _month_before_day(value):
                month_day_first.add(word)
        elif kind == "pattern":
            shape = _numeric_shape(value)
            if shape:
                shapes.add(shape)
            _literals(value, joins, marks)
            if word == "long" and _month_before_day(value):
                first_locales.update(where)
            if word == "long" and value.startswith("y"):
                year_locales.update(where)
            if _glued(value, "M"):
                month_marks.update(dict.fromkeys(where, _glued(value, "M")))
            if _glued(value, "d"):
                day_marks.add(_glued(value, "d"))
            if _glued(value, "y"):
                glued_years.add(_glued(value, "y"))
    for word, where in list(month_locales.items()):
        for locale in where & month_marks.keys():
            glued = word.rstrip(".") + month_marks[locale]  # Kurmanji "îlon" + "a"
            months.setdefault(glued, set()).update(months[word])
            month_locales.setdefault(glued, set()).add(locale)
    month_first = {w for w, where in month_locales.items() if where & first_locales}
    year_first = {w for w, where in month_locales.items() if where & year_locales}
    return Calendar(
        months={w: frozenset(v) for w, v in months.items()},
        month_locales={w: frozenset(v) for w, v in month_locales.items()},
        weekdays=frozenset(weekdays | HAND_WEEKDAYS),
        short_weekdays=frozenset(short_weekdays),
        two_letter_weekdays=frozenset(two_letter),
        eras=frozenset(eras),
        am_pm=frozenset(am_pm),
        # "an", "ad", "pm" after a year are as often the next word: marks need a full stop
        year_marks=tuple(sorted((m for m in marks if "." in m or "/" in m), key=len, reverse=True)),
        numeric_shapes=frozenset(shapes),
        month_first=frozenset(month_first),
        year_first=frozenset(year_first),
        day_marks=tuple(sorted(day_marks)),
        glued_year_marks=tuple(sorted(glued_years)),
        joins=tuple(sorted(joins, key=len, reverse=True)),
        month_day_first=frozenset(month_day_first),
    )


def writes_month_first(country: str) -> bool:
    """Whether notes written in `country` (ISO 3166 alpha-2) put the month first in a day and
    month without a year ("7/22", as in the US), as CLDR says of its most likely language."""
    return country.upper() in calendar().month_day_first


def month_words() -> frozenset[str]:
    """Every month word without its trailing full stop (the trigger words of `patterns.py`)."""
    return frozenset(w.rstrip(".") for w in calendar().months) | LEGACY_MONTHS


@cache
def weak_months() -> frozenset[str]:
    """Month words of CLDR, not the redactor's own, that are also ordinary words of the lists
    Casebook ships ("out", "set", "ago", "lip"), weekdays elsewhere, or two Latin letters."""
    from casebook.deid import vocab

    ordinary: set[str] = set()
    for name in ("common_en", "common_sv", "known_en", "known_sv", "extra_en", "extra_sv"):
        ordinary |= vocab._read(f"{name}.txt")
    return frozenset(
        w
        for w in month_words()
        if w not in LEGACY_MONTHS
        and (w in ordinary or (len(w) <= 2 and w.isascii()) or w in calendar().weekdays)
    )


@cache
def name_months() -> frozenset[str]:
    """Month words of CLDR, not the redactor's own, that are names or places of the lexicon
    ("Maja", "Nisan", "Eyl", "helmi"): weak when written capitalised, as names are."""
    from casebook.deid import lexicon

    taken = lexicon.given_names() | lexicon.family_names() | lexicon.places()
    return frozenset(w for w in month_words() - LEGACY_MONTHS if w in taken) - weak_months()


def alternation(words: frozenset[str] | set[str]) -> str:
    """A regular-expression alternation of `words`, longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def note_weekdays() -> frozenset[str]:
    """Weekday names and abbreviations of three letters or more in the languages notes are
    written in (`NOTE_LANGUAGES`: "mån", "tor.", "tirs", "lørdag", "thu"), with and without
    their full stop, and the hand-typed ones CLDR lacks (`HAND_WEEKDAYS`)."""
    words: set[str] = set()
    for kind, word, _value, locales in _rows():
        if kind != "weekday" or len(word.rstrip(".")) < 3:
            continue
        if any(locale.split("_")[0] in NOTE_LANGUAGES for locale in locales.split(",")):
            words.add(word)
    words |= HAND_WEEKDAYS
    return frozenset(words | {w.rstrip(".") for w in words})


@cache
def shortday_languages() -> dict[str, frozenset[str]]:
    """CLDR's two-letter "short" weekdays of `NOTE_LANGUAGES`, each with the languages (no
    region: "fi", "da") that write it: "to" -> {"da", "fi", "nb", "nn", "sv"}."""
    words: dict[str, set[str]] = {}
    for kind, word, _value, locales in _rows():
        if kind == "shortday":
            languages = {locale.split("_")[0] for locale in locales.split(",")}
            words.setdefault(word, set()).update(languages & NOTE_LANGUAGES)
    return {w: frozenset(v) for w, v in words.items() if v}
