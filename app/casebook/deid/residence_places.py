"""Where somebody lives, grew up, was born or moved: a town there, even one shaped like a name.

Towns of the Nordic countries are often family names ("Tangen", "Iversen", "Lien") and Finnish
municipalities are words no list holds ("Isojoki", "Taipalsaari"), so a town standing alone in
a sentence that says where somebody lives read as a stranger's name. Two settings say place
by grammar, not by the word:

- a verb of residence, upbringing, birth, work or study, then a preposition of place ("bor
  i", "bur i", "vaks opp i", "født i", "arbeider i", "lives in", "grew up in", "works in",
  "lives near", "bor utanför"), a verb of moving, travelling or commuting then "to" or
  "till"/"til" ("flytta til", "reiste til", "moved to", "commutes to"), or coming home
  from ("kom hem från", "kom heim frå", "came back from"): `after_residence_verb`; the town
  may be of several words ("moved to North Duncan"), and a possessive is a person's
  ("works in Hansen's shop");
- a Finnish case ending written after a colon (the spelling for a foreign or unusual name):
  the inessive "-ssa"/"-ssä" (in) anywhere, the elative and illative ("X:sta", "X:iin", from
  and into) only after a verb of living, moving, travelling or coming from ("asuu", "muutti",
  "matkusti", "kotoisin"): `finnish_place_case` ("puhuimme Smith:stä", about Smith, stays a name).

A given name of the lexicon stays a name in both ("flyttar till Anna", moves in with Anna).
"""

from __future__ import annotations

import re

from casebook.deid import journeys

# Verbs (and participles) that say where somebody lives, grew up or was born: Swedish,
# Norwegian (both written standards), Danish, English. Followed by a preposition of place.
_RESIDENCE = frozenset(
    """bo bor bodde bott boende bosatt bosatte bu bur budde butt buande busett busette
    uppvuxen uppväxt växte vuxit oppvokst oppvaksen vokste vaks vakse vokse opvokset voksede
    född födde fødd født født föddes fødde
    live lives lived living reside resides resided residing settled grew grown raised born
    stationed
    arbetar arbetade arbetat jobbar jobbade jobbat studerar studerade arbeider arbeidde
    arbeidet arbeidar jobber jobbet jobba studerer studerte arbejder arbejdede
    works worked working studies studied""".split()
)
# After these the verb stands one word further back: "växte upp i", "vokste opp i",
# "grew up in", "bor nu i", "lives now in".
_PARTICLES = frozenset("upp opp op up nu no nå now still fortfarande fortsatt framleis".split())
_PLACE_PREPOSITIONS = frozenset("i in på utanför nära near outside utenfor utanfor ved nær".split())
_TO = frozenset("to till til".split())
_FROM = frozenset("från frå fra from".split())
# "kom hem från", "kom heim frå", "came back from": coming home from a place, not a person
_HOMEWARD = frozenset("hem heim hjem home back tillbaka tilbake".split())
_ALL_PREPOSITIONS = _PLACE_PREPOSITIONS | _TO | _FROM
_MOVING = frozenset(
    """flytta flyttar flyttade flyttat flytte flytter flyttet flytta flytter flyttede
    move moves moved moving relocated relocate emigrated emigrerade emigrerte emigrerede
    utvandrade utvandra
    reste reser rest resa reiste reiser reist reise åkte åker åka körde kjørte kjører
    flög fløy travel travels travelled traveled travelling traveling drove flew
    pendlar pendlade pendler pendla pendlet commutes commuted commuting""".split()
)
_FINNISH_VERBS = frozenset(
    """asuu asui asunut asuvat asuivat asua asuessaan muutti muuttanut muuttaa muuttivat
    muuttaneet muutimme muutin muuttavat kotoisin syntynyt syntyi syntyneet syntyivät
    lähtöisin palasi palannut tuli tullut kasvoi kasvanut varttui varttunut matkusti
    matkustaa matkustanut lähti lähtenyt saapui saapunut ajoi lensi työskentelee
    työskenteli opiskelee opiskeli""".split()
)
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\n\[\]\"]")
_INESSIVE = re.compile(r":ss[aä](?![^\W\d_])")
_FROM_OR_INTO = re.compile(r":(?:st[aä]|[ihy]?[aäeiouyö]n|h[aäeiouyö]n|seen)(?![^\W\d_])")


def _words_before(low: str, start: int) -> list[str]:
    """The words of the clause before `start`, nearest last; [] unless a space or tab
    stands right before `start` (no punctuation between)."""
    tail = low[max(0, start - 60) : start]
    if not tail.endswith((" ", "\t")):
        return []
    return _CLAUSE_BREAK.split(tail)[-1].split()


def after_residence_verb(low: str, start: int) -> bool:
    """Whether the word at `start` follows "bor i", "grew up in", "flyttade till" and the like
    (`low` is the text in lower case)."""
    if start < 3 or low[start - 1] not in " \t":
        return False
    space = low.rfind(" ", 0, start - 1)
    if low[space + 1 : start - 1] not in _ALL_PREPOSITIONS:
        return False  # the common case, checked first: no preposition of place before
    words = _words_before(low, start)
    if len(words) < 2 or journeys.given_name_at(low, start):
        return False
    prep, verb = words[-1], words[-2]
    if verb in _PARTICLES and len(words) >= 3:
        verb = words[-3]
    if prep in _TO:
        return verb in _MOVING
    if prep in _FROM:
        return verb in _HOMEWARD
    return prep in _PLACE_PREPOSITIONS and verb in _RESIDENCE


def finnish_place_case(low: str, start: int, end: int) -> bool:
    """Whether the words low[start:end] carry a Finnish case of place after a colon: "asuu
    Isojoki:ssa", "muutti Taipalsaari:iin", "kotoisin Kökar:sta"."""
    if low[end : end + 1] != ":" or journeys.given_name_at(low, start):
        return False
    if _INESSIVE.match(low, end):
        return True
    if not _FROM_OR_INTO.match(low, end):
        return False
    words = _words_before(low, start)
    return bool(words) and words[-1] in _FINNISH_VERBS


def town_here(low: str, start: int, end: int) -> bool:
    """Whether the run low[start:end] stands where a town does (either setting above)."""
    if low[end : end + 1] in ("'", "’"):
        return False  # a possessive: "works in Hansen's shop"
    return after_residence_verb(low, start) or finnish_place_case(low, start, end)


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def residence_verb(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] is one of the verbs above opening its setting, a sentence's
    first word written capitalised ("Vaks opp i ...", "Bodde i ...", "Moved to ..."): a verb,
    not somebody of that name, when a particle or a preposition of place follows."""
    word = low[start:end]
    if (word not in _RESIDENCE and word not in _MOVING) or journeys.given_name_at(low, start):
        return False  # "Bo på avdelningen sa ...": Bo, a given name, stays one
    following = _NEXT_WORD.match(low, end)
    return bool(following) and (
        following.group(1) in _PARTICLES
        or following.group(1) in _PLACE_PREPOSITIONS
        or following.group(1) in _TO
    )


def town_in(low: str, starts: list[int], end: int) -> int | None:
    """The index of the first of a run's words (starting at `starts`, the run ending at
    `end`) where a town begins that runs to the end ("Moved to North Duncan", "Muutti
    Taipalsaari:iin" after the verb), or None."""
    return next((k for k, start in enumerate(starts) if town_here(low, start, end)), None)


def registered_town(text: str, low: str, start: int, end: int) -> bool:
    """Whether a registered person's name matched at text[start:end] is one capitalised word
    standing where a town does ("bor i Larsen", "vaks opp i Tangen", "asuu Virta:ssa" with a
    Larsen, a Tangen, a Virta registered): a town of the same name, since no person is
    lived in, grown up in or moved into. A given name ("flyttade till Anna") and two words
    stay the person's."""
    if not text[start : start + 1].isupper() or " " in low[start:end]:
        return False
    return town_here(low, start, end)
