"""Numeric dates with a year, in every order and separator of CLDR's numeric date patterns
(`calendar_words.NUMERIC_SHAPES`): day-month-year with ".", "/", "-" and ". " ("3.5.2024",
"03/05/24", "03-05-2024", the Croatian and Serbian "3. 5. 2024." and "03. 05. 2024."),
month-day-year ("5/3/24", American), year-month-day with "-" and "/" ("2024-05-03",
"2024/5/3"). `patterns.py` hands each digit cluster of four digits or more here.

Day 1-31 and month 1-12 in the places the shape gives them; a year of two digits is accepted
after a day and month, never first (a four-digit year first). Not a date: a version ("v1.2.10",
"version 3.5.24", a fourth group "1.2.10.4"), a clock time with seconds after "kl" or "at"
("kl 08.05.30"), or a run that goes on with digits.
"""

from __future__ import annotations

import re

from casebook.deid import calendar_words, dates, value_series

Found = tuple[int, int, str]

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR2 = r"(?:(?:19|20)\d{2}|\d{2})"
_YEAR4 = r"(?:19|20)\d{2}"


def _pattern() -> re.Pattern[str]:
    """One alternation of every shape; a shape whose separator has a space after it ("d. M.
    y.") takes a four-digit year only ("room 3.12. 14:37" is no date)."""
    fields = {"d": _DAY, "m": _MONTH}
    alternatives = []
    for order, separator in sorted(calendar_words.calendar().numeric_shapes):
        char = separator.strip()
        if not char:
            continue
        spaced = separator != char
        gap = re.escape(char) + ("[ ]" if spaced else "")
        year = _YEAR4 if spaced else _YEAR2
        parts = [
            (_YEAR4 if i == 0 else year) if k == "y" else fields[k] for i, k in enumerate(order)
        ]
        alternatives.append(gap.join(parts))
    body = "|".join(f"(?:{a})" for a in dict.fromkeys(alternatives))
    return re.compile(rf"(?<![\d.,/])(?:{body})(?!\d|[./:]\d)")


NUMERIC = _pattern()
# The same separator twice, either order of day and month ("5-13-2024" too): what the redactor
# found before it read CLDR's shapes, kept.
# A fourth group after it makes a list of clock hours or values ("Q 6H ON 24/06/12/18").
_EITHER = re.compile(r"(?<![\d./])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d{2})(?![\d]|[./]\d)")
_NOT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:v|ver|vers|version|release|build|rev|kl|klockan)\.?[ ]?\Z|[^\W\d_]\Z"
)


# The first day of a range before a date with its year: "3.5.–5.5.2024", "3.–5.5.2024",
# "2/3-5/3/2024".
_RANGE_HEAD = re.compile(r"(?<![\d./])\d{1,2}(?:[./]\d{1,2})?[./]?[ ]?[-–][ ]?\Z")


# A percentage or a unit after three figures: ventilator settings "PS 16/5/40%", "BIPAP
# 10/5/12 BPM", not a date with a two-digit year.
_PERCENT = re.compile(r"[ ]?%")


def _measured(low: str, match: re.Match[str]) -> bool:
    return bool(_PERCENT.match(low, match.end())) or value_series.unit_follows(low, match.end())


def numeric(text: str, low: str, start: int, end: int) -> list[Found]:
    """The numeric dates with a year in the cluster text[start:end]."""
    found = []
    for match in NUMERIC.finditer(text, start, end):
        if _measured(low, match):
            continue
        if not _NOT_BEFORE.search(low, max(0, match.start() - 9), match.start()):
            head = _RANGE_HEAD.search(low, max(start, match.start() - 9), match.start())
            found.append((head.start() if head else match.start(), match.end(), "date"))
    for match in _EITHER.finditer(text, start, end):
        a, b = int(match[1]), int(match[3])
        if not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)):
            continue
        if _measured(low, match):
            continue
        if not _NOT_BEFORE.search(low, max(0, match.start() - 9), match.start()):
            found.append((match.start(), match.end(), "date"))
    return found


# A month and a year without a day, as CLDR's year-month formats write them: "05/2024",
# "5/2024" (M/y), "05.2024" (MM.y), and "2024-05" (y-MM) after a word that dates it only
# ("Inskriven 2024-05"; "Lived in Oslo 2010-11" is two years). A four-digit year, a month
# 1-12; not after a number word ("dnr 3/2024" is a case number, "§ 5.2024" a paragraph).
_MONTH_YEAR = re.compile(
    r"(?<![\d./,-])(?:((?:19|20)\d{2}-(?:0[1-9]|1[0-2]))|(?:0?[1-9]|1[0-2])[./](?:19|20)\d{2})"
    r"(?!\d|[./:-]\d)"
)
_NUMBER_WORD = re.compile(
    r"(?<![^\W\d_])(?:nr|no|dnr|diarienr|ref|case|ärende|§|#|sid|s|p|pp|kap|avsnitt|"
    r"version|ver|v|rev)\.?[ ]?\Z|[§#]\Z|[^\W\d_]\Z"
)


def month_year(text: str, low: str, start: int, end: int) -> list[Found]:
    """The months with their year ("05/2024", "Inskriven 2024-05") in text[start:end]."""
    found = []
    for m in _MONTH_YEAR.finditer(text, start, end):
        if _NUMBER_WORD.search(low, max(0, m.start() - 10), m.start()):
            continue
        if m[1] and not dates.DATE_CUE.search(low, max(0, m.start() - 24), m.start()):
            continue
        found.append((m.start(), m.end(), "date"))
    return found


# A clock time after a date with its year, one cluster of digits: "3/3/2021 10:00",
# "2021-03-03 10:00:15", "3.3.2021 10.15" (a timestamp; its hour is no phone number's part).
_CLOCK_TAIL = re.compile(r"[ \u00a0](?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?\Z")


def timestamp(text: str, low: str, start: int, end: int) -> Found | None:
    """The date of the cluster text[start:end] when it is the date and a clock time, whole
    ("Cell (713) 705-7201 04/26/2001 07:17" is a phone number first: left to the others)."""
    tail = _CLOCK_TAIL.search(text, start, end)
    if tail is None:
        return None
    for found in numeric(text, low, start, tail.start()):
        if found[1] == tail.start() and not _DIGIT.search(text, start, found[0]):
            return found
    return None


_DIGIT = re.compile(r"\d")
