"""The study held-out B is written about: resource groups, their people, contacts and places.

Each case (resource group) has a patient, one to three significant others, two or three
professionals and one or two registered contacts (a guardian, a neighbour), each named from a
source in `names.SOURCES`. Sixteen registered people have given names that are also ordinary
words (`HOMOGRAPHS`). Given and family names are unique across the registry (folded), so every
written form belongs to one entry.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_b.namelists import NICKNAMES
from bench.heldout_b.names import NameSource, stable_seed

# Given name -> is a woman's name. Each is also a word: English, Swedish, or both.
HOMOGRAPHS = {
    "Love": False, "May": True, "Mark": False, "Per": False, "Rose": True, "Bill": False,
    "Will": False, "Hope": True, "Inga": True, "Iris": True, "Ruth": True, "Said": False,
    "Dag": False, "Sten": False, "Björn": False, "Ulf": False,
}  # fmt: skip
HOMOGRAPH_WORDS = frozenset(w.lower() for w in HOMOGRAPHS)

PLACES = [
    ("Träffpunkt Lyktan", "Lyktan"), ("Vårdcentralen Ekbacken", "Ekbacken"),
    ("Boendet Tallåsen", "Tallåsen"), ("Mottagning Västerhöjd", "Västerhöjd"),
    ("Dagverksamheten Kompassen", "Kompassen"), ("Klubbhuset Tranan", "Tranan"),
    ("Café Gläntan", "Gläntan"), ("Arbetsträningen Verkstan", "Verkstan"),
    ("Stödboendet Ljungbacken", "Ljungbacken"), ("Gruppbostaden Solrosen", "Solrosen"),
    ("Hälsans hus Norrmalm", None), ("Ungdomsmottagningen Stjärnan", None),
]  # fmt: skip

# Where registered people's names come from: Swedish and the neighbours most often, then the
# study's largest immigrant groups, then the rest of mimesis's Latin-script locales.
_WEIGHTS = {"sv": 14, "fi": 4, "no": 3, "da": 2, "so": 4, "ar": 5, "fa": 4, "ku": 3, "ti": 3,
            "bs": 3, "pl": 3, "tr": 3, "en": 2, "en-gb": 2, "de": 2, "ru": 2, "uk": 2,
            "el": 1}  # fmt: skip
_CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ23456789"


@dataclass(frozen=True, slots=True)
class Person:
    key: str
    tag: str
    given: str
    family: str
    nickname: str | None
    role: str  # patient, significant other, professional, contact
    case: int
    source: str
    female: bool

    @property
    def entry(self) -> NameEntry:
        aliases = (self.nickname,) if self.nickname else ()
        return NameEntry(self.key, f"{self.given} {self.family}", self.tag, aliases)


@dataclass(frozen=True, slots=True)
class Place:
    key: str
    tag: str
    name: str
    alias: str | None

    @property
    def entry(self) -> NameEntry:
        aliases = (self.alias,) if self.alias else ()
        return NameEntry(self.key, self.name, self.tag, aliases, kind=PLACE)


@dataclass
class Study:
    people: list[Person]
    places: list[Place]
    n_cases: int

    @property
    def entries(self) -> list[NameEntry]:
        return [p.entry for p in self.people] + [p.entry for p in self.places]

    def of_case(self, case: int) -> list[Person]:
        return [p for p in self.people if p.case == case]


def _code(rng: random.Random) -> str:
    return "".join(rng.choice(_CONSONANTS) for _ in range(4))


def _nickname(rng: random.Random, given: str, female: bool) -> str | None:
    """The registered nickname: a known one ("Kicki"), or the Swedish pattern of a first
    syllable with a doubled consonant ("Robbe", "Tesse") or "-an" ("Jossan", "Farran")."""
    if given in NICKNAMES:
        return NICKNAMES[given]
    stem = given[:3]
    if len(given) < 5 or stem[-1].lower() in "aeiouyåäöéh" or not stem.isalpha():
        return None
    return stem + stem[-1] + ("an" if female else "e")


def _ok(word: str, taken: set[str]) -> bool:
    folded = ascii_fold(word.lower())
    return (
        word.isalpha()
        and len(word) >= 3
        and folded not in taken
        and folded not in HOMOGRAPH_WORDS
        and word[0].isupper()
    )


def make_study(seed: int, n_cases: int) -> Study:
    rng = random.Random(stable_seed(seed, "study"))
    names = NameSource(seed)
    taken: set[str] = set(HOMOGRAPH_WORDS)
    people: list[Person] = []
    sources, weights = zip(*_WEIGHTS.items(), strict=True)
    homographs = list(HOMOGRAPHS.items())
    rng.shuffle(homographs)

    def add(role: str, case: int, source: str, given: str | None = None) -> None:
        female = rng.random() < 0.55 if given is None else HOMOGRAPHS[given]
        # A large sample (5 MB from SCALE=10) can use up a small locale's unused names: then
        # the person's names come from the next locale, as in a family of mixed origin. At the
        # sizes the tests use the fallback never runs, so their figures are unchanged.
        for tried in (source, *(s for s in sources if s != source)):
            for _ in range(200):
                g, family = names.pair(tried, female)
                g = given or g
                if (given or _ok(g, taken)) and _ok(family, taken):
                    break
            else:
                continue
            break
        else:
            raise RuntimeError(f"no unused name from any locale (first {source})")
        taken.update(ascii_fold(w.lower()) for w in (g, family))
        nick = _nickname(rng, g, female) if rng.random() < 0.5 else None
        if nick and ascii_fold(nick.lower()) in taken:
            nick = None
        if nick:
            taken.add(ascii_fold(nick.lower()))
        prefix = {"patient": "P", "significant other": "S", "professional": "H"}.get(role, "C")
        kind = "participant" if role != "contact" else "contact"
        key = f"{kind}:{len(people) + 1}"
        tag = f"[{role} {prefix}-{_code(rng)}]"
        people.append(Person(key, tag, g, family, nick, role, case, source, female))

    for case in range(n_cases):
        family_source = rng.choices(sources, weights)[0]
        add("patient", case, family_source)
        for _ in range(rng.randint(1, 3)):
            add("significant other", case, family_source if rng.random() < 0.6 else "sv")
        for _ in range(rng.randint(2, 3)):
            add("professional", case, rng.choices(sources, weights)[0])
        for _ in range(rng.randint(1, 2)):
            add("contact", case, rng.choices(sources, weights)[0])
    for i, (given, _female) in enumerate(homographs):
        role = ("patient", "significant other", "professional", "contact")[i % 4]
        add(role, i % n_cases, "sv" if given not in ("Said",) else "ar", given=given)
    chosen = rng.sample(PLACES, 6)
    places = [
        Place(f"place:{i + 1}", f"[place L-{_code(rng)}]", name, alias)
        for i, (name, alias) in enumerate(chosen)
    ]
    return Study(people, places, n_cases)


def registered_forms(study: Study) -> dict[str, str]:
    """Every one-word form a redactor could match (lower case), with the word as written."""
    forms: dict[str, str] = {}
    for entry in study.entries:
        words = [entry.canonical, *entry.aliases]
        if entry.kind == PERSON:
            words = [*entry.canonical.split(" "), *entry.aliases]
        for word in words:
            if " " not in word:
                forms[word.lower()] = word
                forms[ascii_fold(word.lower())] = word
    return forms


__all__ = ["HOMOGRAPHS", "PERSON", "Person", "Place", "Study", "make_study", "registered_forms"]
