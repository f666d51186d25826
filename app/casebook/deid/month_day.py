"""A short date that can only be month/day: "8/25", "on 10/16", "7/22" (no year).

`dates.day_month` reads a bare day and month as day/month, as Swedish and most of Europe write
it. A second number above 12 ("8/25") makes that reading no date at all, while month/day (25
August) is one: a note written in, or copied from, the US. Such a number is a date

- in every study, after the words that date a day/month (`dates.cued`: "on 8/25", "since
  7/30", "until 8/23", "admitted 9/7", a clock time after it, a heading before a colon);
- in a study whose country writes the month first (`calendar_words.writes_month_first`, or
  `release: month_first` in study.yaml), also with no such word ("PMH: S/P MI 10/16", "At 2am
  8/25, pt had"), unless what stands around it makes it a value: a unit or an amount after it
  ("1/16 inch", "3/15 mg"), a scale or score earlier in the clause ("GCS 3/15", "strength
  4/15"), or a series of values, a number right before and another right after it ("simv 900
  10/25 50%").

A number of which both readings are dates ("7/5", "3/10") is left to `dates.day_month` and its
cues whatever the study's order: it is a date only where its context dates it, and "PEEP/PS
5/10", "1/2 NS" and "pain 3/10" stay. Blood pressures ("120/80"), doses ("5/325") and most
scores ("24/30") are no month/day at all. See docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import re

from casebook.deid import value_series

_SCALE = re.compile(
    r"(?<![^\W\d_])(?:gcs|glasgow|mmse|moca|apgar|braden|morse|phq\w*|gad\w*|audit|strength|"
    r"power|reflexes|out of|score[sd]?|scoring|rated?|rating\w*|grade[sd]?|scale\w*|"
    r"points?|poäng|skatta\w*|skala\w*|betyg\w*)(?![^\W\d_])"
    r"[^.!?\n;]*\Z"
)
# Pain is rated out of ten: "pain 8/10" is a score, but "became pain free 11/22" and
# "chest pain, (6/4 cath" are no pain score and stay a month/day.
_OUT_OF_TEN = re.compile(r"(?<![^\W\d_])(?:pain|smärta\w*|vas|nrs)(?![^\W\d_])[^.!?\n;]*\Z")
# A month/day in one cluster with a number before it or a time after it, apart by a space:
# "fever of 103 8/31", "cultured x 2 8/15", "(10/17 0500)".
EDGE = re.compile(r"(?:\d[\d.]*[ ])?((\d{1,2})/(\d{1,2}))(?:[ ]\d{3,4})?")
_VALUE_BEFORE = re.compile(r"\d(?:[.,]\d+)?%?[ ]*[x×*]?[ ]*\Z")
VALUE_AFTER = re.compile(r"[ ]*[,;]?[ ]*\d")
# What follows a fraction, a part or a count of something: "1/16 inch", "3/15 of them",
# "grew in 3/14 cultures", "insulin 12/24 hrs".
PART_AFTER = re.compile(
    r"[ ]?(?:in|inch|inches|tum|of|av|th|ths|parts?|delar|del|doses?|tabl\w*|tablets?|pills?|"
    r"caps?|puffs?|drops?|times|ggr|gånger|x|h|hrs?|hours?|tim|timmar|min|mins|minutes|days?|"
    r"dagar|wks?|weeks?|veckor|bottles?|cultures?|cx|sets?|samples?|vials?|amps?|units?|"
    r"items?|questions?|criteria|kriterier|frågor|st)(?![^\W\d_])|[ ]?[/%\"”'’]"
)


def only_month_day(first: str, second: str) -> bool:
    """Whether "first/second" is a date only when read month/day ("8/25", not "7/5")."""
    return 1 <= int(first) <= 12 and 13 <= int(second) <= 31


def only_month_day_range(ends: list[tuple[str, str]]) -> bool:
    """Whether a range ("6/30-7/2": [("6", "30"), ("7", "2")]) is dates only month/day."""
    valid = all(1 <= int(a) <= 12 and 1 <= int(b) <= 31 for a, b in ends)
    return valid and any(only_month_day(a, b) for a, b in ends)


_DENOMINATOR = re.compile(r"\d{1,2}/(\d{1,2})")


def _out_of_ten(low: str, start: int, end: int) -> bool:
    """Whether the figure at low[start:end] could be a rating out of ten (its second number is
    ten); `bare` is also asked with `end` at `start` and then keeps the old reading."""
    match = _DENOMINATOR.fullmatch(low, start, end)
    return match is None or match[1] == "10"


def bare(low: str, start: int, end: int, after: bool = True) -> bool:
    """Whether the month/day at low[start:end], with no word that dates it, is a date in a
    study that writes the month first (see the module docstring); `after=False` leaves out
    the unit or part after it, which the caller has read."""
    if after and (PART_AFTER.match(low, end) or value_series.unit_follows(low, end)):
        return False
    if _SCALE.search(low, max(0, start - 40), start):
        return False
    if _OUT_OF_TEN.search(low, max(0, start - 40), start) and _out_of_ten(low, start, end):
        return False
    before = _VALUE_BEFORE.search(low, max(0, start - 12), start)
    return not (before and VALUE_AFTER.match(low, end))
