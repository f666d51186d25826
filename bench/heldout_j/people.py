"""Held-out J's registry (people and places) and the ways a note writes a person's name:
exactly, with one slip, in lower case or capitals, with an invisible character inside, and
inflected (a Scandinavian genitive, an English possessive, Finnish case endings).

Names come from @faker-js/faker's locales (data/names.tsv): the Nordic countries, English,
and the countries most people who moved to the Nordics come from that faker-js covers in
Latin script (Poland, Turkey, the Kurdish Kurmanji locale, Croatia and Serbia, Ukraine and
Russia romanised, Azerbaijan, Uzbekistan, Nigeria, India, Vietnam...), and romanised
Arabic, Persian, Bosnian, Albanian and Pakistani names from a CC0 list of the most common
names by country (build_pools.py). Some registered people are called
by a word that is also an ordinary word in one of the notes' languages.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from casebook.deid.registry import PERSON, PLACE, NameEntry

from bench.heldout_j.values import table

# Given names that are also words in a note's language: (name, the language it is a word in).
WORD_NAMES = (
    "May",
    "Will",
    "Hope",
    "Mark",
    "Rose",
    "Love",
    "Per",
    "Bo",
    "Sten",
    "Even",
    "Onni",
    "Satu",
    "Toivo",
    "Tuuli",
    "Grace",
    "Bill",
)
NICKNAMES = {
    "Aleksandra": "Ola",
    "Mohammed": "Mo",
    "Katarzyna": "Kasia",
    "Oleksandr": "Sasha",
    "Elisabeth": "Lisbeth",
    "Johannes": "Jojje",
    "Kristoffer": "Kris",
    "Maximilian": "Max",
}
LOCALE_WEIGHTS = {
    "sv": 22,
    "fi": 6,
    "nb_NO": 5,
    "da": 4,
    "en_GB": 4,
    "en_US": 2,
    "pl": 5,
    "tr": 4,
    "ku_kmr_latin": 5,
    "hr": 3,
    "sr_RS_latin": 3,
    "uk": 4,
    "ru": 2,
    "az": 2,
    "uz_UZ_latin": 1,
    "en_NG": 2,
    "yo_NG": 1,
    "en_IN": 2,
    "vi": 1,
    "de": 3,
    "fr": 1,
    "es": 1,
    "pt_BR": 1,
    "ro": 1,
    "hu": 1,
    "lv": 1,
    "cs_CZ": 1,
    "nl": 1,
    "it": 1,
    "id_ID": 1,
    "sk": 1,
    "sl_SI": 1,
    "en_IE": 1,
    "cc0-arab": 7,
    "cc0-iran": 3,
    "cc0-bosnia": 2,
    "cc0-albania": 2,
    "cc0-pakistan": 1,
}
PLACES = (
    ("Träffpunkt Nyckelpigan", "Nyckelpigan"),
    ("Fyrbåkens dagverksamhet", "Fyrbåken"),
    ("Café Vindrosen", "Vindrosen"),
    ("Ekhagens boende", "Ekhagen"),
    ("Kvarnstugans fritidsgård", "Kvarnstugan"),
    ("Solbackens vårdcentral", "Solbacken"),
    ("Hamnkrogens mötesplats", "Hamnkrogen"),
)
ROLES = ("deltagare", "anhörig", "kontakt", "personal")


@dataclass(frozen=True)
class Person:
    entry: NameEntry
    given: str
    family: str
    nickname: str | None
    locale: str


@cache
def names_by_locale() -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for loc, part, value in table("names.tsv"):
        out.setdefault(loc, {}).setdefault(part, []).append(value)
    return {loc: {p: tuple(v) for p, v in parts.items()} for loc, parts in sorted(out.items())}


def draw_name(rng: random.Random, avoid: set[str]) -> tuple[str, str, str]:
    """(given, family, locale) by the locale weights, avoiding any word in `avoid`."""
    pools = names_by_locale()
    locales = sorted(LOCALE_WEIGHTS)
    while True:
        loc = rng.choices(locales, [LOCALE_WEIGHTS[x] for x in locales])[0]
        given = rng.choice(pools[loc][rng.choice(("female", "male"))])
        family = rng.choice(pools[loc]["last"])
        words = {w.lower() for w in f"{given} {family}".replace("-", " ").split()}
        if not words & avoid and len(given) > 1 and len(family) > 1:
            return given, family, loc


def build_registry(rng: random.Random, n_people: int = 44) -> tuple[list[Person], list[NameEntry]]:
    people: list[Person] = []
    used: set[str] = {w.lower() for w in WORD_NAMES}
    for i in range(n_people):
        if i < len(WORD_NAMES):
            given, loc = WORD_NAMES[i], "word"
            family = draw_name(rng, used)[1]
        else:
            given, family, loc = draw_name(rng, used)
        used.update(w.lower() for w in f"{given} {family}".replace("-", " ").split())
        nickname = NICKNAMES.get(given) or (
            given[:3] if len(given) >= 7 and rng.random() < 0.2 else None
        )
        if nickname and nickname.lower() in used:
            nickname = None
        if nickname:
            used.add(nickname.lower())
        role = ROLES[i % len(ROLES)]
        entry = NameEntry(
            key=f"person:{i + 1}",
            canonical=f"{given} {family}",
            tag=f"[{role} J{i + 1:02d}]",
            aliases=(nickname,) if nickname else (),
            kind=PERSON,
        )
        people.append(Person(entry, given, family, nickname, loc))
    places = [
        NameEntry(
            key=f"place:{i + 1}",
            canonical=name,
            tag=f"[plats J{i + 1:02d}]",
            aliases=(alias,),
            kind=PLACE,
        )
        for i, (name, alias) in enumerate(PLACES)
    ]
    return people, [p.entry for p in people] + places


_KEYS = "qwertyuiopåasdfghjklöäzxcvbnm"


def slip(rng: random.Random, word: str, forms: set[str]) -> str | None:
    """The word with one typing slip (a swap, a drop, a double, a neighbouring key), or None
    when every slip tried is another registered form or leaves fewer than four letters."""
    for _ in range(8):
        i = rng.randrange(1, len(word))
        how = rng.randrange(4)
        if how == 0 and i < len(word) - 1:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == 1:
            out = word[:i] + word[i + 1 :]
        elif how == 2:
            out = word[:i] + word[i] + word[i:]
        else:
            k = _KEYS.find(word[i].lower())
            if k < 0:
                continue
            out = word[:i] + _KEYS[(k + rng.choice((-1, 1))) % len(_KEYS)] + word[i + 1 :]
        if out != word and out.lower() not in forms and len(out) >= 4:
            return out
    return None


_BACK = set("aou")


def finnish(name: str, case: str) -> str:
    """The suffix a Finnish writer glues onto a name in `case` (vowel harmony; an i after a
    consonant: "Ahmedia", "Ainoa")."""
    stem_i = "" if name[-1].lower() in "aeiouyäö" else "i"
    back = any(c in _BACK for c in name.lower())
    a = "a" if back else "ä"
    return (
        stem_i
        + {
            "fi-gen": "n",
            "fi-par": a if stem_i or name[-1] in "aeiouyäö" else a,
            "fi-all": "lle",
            "fi-ade": f"ll{a}",
            "fi-ela": f"st{a}",
            "fi-ine": f"ss{a}",
        }[case]
    )
