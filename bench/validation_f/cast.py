"""The registry of held-out F: ten resource groups and the study's own places.

Written by hand for this set: Swedish names as they are given in Sweden, names of families
who came from Somalia, Ghana, Serbia, Turkey, Iran, Finland, Eritrea and Chile, Swedish
nicknames as colleagues use them ("Maggan", "Kicki", "Fredde", "Kattis", "Lelle", "Bigge",
"Lotta", "Majlis", "PO") and English ones ("Will"). Seven people are called by a word (Love,
Dag, Stig, Bo, Max, Grace, May) and one has "Will" as a nickname, so the notes' ordinary uses
of those words are the ones a redactor is most tempted to remove.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from casebook.deid.registry import PERSON, PLACE, NameEntry

# (given, family, nickname, role, what the notes call them)
GROUPS: tuple[tuple[tuple[str, str, str | None, str, str], ...], ...] = (
    (
        ("Love", "Engström", None, "patient", "patient"),
        ("Margareta", "Engström", "Maggan", "significant other", "mamma"),
        ("Tobias", "Rahimi", None, "significant other", "vän"),
        ("Helena", "Wikström", None, "professional", "samordnare"),
        ("Dag", "Lindholm", None, "professional", "psykiater"),
    ),
    (
        ("Amina", "Warsame", None, "patient", "patient"),
        ("Hodan", "Warsame", None, "significant other", "syster"),
        ("Stig", "Ålund", None, "significant other", "granne"),
        ("Kristina", "Hellqvist", "Kicki", "professional", "kurator"),
        ("Jörgen", "Sandell", None, "professional", "sjuksköterska"),
    ),
    (
        ("Max", "Nordin", None, "patient", "patient"),
        ("Annika", "Nordin", None, "significant other", "mamma"),
        ("Bo", "Sjögren", None, "significant other", "morfar"),
        ("Fredrik", "Ahlberg", "Fredde", "professional", "boendestödjare"),
        ("Leila", "Karimi", None, "professional", "psykolog"),
    ),
    (
        ("Grace", "Mensah", None, "patient", "patient"),
        ("Kwame", "Mensah", None, "significant other", "bror"),
        ("Ulrika", "Fors", None, "significant other", "vän"),
        ("Per-Olof", "Bergkvist", "PO", "professional", "case manager"),
        ("Sanna", "Tiainen", None, "professional", "sjuksköterska"),
    ),
    (
        ("Milan", "Petrović", None, "patient", "patient"),
        ("Jelena", "Petrović", None, "significant other", "fru"),
        ("May", "Lindahl", None, "significant other", "väninna"),
        ("Katarina", "Östlund", "Kattis", "professional", "arbetsterapeut"),
        ("Rasmus", "Holmér", None, "professional", "läkare"),
    ),
    (
        ("Sofie", "Bäckström", None, "patient", "patient"),
        ("Lennart", "Bäckström", "Lelle", "significant other", "pappa"),
        ("Zeynep", "Aydın", None, "significant other", "sambo"),
        ("Ingela", "Marklund", None, "professional", "samordnare"),
        ("William", "Hultgren", "Will", "professional", "psykolog"),
    ),
    (
        ("Ahmad", "Jafari", None, "patient", "patient"),
        ("Parisa", "Jafari", None, "significant other", "fru"),
        ("Gunnar", "Wiklund", None, "significant other", "granne"),
        ("Eva-Lena", "Strömberg", None, "professional", "kurator"),
        ("Mohammed", "Al-Sayed", None, "professional", "psykiater"),
    ),
    (
        ("Johanna", "Lidström", "Jojo", "patient", "patient"),
        ("Tiina", "Lidström", None, "significant other", "mamma"),
        ("Ronja", "Sjödin", None, "significant other", "vän"),
        ("Hampus", "Edvardsson", None, "professional", "case manager"),
        ("Birgitta", "Nyqvist", "Bigge", "professional", "sjuksköterska"),
    ),
    (
        ("Elias", "Mäkinen", None, "patient", "patient"),
        ("Aino", "Mäkinen", None, "significant other", "mormor"),
        ("Senait", "Tesfay", None, "significant other", "kontaktperson"),
        ("Mattias", "Lövgren", None, "professional", "samordnare"),
        ("Ingrid", "Vallin", None, "professional", "psykiater"),
    ),
    (
        ("Patrik", "Sundqvist", None, "patient", "patient"),
        ("Marie-Louise", "Sundqvist", "Majlis", "significant other", "mamma"),
        ("Alejandro", "Fuentes", None, "significant other", "vän"),
        ("Charlotte", "Boman", "Lotta", "professional", "kurator"),
        ("Håkan", "Rydell", None, "professional", "sjuksköterska"),
    ),
)

PLACES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Träffpunkt Ekbacken", ("Ekbacken",)),
    ("Sundbymottagningen", ("Sundby mottagning",)),
    ("Källhagens gruppbostad", ("Källhagen",)),
    ("Fontänhuset Norrviken", ("Norrviken",)),
    ("Kafé Lyktan", ("Lyktan",)),
    ("Vårdcentralen Hagaby", ("Hagaby vc",)),
)

# Given names (and a nickname) that are also words; their ordinary uses are in words.py.
WORD_NAMES = ("Love", "Dag", "Stig", "Bo", "Max", "Grace", "May", "Will")
_CODE = "BCDFGHJKLMNPQRSTVWXZ2345679"
_PREFIX = {"patient": "P", "significant other": "S", "professional": "H"}


@dataclass(frozen=True)
class Person:
    entry: NameEntry
    given: str
    family: str
    nickname: str | None
    role: str
    relation: str
    group: int

    @property
    def key(self) -> str:
        return self.entry.key


@dataclass(frozen=True)
class Place:
    entry: NameEntry
    name: str
    alias: str

    @property
    def key(self) -> str:
        return self.entry.key


def _code(rng: random.Random, prefix: str) -> str:
    return prefix + "-" + "".join(rng.choice(_CODE) for _ in range(5))


def make_cast(rng: random.Random) -> tuple[list[Person], list[Place]]:
    people: list[Person] = []
    for group, members in enumerate(GROUPS):
        for given, family, nick, role, relation in members:
            entry = NameEntry(
                key=f"person:{len(people) + 1}",
                canonical=f"{given} {family}",
                tag=f"[{role} {_code(rng, _PREFIX[role])}]",
                aliases=(nick,) if nick else (),
                kind=PERSON,
            )
            people.append(Person(entry, given, family, nick, role, relation, group))
    places = [
        Place(
            NameEntry(
                key=f"place:{i + 1}",
                canonical=name,
                tag=f"[place {_code(rng, 'L')}]",
                aliases=aliases,
                kind=PLACE,
            ),
            name,
            aliases[0],
        )
        for i, (name, aliases) in enumerate(PLACES)
    ]
    return people, places


def exact_forms(people: list[Person], places: list[Place]) -> dict[str, set[str]]:
    """Every spelling that counts as exactly as registered, per registry key."""
    out: dict[str, set[str]] = {}
    for p in people:
        forms = {p.given, p.family, f"{p.given} {p.family}"}
        if p.nickname:
            forms.add(p.nickname)
        out[p.key] = forms
    for pl in places:
        out[pl.key] = {pl.name, pl.alias}
    return out
