"""Figures after a word: what makes a name-like word a heading or a limit, not a person.

Hurried notes write limits and scores right after a word that is also a given name: "Max.
2 st per tillfälle", "Max: 3 per week", "Hope: 6/10", "Mark: 3/5 on the scale". A person's
name is not followed by its own figure this way, so a registered name that is also an
ordinary word, opening a sentence and followed by a full stop or a colon and then a figure,
is the word.
"""

from __future__ import annotations

import re

# Spaces, then a figure: "2", "6/10", "½", "3-4".
_FIGURE = re.compile(r"[ \t\u00a0]*[\d½¼¾]")


def figure_follows(text: str, index: int) -> bool:
    """Whether a figure follows `index` after spaces only (not a line break: "Max:\\n3" may
    be a speaker with an answer)."""
    return _FIGURE.match(text, index) is not None


# "kl 0800-1000", "open 0900–1600": clock times of four digits, a range, after a word of time.
_CLOCK_RANGE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d[ ]?[-–][ ]?(?:[01]\d|2[0-4])[0-5]\d")
_TIME_WORDS = frozenset(
    "kl kl. klockan mellan från tid tider öppet öppettider at between from open hours "
    "time times".split()
)


def clock_range(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] is a range of clock times after a word of time ("kl
    0800-1000"), not a phone number ("0800 1111" has no dash and no such word)."""
    if not _CLOCK_RANGE.fullmatch(low, start, end):
        return False
    before = low[max(0, start - 14) : start].split()
    return bool(before) and before[-1].rstrip(":") in _TIME_WORDS
