"""How a note names someone: registered people in every spelling, and strangers named once.

`Mentions.name(variant, case)` returns the pieces of one mention. The variants (and the form
facets they record) are:

- registered, exactly spelled: `given`, `full`, `family` (often after a title), `alias`
  (a nickname), `homograph` (Love, May, Mark, Per, Rose, Bill, Will, Hope, Inga as names);
- registered, not as registered: `lower`, `upper`, `misspelt` (one or two slips), `ascii`
  (diacritics dropped), `invisible` (soft hyphen, zero-width characters, odd spaces, ligatures);
- unregistered third parties, each a new person named once: given name only, family name only,
  full name, title + family name, "X from the housing office".

`possessive(variant, case)` gives "Amira's" / "Amira’s" (exact), "Amiras" (Swedish genitive,
the span is the name without the "s"), and the same for lower case, misspelt and unregistered.
"""

from __future__ import annotations

import random

from bench.heldout.names import HOMOGRAPH_GIVEN
from bench.heldout.people import (
    OFFICES,
    PLACES,
    TITLES,
    Mark,
    Person,
    Piece,
    ascii_typed,
    decorate,
    lexicon_facet,
    misspell,
    registered_words,
    unregistered_name,
)

NAME_VARIANTS = {
    "given": 14, "full": 8, "family": 4, "alias": 3, "homograph": 10, "lower": 8, "upper": 5,
    "misspelt": 10, "ascii": 2, "invisible": 7, "unreg-given": 6, "unreg-full": 6,
    "unreg-title": 5, "unreg-office": 5, "unreg-surname": 2,
}  # fmt: skip
POSSESSIVE_VARIANTS = {
    "possessive": 6, "inflected": 4, "lower": 1, "misspelt": 2, "unregistered": 2,
}  # fmt: skip


class Mentions:
    def __init__(self, rng: random.Random, people: list[Person]) -> None:
        self.rng = rng
        self.people = people
        self.by_case: dict[int, list[Person]] = {}
        for person in people:
            self.by_case.setdefault(person.case, []).append(person)
        self.homograph_people = [p for p in people if p.given in HOMOGRAPH_GIVEN]
        self.avoid = registered_words(people) | {w.lower() for w in HOMOGRAPH_GIVEN}

    def person(self, case: int) -> Person:
        pool = self.by_case.get(case) or self.people
        return self.rng.choice(pool if self.rng.random() < 0.8 else self.people)

    def _plant(self, text: str, form: str, person: Person, exact: bool) -> Piece:
        return text, Mark("name", form, exact, person.key)

    def name(self, variant: str, case: int) -> list[Piece]:
        if variant.startswith("unreg-"):
            return self._unregistered(variant.removeprefix("unreg-"))
        rng = self.rng
        p = self.person(case)
        if variant == "homograph":
            same = [h for h in self.homograph_people if h.case == case]
            p = rng.choice(same or self.homograph_people)
            return [self._plant(p.given, f"homograph/{p.given}", p, True)]
        if variant == "full":
            return [self._plant(p.full, "full/plain", p, True)]
        if variant == "family":
            if rng.random() < 0.5:
                title = rng.choice(TITLES)
                return [(title + " ", None), self._plant(p.family, "family/title", p, True)]
            return [self._plant(p.family, "family/plain", p, True)]
        if variant == "alias" and p.alias:
            return [self._plant(p.alias, "alias/plain", p, True)]
        if variant in ("lower", "upper"):
            # a homograph given name in lower case ("then will rang") is not a name to anyone
            by_given = rng.random() < 0.6 and p.given not in HOMOGRAPH_GIVEN
            text = p.given if by_given else p.full
            shape = "given" if text == p.given else "full"
            text = text.lower() if variant == "lower" else text.upper()
            return [self._plant(text, f"{variant}/{shape}", p, False)]
        if variant == "misspelt":
            return self._misspelt(p)
        if variant == "ascii":
            typed = ascii_typed(p.full)
            if typed != p.full:
                return [self._plant(typed, "ascii/full", p, False)]
        if variant == "invisible":
            alone = rng.random() < 0.5 and p.given not in HOMOGRAPH_GIVEN
            words = [p.given] if alone else [p.given, p.family]
            text, how = decorate(rng, words)
            return [self._plant(text, f"invisible/{how}", p, False)]
        form = f"homograph/{p.given}" if p.given in HOMOGRAPH_GIVEN else "given/plain"
        return [self._plant(p.given, form, p, True)]

    def _misspelt(self, p: Person) -> list[Piece]:
        rng = self.rng
        word = p.given if len(p.given) >= 5 and rng.random() < 0.6 else p.family
        slip = misspell(rng, word, self.avoid)
        if slip is None:
            return [self._plant(p.full, "full/plain", p, True)]
        wrong, ops = slip
        if rng.random() < 0.3:
            text = f"{p.given} {wrong}" if word == p.family else f"{wrong} {p.family}"
            return [self._plant(text, f"misspelt/{ops}/full", p, False)]
        return [self._plant(wrong, f"misspelt/{ops}/word", p, False)]

    def _unregistered(self, shape: str) -> list[Piece]:
        rng = self.rng
        given, family, source = unregistered_name(rng, self.avoid)

        def plant(text: str, *words: str) -> Piece:
            return text, Mark(
                "name", f"unregistered/stranger-{shape}/{source}/{lexicon_facet(*words)}"
            )

        if shape == "given":
            return [plant(given, given)]
        if shape == "surname":
            return [plant(family, family)]
        if shape == "title":
            return [(rng.choice(TITLES) + " ", None), plant(family, family)]
        if shape == "office":
            who = given if rng.random() < 0.5 else f"{given} {family}"
            return [plant(who, *who.split()), (" " + rng.choice(OFFICES), None)]
        return [plant(f"{given} {family}", given, family)]

    def possessive(self, variant: str, case: int) -> list[Piece]:
        rng = self.rng
        if variant == "unregistered":
            pieces = self._unregistered(rng.choice(("given", "full")))
            return [*pieces, ("'s", None)]
        p = self.person(case)
        if variant == "misspelt":
            pieces = self._misspelt(p)
            return [*pieces, ("'s", None)]
        base = p.given if rng.random() < 0.75 else p.full
        if variant == "inflected" and base[-1] not in "sxzSXZ":
            return [self._plant(base, "inflected/s-genitive", p, True), ("s", None)]
        if variant == "lower":
            return [self._plant(base.lower(), "lower/possessive", p, False), ("'s", None)]
        return [self._plant(base, "possessive/apostrophe", p, True), (rng.choice("'’") + "s", None)]

    def place(self, index: int | None = None) -> list[Piece]:
        rng = self.rng
        index = rng.randrange(len(PLACES)) if index is None else index
        name, alias = PLACES[index]
        key = f"place:{index + 1}"
        roll = rng.random()
        if roll < 0.5:
            return [(name, Mark("place", "place/full", True, key))]
        if roll < 0.85:
            return [(alias, Mark("place", "place/alias", True, key))]
        return [(name.lower(), Mark("place", "place/lower", False, key))]
