"""Validation E's people: who is registered in each case, and the strangers notes mention.

Given names and most surnames come from `names.tsv` (see `build_names.py`); Swedish family
names are compounds of nature words and the endings Swedish surnames are made of, Icelandic
ones patronymics, so none of them is taken from a list the redactor or another set uses.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.validation_e.words import (
    FIRST,
    HOMOGRAPHS,
    LAST,
    NICKS,
    ORIGINS,
    PLACE_HEADS,
    PLACE_TAILS,
    PROFESSIONS_SV,
    RELATIONS_SV,
)


@dataclass(frozen=True)
class Person:
    entry: NameEntry
    role: str  # patient / significant other / professional
    given: str
    family: str
    nick: str | None
    relation: int  # index into RELATIONS_* (significant others) or PROFESSIONS_*


@dataclass
class Study:
    cases: list[list[Person]]
    places: list[list[NameEntry]]
    pools: dict[str, dict[str, list[str]]]
    registered_words: set[str] = field(default_factory=set)

    @property
    def entries(self) -> list[NameEntry]:
        people = [p.entry for case in self.cases for p in case]
        return people + [e for case in self.places for e in case]


def load_pools() -> dict[str, dict[str, list[str]]]:
    pools: dict[str, dict[str, list[str]]] = {}
    path = Path(__file__).with_name("names.tsv")
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        origin, part, weight, name = line.split("\t")
        pools.setdefault(origin, {}).setdefault(part, []).extend([name] * min(int(weight), 5))
    return pools


def family_name(rng: random.Random, origin: str, pools: dict, given: str) -> str:
    if origin == "se":
        if rng.random() < 0.3:
            base = rng.choice(pools["se"]["given"])
            return base + ("son" if base.endswith("s") else "sson")
        return rng.choice(FIRST) + rng.choice(LAST)
    if origin == "is":
        base = rng.choice(pools["is"]["given"])
        return base + rng.choice(("sson", "sdóttir"))
    if origin in ("ar", "al", "gr"):
        return rng.choice(pools[origin]["given"])
    return rng.choice(pools[origin]["family"])


def a_name(rng: random.Random, pools: dict) -> tuple[str, str, str]:
    origin = rng.choices(list(ORIGINS), list(ORIGINS.values()))[0]
    given = rng.choice(pools[origin]["given"])
    return origin, given, family_name(rng, origin, pools, given)


CODE = "0123456789BCDFGHJKMNPQRSTWXZ"


def _tag(rng: random.Random, role: str) -> str:
    prefix = {"patient": "P", "significant other": "S", "professional": "H", "place": "L"}[role]
    return f"[{role} {prefix}-{''.join(rng.choice(CODE) for _ in range(4))}]"


def make_study(rng: random.Random, n_cases: int) -> Study:
    pools = load_pools()
    homographs = list(HOMOGRAPHS)
    rng.shuffle(homographs)
    cases: list[list[Person]] = []
    places: list[list[NameEntry]] = []
    serial = 0
    for case in range(n_cases):
        roles = ["patient"] + ["significant other"] * rng.randint(1, 3)
        roles += ["professional"] * rng.randint(1, 2)
        people = []
        for i, role in enumerate(roles):
            origin, given, family = a_name(rng, pools)
            if homographs and (i == 1 or (i == 0 and rng.random() < 0.3)):
                given = homographs.pop()
            nick = NICKS.get(given) if rng.random() < 0.7 else None
            serial += 1
            entry = NameEntry(
                key=f"person:{serial}",
                canonical=f"{given} {family}",
                tag=_tag(rng, role),
                aliases=(nick,) if nick else (),
                kind=PERSON,
            )
            span = len(RELATIONS_SV) if role != "professional" else len(PROFESSIONS_SV)
            people.append(Person(entry, role, given, family, nick, rng.randrange(span)))
        cases.append(people)
        own = []
        for j in range(rng.randint(1, 2)):
            head, tail = rng.choice(PLACE_HEADS), PLACE_TAILS[(case * 2 + j) % len(PLACE_TAILS)]
            own.append(
                NameEntry(
                    key=f"place:{case}-{j}",
                    canonical=f"{head} {tail}",
                    tag=_tag(rng, "place"),
                    aliases=(tail,),
                    kind=PLACE,
                )
            )
        places.append(own)
    study = Study(cases, places, pools)
    for entry in study.entries:
        study.registered_words.update(w.lower() for w in entry.canonical.split())
        study.registered_words.update(a.lower() for a in entry.aliases)
    return study


def stranger(rng: random.Random, study: Study) -> tuple[str, str]:
    """A given and family name nobody in the study is registered under."""
    while True:
        _origin, given, family = a_name(rng, study.pools)
        if given.lower() not in study.registered_words and (
            family.lower() not in study.registered_words
        ):
            return given, family
