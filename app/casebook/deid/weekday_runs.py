"""Weekday abbreviations that are names too ("Tor", "Man", "Fre"), where they name days.

Swedish abbreviates its weekdays "mån tis ons tor fre lör sön", Norwegian and Danish "man tir
ons tor fre lør søn"; "Tor" and "Man" are also men's names. A note writes the days of a
schedule as a run ("Tor och fre är hon ledig", "mån–tor", "tis, tor", "man til fre") or before
the hour or date they stand for ("Tor 14.30", "tor kl. 9", "fre 12/3"). There the word is the
day: a person is not joined by "och" to a weekday, nor followed by a clock time. A name joined
to another name ("Tor och Anna kom") or before a verb stays a name, and so does a weekday's
letters written as a name, capitalised without a full stop, where the note's registry or the
name lexicon holds it: "Tor och Tue kom" joins two people (Tue, a Danish name), not two days.

The weekday words are CLDR's of the languages notes are written in, three letters or more
(`calendar_words.note_weekdays`: never "per" or "mar", weekdays of other languages), with or
without their full stop; the joining words are the study's languages' "and", "to", a dash or
a comma.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from casebook.deid import calendar_words, lexicon

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


def _other_day(word: str, stop: str, names: Collection[str]) -> bool:
    """Whether the word joined to the first is a weekday, not a person: in lower case or
    with its full stop ("fre", "Fre."), or capitalised where no name of the registry
    (`names`, lower case) or of the lexicon is spelt so ("Mån", not "Tue", "Tor")."""
    if not _weekday(word):
        return False
    if stop or not word[0].isupper():
        return True
    low = word.lower()
    return low not in names and low not in lexicon.all_names()


def names_day(text: str, start: int, end: int, names: Collection[str] = ()) -> bool:
    """Whether the word text[start:end], a weekday's abbreviation or name, stands for a day:
    joined to another weekday ("Tor och fre", "mån–Tor") or before a clock time or a date
    ("Tor 14.30", "fre 12/3"). `names` are the registry's name words in lower case: a
    capitalised weekday that is one of them is a person, no day to join."""
    if not _weekday(text[start:end]):
        return False
    after = _DAY_AFTER.match(text, end)
    if after is not None and _other_day(after.group(1), after.group(2), names):
        return True
    before = _DAY_BEFORE.search(text, max(0, start - 16), start)
    if before is not None and _other_day(before.group(1), before.group(2), names):
        return True
    return _TIME_AFTER.match(text, end) is not None
