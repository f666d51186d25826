"""Days a weekday pins down without a month: an ordinal day ("Wednesday the 3rd", "Wed 3rd",
"Tues the 21st at 10") and a week number ("måndag v. 12", "ma vk 12", "mandag uke 12",
"tirsdag i uge 7", "Monday week 12", "maanantaina viikolla 12") and a Nordic day after "den"
("onsdagen den 12", "fredag den 13."). A weekday and a day of the
month, or a weekday and the week of the year, name one day of the note's year, as a date
does; the weekday goes with it.

Not a date: a day named alone without its weekday ("3rd", "v. 12": `date_ranges.py` reads "on
the 3rd" where a word dates it), a count after the weekday ("Friday 2nd session", "Monday 3rd
floor": a word after the day other than what ends a clause, a time or a conjunction, as
`date_ranges.AFTER_DAY` says), a week number without a weekday ("vecka 12" is a week).
"""

from __future__ import annotations

import re

from casebook.deid import date_edges, date_ranges, dates

Found = tuple[int, int, str]

# An English ordinal day: "3rd", "21st" (its suffix must fit the number: never "23th").
# (found by its last digit and suffix, then read from its start: one scan, no look-behind
# tried at every character)
_SUFFIX = re.compile(r"\d(?:st|nd|rd|th)(?![^\W_])")
_ORDINAL = re.compile(r"(?<![\w.,/:-])(\d{1,2})(?:st|nd|rd|th)\Z")
# The week-of-year words of the Nordic languages, English and German, with their
# abbreviations ("v.", "vk", "vko", "wk", "KW"), then the week's number (no letter before
# the word: checked after the scan, which a look-behind would slow).
_WEEK = re.compile(
    r"(?:v\.?|vk\.?|vko\.?|viikko|viikolla|viikon|vecka|veckan|uke|uka|veke|uge|"
    r"ugen|week|wk\.?|kw\.?|woche)[ \u00a0]?([1-9]|[1-4]\d|5[0-3])(?![\d\w]|[.,:/]\d)"
)
# A weekday right before: "Wednesday the ", "Wed ", "måndag i ", "ma ", "Monday of ".
_WEEKDAY_BEFORE = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{2,}\.?),?[ \u00a0]+(?:(?:the|i|in|of|på|den)[ \u00a0]+)?\Z"
)
# A Nordic day after "den" or Danish "d." ("onsdagen den 12", "fredag den 13.", "tirsdag
# d. 5."), read where a weekday stands before it, written out, alone, definite ("onsdagen")
# or as Swedish "i fredags" writes it.
# (Scanned from its literal "d"; no letter before it is checked after the scan: a look-behind
# first made the engine try every character of the note.)
_DEN_DAY = re.compile(r"(?:den[ \u00a0]+|d\.[ \u00a0]*)(\d{1,2})(?:\.|:[ae])?(?![\d\w]|[.,:/]\d)")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{5,}),?[ \u00a0]+\Z")
_WEEKDAY_ENDINGS = ("en", "s", "")
_COUNTED = re.compile(
    rf"{dates.AMOUNT_AFTER.pattern}"
    r"|[ \u00a0]?(?:kr|kronor|kroner|euro|personer|st|stk|gange|ganger)(?![^\W\d_])"
)
# A weekday right after a week number: "v. 12 måndag", "week 12, Monday".
_WEEKDAY_AFTER = re.compile(r",?[ \u00a0]+([^\W\d_]{2,}\.?)(?![^\W\d_])")


def _weekday(text: str, start: int, word: str) -> bool:
    """Whether `word` (lower case, at `start` in `text`) is a weekday: one that is no word or
    name, or any weekday of the calendar written with its capital ("Sat", "Wed", "Sun")."""
    if word in dates.WEEKDAYS:
        return True
    return word in dates.ALL_WEEKDAYS and len(word) > 2 and text[start].isupper()


def _before(text: str, low: str, start: int) -> int | None:
    match = _WEEKDAY_BEFORE.search(low, max(0, start - 24), start)
    if match is None or not _weekday(text, match.start(1), match[1]):
        # a two-letter weekday where the note's language writes it so: Finnish "ma vk 12"
        return date_edges.weekday_start(low, start)
    return match.start(1)


def _written_weekday(word: str) -> bool:
    """Whether `word` is a weekday written out, alone or with a Nordic ending ("onsdagen",
    "fredags")."""
    return any(
        word.endswith(end) and word[: len(word) - len(end)] in dates.ALL_WEEKDAYS
        for end in _WEEKDAY_ENDINGS
    )


def _den_days(text: str, low: str) -> list[Found]:
    """ "onsdagen den 12", "fredag den 13.": a weekday and "den" before a day's number, unless
    a unit or a counted noun makes the number a count ("fredag den 13 timmar" stays)."""
    found: list[Found] = []
    for match in _DEN_DAY.finditer(low):
        if match.start() and _LETTER.match(low, match.start() - 1):
            continue  # "vänden 12", "mod. 3": the end of a word, no "den"
        if not 1 <= int(match[1]) <= 31 or _COUNTED.match(low, match.end()):
            continue
        before = _WORD_BEFORE.search(low, max(0, match.start() - 16), match.start())
        if before is None or not _written_weekday(before[1]):
            continue
        end = match.end()
        rest = text[end : end + 2].lstrip(" \u00a0")
        if low[end - 1] == "." and (not rest or rest[0].isupper() or rest[0] == "\n"):
            end -= 1  # "på fredag den 13.", "den 13. Han": the full stop ends the sentence
        found.append((before.start(1), end, "date"))
    return found


def find(text: str, low: str) -> list[Found]:
    """The days a weekday pins down in `text` (`low` is `text.lower()`)."""
    found: list[Found] = _den_days(text, low) if "den" in low or "d." in low else []
    for suffix in _SUFFIX.finditer(low):
        match = _ORDINAL.search(low, max(0, suffix.start() - 2), suffix.end())
        if match is None:
            continue
        day = int(match[1])
        if not 1 <= day <= 31 or not date_ranges.ordinal_suffix(low, match.start(), match.end()):
            continue
        if not date_ranges.AFTER_DAY.match(low, match.end()):
            continue  # "Friday 2nd session", "Monday 3rd floor": a count
        start = _before(text, low, match.start())
        if start is not None:
            found.append((start, match.end(), "date"))
    for match in _WEEK.finditer(low):
        if match.start() and low[match.start() - 1].isalpha():
            continue  # "av 12", "kuv 3": the end of a word
        start = _before(text, low, match.start())
        end = match.end()
        if start is None:
            after = _WEEKDAY_AFTER.match(low, end)
            if after is None or not _weekday(text, after.start(1), after[1]):
                continue
            start, end = match.start(), after.end()
        found.append((start, end, "date"))
    return found
