"""Short date forms of Swedish notes, beside the numeric and written dates of `patterns.py`
(which calls these on its digit clusters and month words).

- A two-digit year after a dash or an apostrophe: "10 jan -24", "24 dec '23" (the year
  tail of a written date), "26/12-21", "6/6-20" (day/month-year).
- Day/month and a four-digit year after a space: "31/10 2020", "3.11 2019".
- A bare day/month ("7/5", "16/9") or a six-digit date without separators ("211026",
  "220904", yymmdd) after a word that dates something: "on", "den", "från", and the words
  of appointments, admissions and plans ("Återbesök 7/5", "Inskriven 220904", "reviewed
  16/9"). Without such a word a fraction, a score ("8/10") or a number stays.

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
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:,?[ \u00a0:]+)\Z"
)


def _plausible(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def cued(low: str, start: int) -> bool:
    """Whether a word that dates something stands right before `start`."""
    return DATE_CUE.search(low, max(0, start - 16), start) is not None


def day_month(text: str, low: str, start: int, chunk: str) -> Found | None:
    """ "7/5" after a dating word (`chunk` is the cluster at `start`)."""
    match = _DAY_MONTH.fullmatch(chunk)
    if not match or (start and low[start - 1] in "/."):
        return None
    if not _plausible(match[1], match[2]) or not cued(low, start):
        return None
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
    if not match or not cued(low, start):
        return None
    try:
        dt.date(2000 + int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return start, end, "date"
