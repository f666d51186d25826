"""The registered people and places of the held-out study, and every way a note names them.

A mention is a list of pieces: plain text, or text to plant with its `Mark` (kind, form facets,
exactness, registry key). "Dr " before "Okafor" is plain text; the name alone is planted, as a
redactor is expected to replace the name and may leave the title.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from casebook.deid.registry import NameEntry

from bench.heldout import hidden
from bench.heldout.names import (
    HOMOGRAPH_GIVEN,
    NICKNAMES,
    REGISTERED_FAKER,
    REGISTERED_OWN,
    UNREGISTERED_FAKER,
    UNREGISTERED_OWN,
    every_faker_name,
    faker_names,
    own_names,
)


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str
    form: str
    exact: bool = False
    key: str | None = None


Piece = tuple[str, Mark | None]
CODE = "BCDFGHJKLMNPQRSTVWXZ23456789"  # no vowels: a code never spells a name
ROLES = (("patient", "P"), ("significant other", "S"), ("professional", "H"))
TITLES = ("Dr", "Dr.", "dr", "nurse", "Mrs", "Mr", "Ms", "doktor", "kurator", "Prof.", "pastor")
OFFICES = (
    "from the housing office", "from social services", "at Försäkringskassan", "from the church",
    "from Arbetsförmedlingen", "from the landlord's office", "at the pharmacy", "från kommunen",
    "från bostadsbolaget", "from the Red Cross", "from the union", "at the job centre",
)  # fmt: skip
PLACES = (
    ("Lindängens mottagning", "Lindängen"), ("Solgläntans boende", "Solgläntan"),
    ("Ekhagens dagverksamhet", "Ekhagen"), ("Kafé Tranbäret", "Tranbäret"),
    ("Mottagning Norra Vreten", "Norra Vreten"), ("Huset Fyrbåken", "Fyrbåken"),
    ("Klubbhuset Ankaret", "Ankaret"), ("Vårdavdelning Kastanjen", "Kastanjen"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Person:
    key: str
    given: str
    family: str
    role: str
    tag: str
    case: int
    alias: str | None = None

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _code(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-" + "".join(rng.choice(CODE) for _ in range(4))


def _draw_registered(rng: random.Random) -> tuple[str, str, str]:
    if rng.random() < 0.4:
        group = rng.choice(REGISTERED_OWN)
        given, family = own_names(group)
        return rng.choice(given), rng.choice(family), group
    locale = rng.choice(REGISTERED_FAKER)
    given, family = faker_names(locale)
    return rng.choice(given), rng.choice(family), locale


def make_people(rng: random.Random, n_cases: int) -> list[Person]:
    """Per case a patient, one to three significant others and one or two professionals. The
    first nine people who are not professionals carry the homograph given names."""
    people: list[Person] = []
    homographs = list(HOMOGRAPH_GIVEN)
    seen: set[str] = set()
    for case in range(n_cases):
        roles = ["patient"] + ["significant other"] * rng.randint(1, 3)
        roles += ["professional"] * rng.randint(1, 2)
        for role in roles:
            forced = homographs.pop(0) if role != "professional" and homographs else None
            while True:
                given, family, _source = _draw_registered(rng)
                given = forced or given
                if f"{given} {family}" not in seen:
                    break
            seen.add(f"{given} {family}")
            prefix = dict(ROLES)[role]
            alias = NICKNAMES.get(given)
            if alias is None and rng.random() < 0.15 and len(given) >= 5:
                alias = given[:3] + rng.choice(("e", "i", "an", "sa"))
            people.append(
                Person(
                    key=f"participant:{len(people) + 1}",
                    given=given,
                    family=family,
                    role=role,
                    tag=f"[{role} {_code(rng, prefix)}]",
                    case=case,
                    alias=alias,
                )
            )
    return people


def registry_entries(rng: random.Random, people: list[Person]) -> list[NameEntry]:
    entries = [NameEntry(p.key, p.full, p.tag, (p.alias,) if p.alias else ()) for p in people]
    for index, (name, alias) in enumerate(PLACES):
        tag = f"[place {_code(rng, 'L')}]"
        entries.append(NameEntry(f"place:{index + 1}", name, tag, (alias,), kind="place"))
    return entries


def registered_words(people: list[Person]) -> frozenset[str]:
    words = set()
    for p in people:
        words.update(w.lower() for w in (p.given, p.family, p.alias or "") if w)
        words.update(part.lower() for part in p.family.split("-"))
    return frozenset(words)


def ascii_typed(word: str) -> str:
    """`word` as typed on a keyboard without å, ø, ł, ş...: diacritics dropped."""
    mapped = word.translate(str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i"}))
    decomposed = unicodedata.normalize("NFKD", mapped)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


VOWELS = "aeiouy"


def misspell(rng: random.Random, word: str, avoid: frozenset[str]) -> tuple[str, str] | None:
    """One or two typing slips (transposition, dropped or doubled letter, wrong vowel), never
    the first letter, never yielding a registered word. None for words under five letters."""
    if len(word) < 5:
        return None
    for _ in range(30):
        ops = rng.sample(("transpose", "drop", "double", "vowel"), 1 if rng.random() < 0.75 else 2)
        out = word
        for op in ops:
            i = rng.randrange(1, len(out) - 1)
            if op == "transpose" and out[i] != out[i + 1]:
                out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
            elif op == "drop":
                out = out[:i] + out[i + 1 :]
            elif op == "double" and out[i].isalpha():
                out = out[: i + 1] + out[i] + out[i + 1 :]
            elif op == "vowel":
                spots = [j for j in range(1, len(out)) if out[j] in VOWELS]
                if spots:
                    j = rng.choice(spots)
                    out = out[:j] + rng.choice(VOWELS.replace(out[j], "")) + out[j + 1 :]
        if out != word and out.lower() not in avoid and len(out) >= 4:
            return out, "+".join(ops)
    return None


def unregistered_name(rng: random.Random, avoid: frozenset[str]) -> tuple[str, str, str]:
    """A given name, a family name and the source facet ("de_DE", "kurdish") of a person
    nobody registered."""
    while True:
        if rng.random() < 0.35:
            group = rng.choice(UNREGISTERED_OWN)
            given, family = own_names(group)
            source = group
        else:
            source = rng.choice(UNREGISTERED_FAKER)
            given, family = faker_names(source)
        g, f = rng.choice(given), rng.choice(family)
        if g.lower() not in avoid and f.lower() not in avoid:
            return g, f, source


def lexicon_facet(*words: str) -> str:
    known = every_faker_name()
    return "in-faker" if all(w.lower() in known for w in words) else "not-in-faker"


def decorate(rng: random.Random, words: list[str]) -> tuple[str, str]:
    """A name with an invisible or compatibility character, as pasted from Word or a PDF."""
    if len(words) == 1:
        return hidden.in_word(rng, words[0])
    return hidden.between_words(rng, words)
