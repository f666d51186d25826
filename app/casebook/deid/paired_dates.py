"""The second of two dates joined by "and", "och", "og", "und", "ja", "or", whatever form the
first is written in (`patterns.find_patterns` asks it with every date it found):

- "Visits on 14 May 2026 and 5/2 cancelled", "on 20th of March and 8/1", "Besök 15/5-25
  och 26/2 inställda": a bare day and month after the conjunction;
- "Visits on 26/2-19 and 250312 cancelled", "Besök 26 aug -19 och 201005": a six-digit date
  (yymmdd, a real calendar date);
- each date of a list, "14 May, 5/6 and 7/8", where a comma alone joins them;
- "den 3. mai og 5.6. på kontoret", "am 3. März und 5.6.2024": a day and month with their
  full stops, with a year or before a word in lower case or a comma.

`dates.cued` already takes "5/8 och 10/4" and "15.12.2023 and 5/5" as two dates, where the
first is a bare number; a first date in words, with an ordinal or with a short year after a
dash was left with its partner published. The conjunction joins two things of one kind: after
a date, what it joins is a date, unless a unit, a part or a count follows it ("3 May and 1/2
tabl", "on 3 May, and 2/3 of the group") or it cannot be a day and month ("120/80", "2.5 mg").
"""

from __future__ import annotations

import datetime as dt
import re

from casebook.deid import dates

Found = tuple[int, int, str]

_SPACE = "[ \u00a0]"
_CONJUNCTION = "and|och|og|und|ja|sekä|or|eller|oder|tai|&"
_JOIN = re.compile(
    rf"{_SPACE}*(?:,?{_SPACE}*(?:{_CONJUNCTION}){_SPACE}+|,{_SPACE}*)"
    r"(?:(\d{1,2})/(\d{1,2})(?:-(\d\d))?"  # 5/2, 15/5-25
    r"|(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)?"  # 5.6., 5.6.2024
    r"|(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01]))"  # 250312 (yymmdd)
    r"(?![\d/]|[.,]\d|-\d)"
)
# After a date in a list joined by a comma alone, the list goes on: "14 May, 5/6 and 7/8".
_MORE = re.compile(rf"{_SPACE}*(?:,{_SPACE}*|(?:{_CONJUNCTION}){_SPACE}+)\d")
# After a day and month with its full stop and no year: a word in lower case or a comma, never
# the end of a sentence ("and 7.5." may be a decimal).
_GOES_ON = re.compile(rf"(?:,|{_SPACE}+[a-zäöåæø])")


def find(text: str, low: str, found: list[Found], month_first: bool = False) -> list[Found]:
    """The dates that follow a date of `found` after a conjunction, as (start, end, "date"),
    and those that follow them in turn ("3 May, 5/6 and 7/8" is one chain)."""
    out: list[Found] = []
    todo = [end for _, end, kind in found if kind == "date"]
    seen: set[int] = set()
    while todo:
        end = todo.pop()
        if end in seen or end >= len(low):
            continue
        seen.add(end)
        second = _second(low, end, month_first)
        if second:
            out.append(second)
            todo.append(second[1])
    return out


def _second(low: str, end: int, month_first: bool) -> Found | None:
    m = _JOIN.match(low, end)
    if not m or dates.AMOUNT_AFTER.match(low, m.end()):
        return None
    start = m.start(1) if m[1] else m.start(4) if m[4] else m.start(7)
    if low[m.start() : start].strip(" \u00a0") == "," and not _MORE.match(low, m.end()):
        return None  # "on 3 May, 2/3 of them": a comma alone only inside a list
    if m[1]:
        ok = _day_month(m[1], m[2]) or (month_first and _day_month(m[2], m[1]))
    elif m[4]:
        ok = _day_month(m[4], m[5]) and (bool(m[6]) or bool(_GOES_ON.match(low, m.end())))
    else:
        ok = _real(m[7], m[8], m[9])
    return (start, m.end(), "date") if ok else None


def _day_month(day: str, month: str) -> bool:
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _real(year: str, month: str, day: str) -> bool:
    try:
        dt.date(2000 + int(year), int(month), int(day))
    except ValueError:
        return False
    return True
