"""Short date forms of Swedish notes, beside the numeric and written dates of `patterns.py`
(which calls these on its digit clusters and month words).

- A two-digit year after a dash or an apostrophe: "10 jan -24", "24 dec '23" (the year
  tail of a written date), "26/12-21", "6/6-20" (day/month-year).
- Day/month and a four-digit year after a space: "31/10 2020", "3.11 2019".
- A bare day/month ("7/5", "16/9") or a six-digit date without separators ("211026",
  "220904", yymmdd) after a word that dates something: "on", "den", "från", and the words
  of appointments, admissions, meetings, moves and births ("Återbesök 7/5", "Inskriven
  220904", "reviewed 16/9", "ny tid 20/5", "föddes 240107", "sen 1/6"), or opening a line
  before a colon ("6/8: hembesök"). Without such a word a fraction, a score ("8/10") or a
  number stays, and so does one before a unit ("sen 1/2 tabl").

Every form is checked as a calendar date (day 1-31, month 1-12; a real date for "yymmdd").
"""

from __future__ import annotations

import datetime as dt
import re

Found = tuple[int, int, str]

SHORT_YEAR = re.compile(r"[ \u00a0]?[-'’][ ]?\d{2}(?![\d\w])")
_DAY_MONTH_YEAR = re.compile(
    r"(?<![\d/.])(\d{1,2})/(\d{1,2})-(\d{2}|(?:19|20)\d{2})(?![\d/])"
    r"|(?<![\d/.])(\d{1,2})[./](\d{1,2})[ \u00a0]((?:19|20)\d{2})(?![\d/.])"
)
_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")
_COMPACT = re.compile(r"(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
# Words that date what follows them.
DATE_CUE = re.compile(
    r"(?<![^\W\d_])(?:on|den|from|until|till|since|by|before|after|före|efter|från|sedan|"
    r"dated|datum|t\.o\.m\.?|fr\.o\.m\.?|tom|fom|"
    r"återbesök|besök|nybesök|uppföljning|inskriven|utskriven|inlagd|inläggning|utskrivning|"
    r"reviderades|reviderad|planerad|bokad|bokat|skickat|"
    r"appointment|follow-up|f/u|admitted|discharged|reviewed|revised|booked|scheduled|sent|"
    r"åter|läkartid|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|"
    r"sen|tid|träff|ses|möte|mötet|samtal|hembesök|anteckning|avbokat|avbokad|avbokade|"
    r"född|föddes|flyttar|flyttade|flytt|meeting|visit|note|cancelled|canceled|rebooked|"
    r"born|dob|moving|moved|review|appt|besöket|återbesöket|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:,?[ \u00a0:]+)\Z"
)


def _plausible(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


# What follows a fraction or a count, not a date: "1/2 tabl", "2/3 av dem", "1/2 h".
_AMOUNT_AFTER = re.compile(
    r"[ \u00a0]?(?:tabl|tablett|tabletter|st|mg|ml|dl|g|dos|doser|glas|h|tim|min|km|kg|"
    r"dagar|veckor|of|av|del|delar|portion|cup|cups|gånger|ggr|times|days|weeks)\b"
)


# A date before "och"/"and": what follows is the second date of two.
_DATE_THEN_AND = re.compile(
    r"(?<![\d/.])(?:\d{1,2}/\d{1,2}|\d{6}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"[ \u00a0]*(?:,|och|and|or|eller|&)[ \u00a0]*\Z"
)
_OPENS = ("- ", ". ", "; ", "/ ")  # a new finding starts: "... slut. 190212: telefonsamtal"
_SCORES = re.compile(r"\d/10\b|ångest|skattning|rating|score|vas\b|smärta|pain")


def cued(low: str, start: int, end: int | None = None) -> bool:
    """Whether a word that dates something stands right before `start`, or the number opens
    a line and a colon follows it ("6/8: hembesök", a heading). `end` is where the number
    ends: a unit after it ("sen 1/2 tabl") makes it an amount, never a date."""
    if end is not None and _AMOUNT_AFTER.match(low, end):
        return False
    if DATE_CUE.search(low, max(0, start - 16), start) is not None:
        return True
    if _DATE_THEN_AND.search(low, max(0, start - 24), start):
        return True  # "Besök 5/8 och 10/4", "on 15.12.2023 and 5/5": the second of two
    heading = start == 0 or low[start - 1] == "\n" or low[max(0, start - 2) : start] in _OPENS
    return end is not None and heading and low[end : end + 1] == ":"


def day_month(text: str, low: str, start: int, chunk: str) -> Found | None:
    """ "7/5" after a dating word (`chunk` is the cluster at `start`)."""
    match = _DAY_MONTH.fullmatch(chunk)
    if not match or (start and low[start - 1] in "/."):
        return None
    if not _plausible(match[1], match[2]) or not cued(low, start, start + len(chunk)):
        return None
    if match[2] == "10" and _SCORES.search(low, max(0, start - 40), start):
        return None  # "Ångest 7/10 idag, sen 3/10": a score out of ten, not 3 October
    return start, start + len(chunk), "date"


def with_year(text: str, start: int, end: int) -> list[Found]:
    """ "26/12-21", "31/10 2020" in the cluster text[start:end]."""
    found = []
    for match in _DAY_MONTH_YEAR.finditer(text, start, end):
        day, month = (match[1], match[2]) if match[1] else (match[4], match[5])
        if _plausible(day, month):
            found.append((match.start(), match.end(), "date"))
    return found


def compact(text: str, low: str, start: int, end: int) -> Found | None:
    """ "211026" (yymmdd) after a dating word, when it is a real date."""
    match = _COMPACT.fullmatch(text, start, end)
    if not match or not cued(low, start, end):
        return None
    try:
        dt.date(2000 + int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return start, end, "date"
