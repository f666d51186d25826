"""The study validation D writes about: resource groups, their people and places.

Each case has a patient, one to three significant others (mostly of the patient's family's
country), two or three professionals and one or two registered contacts, named from
`names.tsv` by real frequency. Fifteen registered people have given names that are also
ordinary words (`HOMOGRAPHS`). Every given and family name is unique in the registry
(case and diacritics folded), so a written form belongs to one entry.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from casebook.deid.registry import PLACE, NameEntry, ascii_fold

from bench.validation_d import lines_en, lines_sv, names

# Given name -> woman's name. Each is also an English or Swedish word.
HOMOGRAPHS = {
    "Love": False,
    "May": True,
    "Mark": False,
    "Per": False,
    "Rose": True,
    "Bill": False,
    "Will": False,
    "Hope": True,
    "Inga": True,
    "Frank": False,
    "Grace": True,
    "Dawn": True,
    "Bo": False,
    "Sol": True,
    "Joy": True,
}
HOMOGRAPH_WORDS = frozenset(w.lower() for w in HOMOGRAPHS)
PLACES = [
    ("Dagcentralen Fyren", "Fyren"),
    ("Mottagning Älvdalen Öst", None),
    ("Stödboendet Hägern", "Hägern"),
    ("Klubbhuset Ankaret", "Ankaret"),
    ("Vårdcentral Björkhagen", "Björkhagen"),
    ("Träffpunkten Solgläntan", "Solgläntan"),
    ("Fontänhuset Kvarnen", "Kvarnen"),
    ("Gruppboendet Lärkan", "Lärkan"),
    ("Psykosmottagningen Norra Ängby", None),
    ("Sysselsättningen Snickeriet", "Snickeriet"),
]
_CODE = "BCDFGHJKLMNPQRSTVWXZ"
# Words the notes use as words: no nickname may spell one ("Bodil" -> "Bodde", "lived").
_WORDS = {
    w.lower()
    for line in [*lines_sv.FILLER, *lines_sv.IDENTIFYING, *lines_en.FILLER, *lines_en.IDENTIFYING]
    for w in re.findall(r"[^\W\d_]+", line)
}


@dataclass(frozen=True, slots=True)
class Person:
    key: str
    tag: str
    given: str
    family: str
    nickname: str | None
    role: str
    case: int
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
    taken: set[str]

    @property
    def entries(self) -> list[NameEntry]:
        return [p.entry for p in self.people] + [p.entry for p in self.places]

    def of_case(self, case: int) -> list[Person]:
        return [p for p in self.people if p.case == case]

    def forms(self) -> set[str]:
        """Every one-word written form of an entry, lower case (and without diacritics)."""
        out: set[str] = set()
        for e in self.entries:
            for word in [*e.canonical.split(" "), *e.aliases]:
                for part in word.split("-"):
                    out.update({part.lower(), ascii_fold(part.lower())})
        return out


def _nickname(given: str) -> str | None:
    """A short form as Nordic notes write it: "Mohammed" -> "Mo", "Johanna" -> "Jojo",
    "Fredrik" -> "Fredde", "Kristina" -> "Kicki" is not derivable, so only the patterns."""
    if len(given) < 5 or not given.isalpha():
        return None
    stem = given[:3]
    if stem[-1].lower() in "aeiouyåäö":
        return given[:2] + given[:2].lower()
    return stem + stem[-1].lower() + "e"


def make_study(seed: int, n_cases: int) -> Study:
    rng = random.Random(names.stable_seed(seed, "study"))
    taken: set[str] = set(HOMOGRAPH_WORDS)
    people: list[Person] = []
    homographs = list(HOMOGRAPHS.items())
    rng.shuffle(homographs)

    def fresh(word: str) -> bool:
        return ascii_fold(word.lower()) not in taken and len(word) >= 3

    def add(role: str, case: int, home: str, given: str | None = None) -> None:
        female = HOMOGRAPHS[given] if given else rng.random() < 0.55
        for _ in range(300):
            g = given or names.draw(rng, home, "first", female)
            family = names.draw(rng, home, "last", female)
            if (given or fresh(g)) and fresh(family) and g != family:
                break
        else:
            raise RuntimeError(f"no unused name from {home}")
        taken.update(ascii_fold(w.lower()) for w in (g, family))
        nick = _nickname(g) if rng.random() < 0.4 else None
        if nick and (not fresh(nick) or nick.lower() in _WORDS):
            nick = None
        if nick:
            taken.add(ascii_fold(nick.lower()))
        prefix = {"patient": "P", "significant other": "S", "professional": "H"}.get(role, "C")
        kind = "contact" if role == "contact" else "participant"
        code = "".join(rng.choice(_CODE) for _ in range(4))
        tag = f"[{role} {prefix}-{code}]"
        key = f"{kind}:{len(people) + 1}"
        people.append(Person(key, tag, g, family, nick, role, case, female))

    for case in range(n_cases):
        home = names.country(rng, names.REGISTERED)
        add("patient", case, home)
        for _ in range(rng.randint(1, 3)):
            add("significant other", case, home if rng.random() < 0.7 else "SE")
        for _ in range(rng.randint(2, 3)):
            add("professional", case, names.country(rng, names.REGISTERED))
        for _ in range(rng.randint(1, 2)):
            add("contact", case, names.country(rng, names.REGISTERED))
    for i, (given, _female) in enumerate(homographs):
        role = ("patient", "significant other", "professional", "contact")[i % 4]
        add(
            role,
            i % n_cases,
            "SE" if given not in ("Grace", "Dawn", "Joy", "Hope") else "GB",
            given=given,
        )
    places = []
    for i, (name, alias) in enumerate(rng.sample(PLACES, 6)):
        code = "".join(rng.choice(_CODE) for _ in range(4))
        places.append(Place(f"place:{i + 1}", f"[place L-{code}]", name, alias))
    for place in places:
        taken.update(ascii_fold(w.lower()) for w in place.name.split(" "))
    return Study(people, places, n_cases, taken)
