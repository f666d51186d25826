"""Filling lines with identifiers and distractors at the density the caller asked for.

`Writer.line(lang, case)` gives the pieces of one line: one with identifiers while the
corpus so far holds fewer than `per_kb` per 1,000 bytes, a filler line (distractors and
ordinary words only) otherwise.
"""

from __future__ import annotations

import random
import re
from collections import deque

from bench.validation_d import contacts, lines_en, lines_sv, numbers
from bench.validation_d.distract import SLOTS, trap
from bench.validation_d.mentions import Mentions
from bench.validation_d.names import stable_seed
from bench.validation_d.pieces import Mark, Piece, count, size
from bench.validation_d.study import HOMOGRAPH_WORDS, Person, Study

SLOT = re.compile(r"\{(\w+)\}")
LINES = {
    "sv": (lines_sv.IDENTIFYING, lines_sv.FILLER),
    "en": (lines_en.IDENTIFYING, lines_en.FILLER),
}
# How often each kind of identifying line is chosen, by a slot it holds.
GROUPS = {
    "P": 24,
    "Pg": 8,
    "U": 14,
    "Ut": 5,
    "L": 5,
    "PH": 10,
    "EM": 5,
    "URL": 3,
    "PN": 6,
    "AD": 8,
    "D": 12,
}
_CUED = re.compile(r"(ring|nås på|nr|call|reached on|voicemail on|Landlord|Hyresvärden|: )\W*$")


class Writer:
    def __init__(self, seed: int, study: Study, per_kb: float) -> None:
        self.rng = random.Random(stable_seed(seed, "writer"))
        self.study = study
        self.per_kb = per_kb
        self.mentions = Mentions(self.rng, study.taken)
        self.homographs = [p for p in study.people if p.given.lower() in HOMOGRAPH_WORDS]
        self.planted = 0
        self.bytes = 0
        self.recent: deque[str] = deque(maxlen=12)
        self.groups = {
            lang: {g: [t for t in ident if "{" + g + "}" in t] for g in GROUPS}
            for lang, (ident, _filler) in LINES.items()
        }

    def behind(self) -> bool:
        return self.planted < self.per_kb * self.bytes / 1000

    def account(self, pieces: list[Piece]) -> list[Piece]:
        self.bytes += size(pieces)
        self.planted += count(pieces)
        return pieces

    def line(self, lang: str, case: int) -> list[Piece]:
        filler = LINES[lang][1]
        for _ in range(5):
            if self.behind():
                group = self.rng.choices(list(GROUPS), list(GROUPS.values()))[0]
                template = self.rng.choice(self.groups[lang][group])
            else:
                template = self.rng.choice(filler)
            if template not in self.recent:
                break
        self.recent.append(template)
        return self.fill(template, lang, case)

    def fill(self, template: str, lang: str, case: int) -> list[Piece]:
        pieces: list[Piece] = []
        used: set[str] = set()
        at = 0
        for m in SLOT.finditer(template):
            if m.start() > at:
                pieces.append(template[at : m.start()])
            pieces += self.slot(m.group(1), lang, case, used, template[: m.start()])
            at = m.end()
        if template[at:]:
            pieces.append(template[at:])
        return self.account(pieces)

    def person(self, case: int, used: set[str] | None = None) -> Person:
        for _ in range(10):
            pool = self.homographs if self.rng.random() < 0.2 else self.study.of_case(case)
            chosen = self.rng.choice(pool)
            if used is None or chosen.key not in used:
                break
        if used is not None:
            used.add(chosen.key)
        return chosen

    def owner(self, case: int) -> tuple[str, str]:
        if self.rng.random() < 0.65:
            p = self.person(case)
            return p.given, p.family
        written = self.mentions.third("en")[0]
        assert isinstance(written, Mark)
        words = written.text.split(" ")
        return words[0], words[-1]

    def slot(self, slot: str, lang: str, case: int, used: set[str], before: str) -> list[Piece]:
        rng = self.rng
        if slot in SLOTS:
            return [trap(rng, slot, lang)]
        if slot == "P":
            return self.mentions.registered(self.person(case, used), lang)
        if slot == "Pg":
            return self.mentions.genitive(self.person(case, used), lang)
        if slot in ("U", "Ut"):
            return self.mentions.third(lang, titled=slot == "Ut")
        if slot == "L":
            return [self.place()]
        if slot == "PH":
            written, facets = numbers.phone(rng)
            return [Mark(written, "phone", f"{facets}/{'cue' if _CUED.search(before) else 'bare'}")]
        if slot in ("EM", "URL"):
            make = contacts.email if slot == "EM" else contacts.url
            written, form = make(rng, *self.owner(case))
            return [Mark(written, "email" if slot == "EM" else "url", form)]
        if slot == "PN":
            written, form = numbers.personnummer(rng)
            return [Mark(written, "personnummer", f"pnr/{form}")]
        if slot == "AD":
            written, form = contacts.address(rng)
            return [Mark(written, "address", form)]
        if slot == "D":
            weekday, written, form = numbers.date(rng, lang)
            return (
                [weekday, Mark(written, "date", form)] if weekday else [Mark(written, "date", form)]
            )
        raise KeyError(slot)

    def place(self) -> Mark:
        place = self.rng.choice(self.study.places)
        style = self.rng.choices(["exact", "alias", "lower"], [45, 40, 15])[0]
        written = place.alias if style == "alias" and place.alias else place.name
        if style == "lower":
            written = written.lower()
        elif written == place.name:
            style = "exact"
        return Mark(written, "place", f"place/{style}", style != "lower", place.key)
