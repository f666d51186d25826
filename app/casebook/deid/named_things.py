"""Organisations, places, titles and languages whose names hold a person's name.

A name nobody registered is found by its words: a given or family name of the lexicon, shaped
like a name. Many names of things hold such a word, and an analyst loses them: "the Kaiser
Building", "the Cambridge Whig Club", "King's College", "the Sydney Morning Herald", "San
Francisco", "Fort Worth", "North Dakota", "the Governor of Virginia",
"Marion, Ohio", "in America", "Jóola Kaasa speakers". What marks them is a closed class of words
around the name, which no person's name takes:

- a head noun of an organisation, a building, a publication, an event or a landform in the same
  capitalised run, after the name's first word ("University", "Club", "Party", "Herald",
  "Building", "Theater", "River", "Festival"; not the heads that are family names too, such as
  "Hall", "Park", "Church", "Bridge", "Post");
- such a head, an office held over a territory or a kind of territory before "of"
  ("University of Chicago", "Governor of Virginia", "Battle of Hastings", "Kingdom of
  Sweden"; not a title of nobility, "the Earl of Clare", which names its holder);
- a place's first word, before the name or as the first of its words, when the name is no
  family name ("San Francisco", "St. Louis", "Mount Sinai", "Fort William", "North Oakland",
  "New Jersey"; not such a word alone, "Santa has come", "West said", nor before a family
  name, "Santa Lopez", "Lake Anderson", which costs "Lake Merritt");
- a state, a province or a country after a comma and one word ("Marion, Ohio", "Racine,
  Wis."; `regions`; not after a whole name, "Tom Molomby, SC", nor before "'s", nor in a
  list of people, "Anna, Virginia and Tom", nor one word that is also a given name: "Spoke
  with Omar, Victoria was there", "Hi Sara, Victoria here"), or the name itself one of them
  after "in", "across" or "throughout";
- a lower-case noun of speakers or languages after it ("Bayot speakers", "the Eegimaa
  language");
- "the" right before a name of one word: English puts no article before a person's name
  ("contact with the Samaritans", "from the Hilton"; not a family, in the plural or before a
  noun of family, "the Johanssons", "the Okonkwos", "the Okonkwo family").

A given name of the lexicon asks for more: a head after it counts only after "the" ("the
Karim Institute"; "Karim Institute staff" may be Karim), and a given name alone is never a
language's ("Amina language skills", "Marta speakers") nor a town before a country ("Met
Omar, Kenya was discussed"), only before a state.

Only names nobody registered (`via` "lexicon") are dropped, and never one that holds a given
name followed by a family name ("the Astrid Lindgren Hospital", "Main St. Bertil Wahlgren"): a
registered name is the study's own and stays removed wherever it stands, a whole name is a
person's as the release's verifier reads it, and every other kind of span is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casebook.deid import lexicon, regions, vocab

if TYPE_CHECKING:
    from casebook.deid.redactor import Span

HEADS = frozenset(
    """University Universities College Institute Institution Academy School Schools Hospital
    Clinic Club Party Council Committee Commission Association Society Foundation Company
    Corporation Corp Inc Ltd Limited Group Cathedral Chapel Mosque Synagogue Temple Museum
    Gallery Library Theatre Theater Theatres Theaters Building Stadium Arena Airport Station
    Hotel Centre Center Journal Herald Times Gazette Tribune Bulletin Magazine Chronicle Review
    Records Studios Airlines Airways Award Awards Prize Festival Games Olympics Championship
    Championships League Union Federation Army Navy Ministry Department Agency Bureau
    Parliament Senate Congress Assembly River Mountains Island Islands Valley County Province
    Peninsula Bay Canyon Desert Ocean Sea Strait Falls Airport Brewery Restaurant Cafe Café
    Pharmacy Bakery Records Network Channel Foundation""".split()
)
_OF_HEADS = HEADS | frozenset(
    """Bishop Archbishop Governor Mayor Kingdom Republic State City Town County Province Isle
    Gulf Port Battle Siege Treaty Duchy Principality Commonwealth Department Ministry Bank
    Cathedral Church Diocese Archdiocese""".split()
)
PREFIXES = frozenset(
    """San Santa Santo São Saint St. St Ste. Lake Mount Mt. Fort Ft. Port Cape North South
    East West New Upper Lower Greater Northern Southern Eastern Western Central Downtown
    Uptown""".split()
)
_SPEAKERS = frozenset(
    "speakers language languages dialect dialects orthography tribe tribes".split()
)
# "St." closing a street ("Main St. Bertil") is no saint's town
_STREET_ST = re.compile(r"[A-Z][^\W\d_]* St\.? $")
_PLACE_BEFORE = frozenset("in across throughout".split())
_CAPITALISED = re.compile(r"(?:['’]s)? ([A-Z][^\W\d_]*(?:['’][^\W\d_]+)?\.?)")
_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_BEFORE = re.compile(r"(?:^|[^\w.])([\w.]+) (?:of (?:the )?)?$")
_LOWER_NEXT = re.compile(r" ([a-z]+)")
_PLACE_COMMA = re.compile(r"[A-Z][^\W\d_]*, $")
_LIST_GOES_ON = re.compile(r",? (?:and|or|&) ")
_REGION = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})(?![\w'’])")


def _after(text: str, end: int, most: int = 3) -> list[str]:
    """The capitalised words after `end`, one space apart (through a possessive "'s")."""
    words: list[str] = []
    while len(words) < most:
        m = _CAPITALISED.match(text, end)
        if m is None:
            break
        words.append(m.group(1).rstrip("."))
        end = m.end()
    return words


def _before(text: str, start: int) -> tuple[str, bool]:
    """The word before `start` after one space, and whether "of" ("of the") stood between."""
    head = text[max(0, start - 40) : start]
    m = _BEFORE.search(head)
    if m is None:
        return "", False
    return m.group(1), " of " in m.group(0) or m.group(0).startswith("of ")


def _region_follows(text: str, end: int, states_only: bool = False) -> bool:
    m = _REGION.match(text, end)
    if m is None:
        return False
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        region = " ".join(words[:n])
        if n == 1 and region.lower() in lexicon.given_names():
            continue  # "Spoke with Omar, Victoria was there": a second person, not a state
        if (
            region in regions.STATES
            or region in regions.ABBREVIATIONS
            or (not states_only and region.rstrip(".") in regions.COUNTRIES)
        ):
            # not a list of people that goes on: "Anna, Virginia and Tom"
            return _LIST_GOES_ON.match(text, m.start(1) + len(region)) is None
    return False


def _given_and_family(words: list[str]) -> bool:
    """A given name of the lexicon followed by a family name of it: a person's whole name,
    which stays removed beside any head ("the Astrid Lindgren Hospital"), as the release's
    verifier would call it a leak otherwise (`verify.py`)."""
    given, family = lexicon.given_names(), lexicon.family_names()
    pairs = zip(words, words[1:], strict=False)
    return any(a.lower() in given and b.lower() in family for a, b in pairs)


_FAMILY_NOUNS = vocab.FAMILY_NOUNS | frozenset("family's parents couple".split())


def _family(text: str, end: int, words: list[str]) -> bool:
    """Whether a name after "the" names a family: in the plural ("the Johanssons", "the
    Okonkwos", "the Nguyens'"), or before a noun of a family ("the Okonkwo family"). The
    article then stands before people."""
    if text[end : end + 1] in ("s", "'", "’"):
        return True  # the plural's "s" or a genitive left outside the name
    low = words[0].lower()
    if low.endswith("es") and low[:-2] in lexicon.all_names():
        return True
    if low.endswith("s") and low[:-1] in lexicon.all_names():
        return True
    m = _LOWER_NEXT.match(text, end)
    return m is not None and m.group(1) in _FAMILY_NOUNS


def _place_word(word: str) -> bool:
    """Whether `word` may follow a place's first word: not a family name of the lexicon, even
    one a town shares ("Santa Lopez" and "Lake Anderson" are people; "Fort Worth", "St. Louis"
    and "San Francisco" places)."""
    return word.lower() not in lexicon.family_names()


def _region_after_place(text: str, start: int, end: int, name: str) -> bool:
    """A state or a country after a capitalised word and a comma ("Marion, Ohio"), unless a
    list of names goes on after it ("Anna, Virginia and Tom")."""
    if name not in regions.STATES and name not in regions.COUNTRIES:
        return False
    if name.lower() in lexicon.given_names():
        return False  # "Hi Sara, Victoria here": a person after a person
    if _PLACE_COMMA.search(text, max(0, start - 40), start) is None:
        return False
    return _LIST_GOES_ON.match(text, end) is None


def thing(text: str, start: int, end: int) -> bool:
    """Whether the capitalised name at `start`..`end` is part of an organisation's, a place's,
    a title's or a language's name rather than a person's, by the words around it."""
    words = [m.group().rstrip(".") for m in _WORD.finditer(text, start, end)]
    if not words or _given_and_family(words):
        return False
    previous, of = _before(text, start)
    # a name that opens with a given name is a thing's only after "the" ("the Sara
    # Foundation"; "Sara Foundation paid" may be Sara paying), and a given name alone never
    # before a language word or after a comma before a country ("Amina language skills",
    # "Met Omar, Kenya was discussed")
    opens_given = words[0].lower() in lexicon.given_names()
    headed = not opens_given or (previous == "the" and not of)
    if headed and any(w in HEADS for w in words[1:]):
        return True
    after = _after(text, end)
    if headed and any(w in HEADS for w in after):
        return True
    given = opens_given and len(words) == 1
    if len(words) == 1 and previous.lower() == "the" and not of and not _family(text, end, words):
        return True  # "contact with the Samaritans", "from the Hilton": no article before a person
    if of:
        if previous in _OF_HEADS:
            return True
        previous = "of"
    # "San Francisco", "St. Louis"; not "Santa" or "West" alone, which may be someone's name
    street = previous in ("St", "St.") and _STREET_ST.search(text, max(0, start - 40), start)
    if len(words) > 1 and words[0] in PREFIXES and _place_word(words[1]):
        return True
    if previous in PREFIXES and not street and _place_word(words[0]):
        return True
    if len(words) == 1 and _region_follows(text, end, states_only=given):
        return True
    name = text[start:end]
    if previous in _PLACE_BEFORE and (name in regions.STATES or name in regions.COUNTRIES):
        return True
    if _region_after_place(text, start, end, name):
        return True
    m = _LOWER_NEXT.match(text, end)
    return not given and m is not None and m.group(1) in _SPEAKERS


def kept(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` less the names nobody registered that `thing` reads as no person's."""
    return [
        s
        for s in spans
        if s.kind != "name" or s.via != "lexicon" or not thing(text, s.start, s.end)
    ]
