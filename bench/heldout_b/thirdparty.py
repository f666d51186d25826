"""Third parties nobody registered, each named once: a cousin, a nurse, a handläggare.

Shapes: given name only, family name only, full name, and the same after a title ("dr Sahin",
"kurator Ylva", "Dr. Okafor"); templates put them in context ("X från socialtjänsten", "X from
the housing office", "called X"). Sources: every source in `names.SOURCES`, and now and then a
name left in its own script (Cyrillic or Greek, as pasted from a signature). Facets:
"unregistered/<shape>/<source>/<in-faker|not-in-faker>".
"""

from __future__ import annotations

import random

from casebook.deid.registry import ascii_fold
from mimesis import Person
from mimesis.enums import Gender

from bench.heldout_b.mentions import TITLES
from bench.heldout_b.names import SOURCES, NameSource, in_faker, stable_seed
from bench.heldout_b.pieces import Mark, Piece

SHAPES = {"given": 30, "family": 18, "full": 52}
TITLED = {"family": 55, "full": 30, "given": 15}
_NATIVE = ("ru", "el", "uk")


class ThirdParties:
    def __init__(self, seed: int, rng: random.Random, names: NameSource, taken: set[str]) -> None:
        self.rng = rng
        self.names = names
        self.taken = taken
        self._native = {loc: Person(loc, seed=stable_seed(seed, "native", loc)) for loc in _NATIVE}

    def _pair(self) -> tuple[str, str, str]:
        rng = self.rng
        female = rng.random() < 0.5
        if rng.random() < 0.02:
            loc = rng.choice(_NATIVE)
            gender = Gender.FEMALE if female else Gender.MALE
            person = self._native[loc]
            return person.first_name(gender), person.last_name(gender), f"{loc}-script"
        for _ in range(100):
            source = rng.choice(SOURCES)
            given, family = self.names.pair(source, female)
            words = f"{given} {family}".replace("-", " ").split(" ")
            if all(ascii_fold(w.lower()) not in self.taken for w in words if w):
                return given, family, source
        raise RuntimeError("no unregistered name left")

    def name(self, titled: bool = False, lang: str = "sv", shape: str | None = None) -> list[Piece]:
        """The pieces of one mention: an optional title (outside the span) and the name."""
        rng = self.rng
        table = TITLED if titled else SHAPES
        shape = shape or rng.choices(list(table), list(table.values()))[0]
        given, family, source = self._pair()
        written = {"given": given, "family": family, "full": f"{given} {family}"}[shape]
        known = "in-faker" if in_faker(written) else "not-in-faker"
        pieces: list[Piece] = []
        if titled:
            pieces.append(rng.choice(TITLES[lang]) + " ")
            shape = f"title+{shape}"
        form = f"unregistered/{shape}/{source}/{known}"
        pieces.append(Mark(written, "name", form))
        return pieces
