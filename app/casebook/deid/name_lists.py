"""Registered names that are ordinary words, typed in lower case as one of a list of people.

`names.py` keeps a registered word typed in lower case ("mark", "saga", "may") as the word
unless its setting says person. A list of names is such a setting: "Rodolfo, Wojciech ja
mark voi valita", "möte med tiffany, saga och caorlinsson", "Anna, may and Johan came". A
word joined to a name by a conjunction has long counted ("love and maja both came"); this
module reads the whole list, joined by commas and a conjunction of any of the study's
languages ("and", "och", "og", "ja", "und", "samt", "sekä", "&"):

- the members of a list are the names found (registered names in any case), the candidates
  (registered ordinary words in lower case that are waiting for a setting) and names of the
  lexicon that are no ordinary word nor town ("tiffany"), nor a common word of Norwegian,
  Danish, Finnish or German that is only a family name ("skov", forest; "koski", a rapid:
  "der var mark og skov" lists no people);
- a candidate joined by a conjunction to a name found is a name, as before for "and" and
  "och" ("love and maja", "Rodolfo, Wojciech ja mark");
- a candidate in a list joined by commas is a name when the list holds a conjunction and
  another member that is a name (found or of the lexicon), and the candidate is not its first
  member, or is its first where a clause starts ("mark, Anna och Johan kom", "men britt,
  Linh og Huy kastar", "først vil tor, Nikodem og Stana sjå"); a pronoun or
  possessive is none ("Sadat och hans gelikar", "vi, Anna och Per"). The first member
  after a word is no member of a list ("with love, Anna and Johan", "lots of love, Per"): a
  letter's closing keeps its words.

A candidate alone between commas keeps its word ("Anna, may I ask"): no conjunction, no list.
A name of the lexicon right after "in" or "i" is the noun of a place or time the preposition
opens ("I sommer, vik og skjær, alt var nytt": in summer; Sommer is a name elsewhere), no
member of a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from casebook.deid import lexicon, note_language, subordinate_subjects, vocab

Hit = tuple[int, int, int, tuple[int, ...]]

CONJUNCTIONS = frozenset("and och og ja und samt sekä &".split())
_CONJUNCTION_GAPS = tuple(f" {w} " for w in sorted(CONJUNCTIONS))
_GAPS = (", ", *_CONJUNCTION_GAPS)
_WORD_BEFORE = re.compile(r"[^\W\d_]+\Z")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
# "in", "i" before a word: a place or a time ("i sommer", "in march"), no person.
_IN = frozenset({"in", "i"})
_OPENING = frozenset("\n.:;!?•*-–—(")
# Words after which a clause's subject comes: a conjunction ("men britt, Linh og Huy
# kastar") or a finite verb before its inverted subject ("først vil tor, Nikodem og Stana
# sjå"); not a preposition or a noun ("with love, Anna and Johan", "lots of love, Per").
_BEFORE_SUBJECTS = (
    subordinate_subjects.SUBORDINATORS
    | subordinate_subjects.FINITE
    | frozenset("men but and och og ja mutta sekä then så då sen so und aber".split())
)
# Pronouns and possessives that are also registered names ("hans", "vi"): in a list only
# beside a name found ("Anna och hans" keeps "hans" unless Hans is named right there).
_NOT_PERSONS = (
    vocab.PRONOUNS
    | vocab.DETERMINERS
    | frozenset("hans hennes hens deras sin sitt sina his her hers their our vår vårt våra".split())
)


def may_join(low: str, start: int, end: int) -> bool:
    """Whether the lower-case word low[start:end] stands where a list of names may hold it:
    right after a comma or conjunction, or right before one (cheap)."""
    return low.endswith(_GAPS, 0, start) or low.startswith(_GAPS, end)


@lru_cache(maxsize=1)
def _lexicon_only() -> frozenset[str]:
    """Names of the lexicon that are no ordinary word nor town ("tiffany", "caorlinsson" not),
    nor a common word of a neighbour language that is no given name: a family name there,
    which in lower case is the word ("der var mark og skov", field and forest; "koski", a
    rapid), while a given name stays a member ("mark og mette")."""
    neighbour = frozenset().union(
        *(note_language.common_words(lang) for lang in note_language.NEIGHBOURS)
    )
    return (
        lexicon.all_names()
        - vocab.known_words()
        - lexicon.places()
        - (neighbour - lexicon.given_names())
    )


def _gap_before(low: str, start: int) -> str:
    for gap in _GAPS:
        if low.endswith(gap, 0, start):
            return gap
    return ""


def _gap_after(low: str, end: int) -> str:
    for gap in _GAPS:
        if low.startswith(gap, end):
            return gap
    return ""


class _Members:
    """The members of lists in one text: names found, candidates and lexicon-only names."""

    def __init__(self, low: str, hits: Iterable[Hit], joined: Iterable[Hit]) -> None:
        self.low = low
        self.by_start: dict[int, tuple[int, bool]] = {}  # start -> (end, a name)
        self.by_end: dict[int, tuple[int, bool]] = {}  # end -> (start, a name)
        self.found_starts = {hit[0] for hit in hits}
        self.found_ends = {hit[1] for hit in hits}
        for hit in hits:
            self._add(hit[0], hit[1], True)
        for hit in joined:
            self._add(hit[0], hit[1], False)

    def _add(self, start: int, end: int, name: bool) -> None:
        self.by_start[start] = (end, name)
        self.by_end[end] = (start, name)

    def before(self, start: int) -> tuple[int, bool] | None:
        """The member ending at `start` (its start, whether it is a name), if any."""
        found = self.by_end.get(start)
        if found is not None:
            return found
        word = _WORD_BEFORE.search(self.low, max(0, start - 40), start)
        if (
            word is not None
            and word.group() in _lexicon_only()
            and not self._after_in(word.start())
        ):
            return word.start(), True
        return None

    def _after_in(self, start: int) -> bool:
        """Whether "in" or "i" stands right before `start` ("i sommer"): a place or time."""
        if start < 2 or self.low[start - 1] != " ":
            return False
        word = _WORD_BEFORE.search(self.low, max(0, start - 4), start - 1)
        return word is not None and word.group() in _IN

    def after(self, end: int) -> tuple[int, bool] | None:
        """The member starting at `end` (its end, whether it is a name), if any."""
        found = self.by_start.get(end)
        if found is not None:
            return found
        word = _WORD_AFTER.match(self.low, end)
        if word is not None and word.group() in _lexicon_only():
            return word.end(), True
        return None


def _confirmed(members: _Members, low: str, start: int, end: int) -> bool:
    left, right = _gap_before(low, start), _gap_after(low, end)
    if (left and left != ", " and start - len(left) in members.found_ends) or (
        right and right != ", " and end + len(right) in members.found_starts
    ):
        return True  # "love and maja", "Rodolfo, Wojciech ja mark"
    if low[start:end] in _NOT_PERSONS:
        return False  # "Sadat och hans gelikar", "vi, du och Anna"
    before = members.before(start - len(left)) if left else None
    after = members.after(end + len(right)) if right else None
    # Walk the list both ways: whether it holds a conjunction and another name.
    conjunction, name, first = False, False, before is None
    at, gap, member = start, left, before
    while member is not None:
        conjunction = conjunction or gap != ", "
        name = name or member[1]
        at = member[0]
        gap = _gap_before(low, at)
        member = members.before(at - len(gap)) if gap else None
    at, gap, member = end, right, after
    while member is not None:
        conjunction = conjunction or gap != ", "
        name = name or member[1]
        at = member[0]
        gap = _gap_after(low, at)
        member = members.after(at + len(gap)) if gap else None
    conjunction = conjunction or gap not in ("", ", ")  # "tiffany, saga och kuratorn"
    if not (conjunction and name):
        return False
    if first:
        head = low[:start].rstrip(" \t")
        if not head or head[-1] in _OPENING:
            return True  # "mark, Anna och Johan kom"
        word = _WORD_BEFORE.search(head, max(0, len(head) - 40))
        return word is not None and word.group() in _BEFORE_SUBJECTS  # "men britt, Linh og Huy"
    return True


def joined(low: str, hits: list[Hit], candidates: list[Hit]) -> list[Hit]:
    """The candidates (registered ordinary words in lower case) that a list of names holds."""
    members = _Members(low, hits, candidates)
    return [hit for hit in candidates if _confirmed(members, low, hit[0], hit[1])]
