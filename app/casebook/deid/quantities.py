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
# A figure and an age after a word: "Max 30 år", "May 45 yrs": a person and her age.
_AGE = re.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]*\d{1,3}[ \t\u00a0]*(?:år|års|åå|years|year|yrs|yo|y/o|-årig|-åring)"
    r"(?![^\W\d_])"
)
# An age used as an adjective before the person it describes ("8 year old daughter",
# "5-year-old son"): the word before it is a determiner ("My"), not a person with her age.
_AGE_BEFORE_NOUN = re.compile(
    r"[ \t\u00a0]*\d{1,3}[ \t\u00a0-]*(?:years?|yrs?)[ \t\u00a0-]*old[ \t\u00a0-]+"
    r"(?:daughter|son|boy|girl|child|kid|baby|twins|brother|sister|grandson|granddaughter|"
    r"nephew|niece|cousin|dog|cat)s?\b"
)
# Before a limit in mid-sentence: punctuation or a word of limits ("to Max 2 per day",
# ", Max 1 per natt", "(Max 2 h)", "högst Max 3").
_LIMIT_MARKS = frozenset(",(-–:;/")
_LIMIT_WORDS = frozenset("to till up upp limit limits högst at vid keep set gräns".split())


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


# A phone number right after the word: a leading 0 or "+" and eight digits or more, spaces or
# dashes between them ("0735965283", "+46 70 123 45 67"; not "Max 2", "Max 0,5 mg").
_PHONE_AFTER = re.compile(r"[ \t]*[:,]?[ \t]*(?:\+|0)\d?(?:[ \t-]?\d){7,}(?!\d)")


def limit(text: str, low: str, start: int, after: int, prev: str, gap: str) -> bool | None:
    """For a word that is also a registered name, at text[start:after], followed by a figure:
    True when the figure is an age ("Max 30 år": the person), False when the word is a limit
    ("Keep it to Max 2 per day", "Sömntablett, Max 1 per natt", "(Max 2 h)") or a determiner
    before an age that describes a noun ("My 8 year old daughter"), None when
    nothing follows that says either. The sentence-initial limit ("Max 2 tabl") is
    `_name_use`'s."""
    if _PHONE_AFTER.match(text, after):
        return True  # "mob Faith 0735965283": a contact line, the person and her number
    if _AGE.match(low, after):
        # "My 8 year old daughter": an age before its noun, after a determiner, no person
        return not _AGE_BEFORE_NOUN.match(low, after)
    if not _FIGURE.match(text, after) and not (
        text[after : after + 1] == "." and _FIGURE.match(text, after + 1)
    ):
        return None
    i = start
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    mark = text[i - 1 : i]
    if mark in _LIMIT_MARKS or (not gap and prev in _LIMIT_WORDS) or gap in _LIMIT_MARKS:
        return False
    return None
