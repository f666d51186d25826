"""Journeys: "to" or "till" that opens a place, not a person, beyond a verb of going right
before it (`context.place_position`):

- a verb of going a few words back, or a word of travel before "to": "went back to York",
  "fled to Jordan", "drove from Preston to Lancaster", "åkte hem till Mora", "trip to Lund",
  "resan till Lund";
- "from X to": the "to" of a journey ("moved from York to Hull");
- "from"/"från" right after a verb of going: where someone came from ("the family came from
  Santiago", "flydde från Mosul"); a given name there is a town only when it is one and a
  year follows it ("kom från Erbil 1996": a person is never dated so).

Only towns and unknown words are judged so (`unregistered.py` asks for those alone), and
never a given name ("flyttade till Anna", "went back to Jordan" keep theirs: a person is
as likely as a town); a person after "to" ("talked to Preston") keeps its name too.
"""

from __future__ import annotations

import re

from casebook.deid import lexicon, vocab

# Verbs of going that `vocab.MOTION_VERBS` lacks, and nouns of travel before "to".
_GOING = vocab.MOTION_VERBS | frozenset(
    """fled flee flees fleeing escaped came come comes coming got get gets walked cycled
    flydde flyr kom kommer tog gick cyklade promenerade""".split()
)
_TRAVEL = frozenset(
    """trip trips journey journeys flight flights train trains bus ticket tickets visit
    visits holiday way road route drive back home
    resa resan resor tåg tåget flyg flyget buss bussen biljett biljetten besök hem hemma
    vägen""".split()
)
_WORDS = re.compile(r"[^\W\d_]+")
_WORD_AT = _WORDS
_STOPS = frozenset(".;:!?\n")


def to_a_place(low: str, to: int) -> bool:
    """Whether the "to"/"till" at `to` ends a journey (see the module's docstring)."""
    start = max(0, to - 48)
    window = low[start:to]
    for stop in _STOPS:
        window = window.rsplit(stop, 1)[-1]
    words = _WORDS.findall(window)[-4:]
    if not words:
        return False
    if words[-1] in _TRAVEL:
        return True  # "trip to", "way back to", "åkte hem till"
    if words[-1] in vocab.RELATIONS:
        return False  # "kom Eva, en vän till Mirza": a relation of a person, no journey
    if any(w in _GOING for w in words):
        return True  # "went back to", "drove from Preston to"
    return len(words) >= 2 and words[-2] in ("from", "från")  # "from York to Hull"


# Adverbs of direction between a verb of going and "from", and the verbs of moving house or
# country, after which "from" opens a place even when the word is a given name too.
_WHERE_TO = frozenset("here there back away home hit dit hem tillbaka".split())
_RELOCATION = frozenset(
    """moved move moves moving fled flee flees emigrated immigrated relocated migrated
    flyttade flyttat flyttar flydde flytt utvandrade invandrade""".split()
)
_YEAR_AFTER = re.compile(r"[ \t]+(?:1[89]|20)\d\d(?!\d)")


def came_from(low: str, start: int, from_at: int, given: bool) -> bool:
    """The word at `start`, after the "from"/"från" that begins at `from_at`, is where someone
    came from: a verb of going stands right before "from" ("came from", "kom från", "fled
    from", "moved here from"). A given name counts only when it is a town and a year follows
    it, or after a verb of moving house or country ("moved from Erbil")."""
    before = _WORDS.findall(low[max(0, from_at - 32) : from_at])
    if before and before[-1] in _WHERE_TO:
        before.pop()  # "we moved here from Erbil", "flyttade hit från Lund"
    if not before or before[-1] not in _GOING or low[from_at - 1 : from_at] != " ":
        return False
    if not given or before[-1] in _RELOCATION:
        return True  # one moves from a town, never from a person: "moved from Erbil"
    match = _WORD_AT.match(low, start)
    return (
        bool(match)
        and match.group() in lexicon.places()
        and _YEAR_AFTER.match(low, match.end()) is not None
    )


_NEXT = re.compile(r"[^\W\d_]+(?:[ \t]+|[ \t]*[-–][ \t]*)([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_AND = frozenset({"and", "och", "or", "eller"})


def from_then_to(low: str, start: int) -> bool:
    """The word at `start`, after "from"/"från", is where a journey starts: "to"/"till"
    follows it ("moved from York to Hull", "körde från Mora till Falun")."""
    match = _NEXT.match(low, start)
    return bool(match) and match[1] in ("to", "till")


def beside_a_town(low: str, start: int) -> bool:
    """The word at `start` is coordinated with a town that is no name ("Lund and Malmö",
    "Lund–Malmö", "i Lund och Falun"), so it is a town too."""
    match = _NEXT.match(low, start)
    if not match:
        return False
    if match[1] in _AND:
        other = match[2] or ""
    elif "-" in low[start : match.start(1)] or "–" in low[start : match.start(1)]:
        other = match[1]
    else:
        return False
    return other in lexicon.places() and other not in lexicon.all_names()


def given_name_at(low: str, start: int) -> bool:
    """Whether the word at `start` is a given name of the lexicon ("anna", "jordan")."""
    match = _WORD_AT.match(low, start)
    return bool(match) and match.group() in lexicon.given_names()
