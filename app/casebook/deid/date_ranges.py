"""Dates our own generators never wrote: ranges and a day named alone.

- A range before a written date: "12–14 March", "2-5 juni", "3rd to 5th May", "2 juni–5 juni"
  (the first date of the pair is a date of its own, found by `patterns._month`). The whole
  range is one date: both days pin the person's calendar.
- A range after a month-first date: "March 3–5", "May 12-14th".
- A day named alone with its ordinal, where the sentence dates something: "seen on the 3rd,
  again on the 17th", "by the 21st", "vi ses den 21:a", "kom den 3:e." Not a count ("the 3rd
  time", "den 3:e gången", "the 2nd floor"): a word after the day other than a time or a
  conjunction makes it a count.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str]

_DASH = r"[ \u00a0]*(?:[-–—]|to|till)[ \u00a0]*"
_RANGE_BEFORE = re.compile(r"(?<![\d.,:/])(\d{1,2})(?:st|nd|rd|th|:e|:a|\.)?" + _DASH + r"\Z")
_RANGE_AFTER = re.compile(_DASH + r"(\d{1,2})(?:st|nd|rd|th|:e|:a)?(?![\d\w])")
# "the 3rd", "den 21:a" (the trigger is "the " / "den " and a digit).
_ORDINAL = re.compile(r"(?:the|den)[ \u00a0]+(\d{1,2})(st|nd|rd|th|:e|:a)(?![^\W_])")
# What may follow a day named alone: the end of a clause, a time, a conjunction, a range.
_AFTER_DAY = re.compile(
    r"[ \u00a0]*(?:$|[.,;:!?)\n]|[-–—]|(?:kl|at|och|and|or|eller|till|to|until|tills|"
    r"this|next|i år|this year)(?![^\W\d_]))"
)
# Words before "the" that date it ("on the 3rd"); "den" dates on its own in Swedish.
_THE_CUES = frozenset(
    "on by until till from since before after and or to due around about between".split()
)
TRIGGERS = {f"{lead} {d}": "ordinal_day" for lead in ("the", "den") for d in range(10)}


AFTER_DAY, THE_CUES = _AFTER_DAY, _THE_CUES  # for days spelled out (`ordinal_words.py`)
_WRAPPED = re.compile(r"[ \u00a0]*\n[ \t]*(?=[^\W\d_])")


def day_ends(text: str, low: str, end: int) -> bool:
    """Whether what follows a day named alone, ending at `end`, ends the day's date
    (`AFTER_DAY`). A line break followed by a word in lower case is a note's sentence wrapped
    at the margin, not its end: the word after it decides ("ser den tredje\nvej som": the
    third way; "den tjugonde\noch sen" stays a date)."""
    wrapped = _WRAPPED.match(text, end)
    if wrapped is not None and text[wrapped.end()].islower():
        return _AFTER_DAY.match(" " + low[wrapped.end() : wrapped.end() + 40]) is not None
    return _AFTER_DAY.match(low, end) is not None


def _suffix_fits(day: int, suffix: str) -> bool:
    if suffix in (":e", ":a"):
        return True
    last = day % 10 if day not in (11, 12, 13) else 0
    return suffix == {1: "st", 2: "nd", 3: "rd"}.get(last, "th")


def ordinal_suffix(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] is a day of the month with the English ordinal suffix that fits
    it ("23rd", "1st"; never "23th")."""
    digits = low[start:end].rstrip("stndrh")
    suffix = low[start + len(digits) : end]
    if not digits.isdigit() or not suffix or not 1 <= int(digits) <= 31:
        return False
    return _suffix_fits(int(digits), suffix)


# Days listed before the last one: "3 och 5 maj", "3, 4 and 5 May", "3 og 5. mai".
_LIST_BEFORE = re.compile(
    r"(?<![\d.,:/])(\d{1,2})(?:st|nd|rd|th|:e|:a|\.)?[ ]*(?:,|och|and|&|og|und|et|y|e)[ ]*\Z"
)


def widen_before(low: str, start: int) -> int:
    """The start of a range or list of days ending in the day at `start` ("12–14 March",
    "3, 4 och 5 maj"), else `start`."""
    match = _RANGE_BEFORE.search(low, max(0, start - 12), start)
    if match and 1 <= int(match[1]) <= 31:
        return match.start()
    for _ in range(6):  # at most a week of days listed
        match = _LIST_BEFORE.search(low, max(0, start - 12), start)
        if not match or not 1 <= int(match[1]) <= 31:
            break
        start = match.start()
    return start


def widen_after(low: str, end: int) -> int:
    """The end of a range after a month-first date ending at `end` ("March 3–5")."""
    match = _RANGE_AFTER.match(low, end)
    if match and 1 <= int(match[1]) <= 31:
        return match.end()
    return end


def ordinal_day(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A day named alone: "on the 3rd", "den 21:a", at `start` ("the " or "den ")."""
    if start and low[start - 1].isalnum():
        return None
    match = _ORDINAL.match(low, start)
    if not match or not 1 <= int(match[1]) <= 31 or not _suffix_fits(int(match[1]), match[2]):
        return None
    if not day_ends(text, low, match.end()):
        return None  # "the 3rd time", "den 2:a veckan", "den 3:e\nveckan" (wrapped)
    if low.startswith(" of", match.end()):
        return None  # "the 3rd of May" is the month's
    if low[start] == "t":
        before = low[max(0, start - 12) : start].split()
        if not before or before[-1] not in _THE_CUES:
            return None  # "she came 3rd in the race", "the 2nd, she said"
    return start + 4, match.end(), "date"


# A weekday before a date, with a comma, "the", "den", "le", "el", "der" between ("Thursday,
# 14 March", "tisdag den 3/10", "lundi 3 mai", "Montag, 3. Mai", "quinta-feira, 5 de maio"),
# or after it as Turkish writes it ("17 Temmuz 2011 Pazar"): the weekday of a real date tells
# the shift of a release's dates modulo seven, so it goes with the date.
_WEEKDAY_BEFORE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+(?:-[^\W\d_]+)?\.?)[,،፣]?[ ]+(?:(?:the|den|le|el|der|il|o|a)[ ]+)?\Z"
)
_WEEKDAY_AFTER = re.compile(r",?[ ]+([^\W\d_]+(?:-[^\W\d_]+)?)(?![^\W\d_])")


def _definite(word: str, weekdays: frozenset[str]) -> bool:
    """Whether `word` is a Scandinavian weekday in its definite form, as a date names it
    ("tisdagen den 3 mars", "mandagen den 3. mars"): a weekday in "-dag" and "-en"."""
    return word.endswith("dagen") and word[:-2] in weekdays


def with_weekday(text: str, low: str, found: Found, weekdays: frozenset[str]) -> Found:
    """`found` (a date) widened over a weekday right before or after it."""
    start, end, kind = found
    before = _WEEKDAY_BEFORE.search(low, max(0, start - 24), start)
    if before and (before[1] in weekdays or _definite(before[1], weekdays)):
        start = before.start()
    after = _WEEKDAY_AFTER.match(low, end)
    if after and after[1] in weekdays and len(after[1]) > 3 and text[after.start(1)].isupper():
        end = after.end()
    return start, end, kind
