"""Held-out G's study registry: twelve resource groups (a patient, significant others and
professionals each) and the study's places, as Casebook's registry holds them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_g.names import HOMOGRAPH_GIVEN, NICKNAMES, REGISTERED, split

GROUPS = 12
CODE = "BCDFGHJKLMNPQRSTVWXZ"
ROLE_TAG = {"patient": "patient", "significant other": "significant other",
            "professional": "professional"}  # fmt: skip
# The study's own places (registered, kind "place"): name and aliases, written here.
PLACES = (
    ("Dagverksamheten Lönnen", ("Lönnen",)),
    ("Psykosmottagningen Fyrisvall", ("Fyrisvall",)),
    ("Boendestödet Ekbacken", ("Ekbacken",)),
    ("Träffpunkt Gläntan", ("Gläntan",)),
    ("Klubbhuset Tallkotten", ("Tallkotten",)),
    ("Öppenvården Björkhagen", ("Björkhagen",)),
    ("Mottagning Sjöudden", ("Sjöudden",)),
    ("Kafé Vinbäret", ("Vinbäret",)),
)


@dataclass(frozen=True)
class Person:
    entry: NameEntry
    given: str
    family: str
    nickname: str | None
    female: bool
    role: str
    group: int
    origin: str


@dataclass(frozen=True)
class Place:
    entry: NameEntry
    name: str
    aliases: tuple[str, ...]


def _code(rng: random.Random) -> str:
    return "".join(rng.choice(CODE) for _ in range(4))


def make_cast(rng: random.Random) -> tuple[list[Person], list[Place]]:
    pools = {
        origin: (split(fem), split(male), split(fam))
        for origin, (fem, male, fam) in REGISTERED.items()
    }
    for lists in pools.values():
        for names in lists:
            rng.shuffle(names)
    homographs = list(HOMOGRAPH_GIVEN)
    rng.shuffle(homographs)
    origins = sorted(pools)
    people: list[Person] = []
    used: set[str] = set()
    for group in range(GROUPS):
        home = origins[group % len(origins)]
        roles = ["patient"] + ["significant other"] * rng.randint(1, 3)
        roles += ["professional"] * rng.randint(1, 2)
        for role in roles:
            origin = home if role != "professional" else rng.choice(["sv", "sv", *origins])
            fem, male, fam = pools[origin]
            female = rng.random() < 0.55
            if homographs and (role != "patient" or group % 3 == 0) and rng.random() < 0.35:
                given = homographs.pop()
                female = given in ("May", "Rose", "Inga", "Hope", "Love")
            else:
                names = fem if female else male
                given = names[len(people) % len(names)]
            family = fam[(len(people) + group) % len(fam)]
            if f"{given} {family}" in used:
                family = fam[(len(people) + group + 1) % len(fam)]
            used.add(f"{given} {family}")
            nickname = NICKNAMES.get(given)
            entry = NameEntry(
                key=f"person:{len(people) + 1}",
                canonical=f"{given} {family}",
                tag=f"[{ROLE_TAG[role]} {_code(rng)}]",
                aliases=(nickname,) if nickname else (),
                kind=PERSON,
            )
            people.append(Person(entry, given, family, nickname, female, role, group, origin))
    for given in homographs:  # every ordinary word that is a name is someone's name
        group = rng.randrange(GROUPS)
        family = pools["sv"][2][len(people) % len(pools["sv"][2])]
        entry = NameEntry(
            key=f"person:{len(people) + 1}",
            canonical=f"{given} {family}",
            tag=f"[significant other {_code(rng)}]",
            kind=PERSON,
        )
        female = given in ("May", "Rose", "Inga", "Hope", "Love")
        people.append(Person(entry, given, family, None, female, "significant other", group, "sv"))
    places = [
        Place(
            NameEntry(
                key=f"place:{i + 1}",
                canonical=name,
                tag=f"[place {_code(rng)}]",
                aliases=aliases,
                kind=PLACE,
            ),
            name,
            aliases,
        )  # fmt: skip
        for i, (name, aliases) in enumerate(PLACES)
    ]
    return people, places
