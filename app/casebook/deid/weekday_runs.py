"""Weekday abbreviations that are names too ("Tor", "Man", "Fre"), where they name days.

Swedish abbreviates its weekdays "mån tis ons tor fre lör sön", Norwegian and Danish "man tir
ons tor fre lør søn"; "Tor" and "Man" are also men's names. A note writes the days of a
schedule as a run ("Tor och fre är hon ledig", "mån–tor", "tis, tor", "man til fre") or before
the hour or date they stand for ("Tor 14.30", "tor kl. 9", "fre 12/3"). There the word is the
day: a person is not joined by "och" to a weekday, nor followed by a clock time. A name joined
to another name ("Tor och Anna kom") or before a verb stays a name.

The weekday words are CLDR's of the languages notes are written in, three letters or more
(`calendar_words.note_weekdays`: never "per" or "mar", weekdays of other languages), with or
without their full stop; the joining words are the study's languages' "and", "to", a dash or
a comma.
"""

from __future__ import annotations

import re

from casebook.deid import calendar_words

# A joining word or mark between two days: "och", "og", "and", "&", "till", "til", "to", a
# dash or a comma ("tis, tor").
_JOIN = r"(?:[ \u00a0]*[-–—,&/][ \u00a0]*|[ \u00a0]+(?:och|og|and|till|til|to|&)[ \u00a0]+)"
_WORD = r"([^\W\d_]+)(\.?)"
# After the word: its full stop, a join and the next word.
_DAY_AFTER = re.compile(r"\.?" + _JOIN + _WORD, re.IGNORECASE)
# Before the word: a word, its full stop and a join.
_DAY_BEFORE = re.compile(r"(?<![^\W\d_])" + _WORD + _JOIN + r"\Z", re.IGNORECASE)
# After the word: the hour or the day and month it stands for ("Tor 14.30", "tor kl. 9",
# "fre 12/3", "ons 3.5").
_TIME_AFTER = re.compile(
    r"\.?,?[ \u00a0]+(?:(?:kl|klo)\.?[ \u00a0]*\d{1,2}|\d{1,2}[.:/]\d{1,2})(?![\d])",
    re.IGNORECASE,
)


def _weekday(word: str) -> bool:
    return word.lower() in calendar_words.note_weekdays()


def names_day(text: str, start: int, end: int) -> bool:
    """Whether the word text[start:end], a weekday's abbreviation or name, stands for a day:
    joined to another weekday ("Tor och fre", "mån–Tor") or before a clock time or a date
    ("Tor 14.30", "fre 12/3")."""
    if not _weekday(text[start:end]):
        return False
    after = _DAY_AFTER.match(text, end)
    if after is not None and _weekday(after.group(1)):
        return True
    before = _DAY_BEFORE.search(text, max(0, start - 16), start)
    if before is not None and _weekday(before.group(1)):
        return True
    return _TIME_AFTER.match(text, end) is not None
