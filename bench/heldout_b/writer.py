"""Filling sentence templates with identifiers, at the density the caller asked for.

`Writer.sentence(lang, case)` returns the pieces of one sentence: one with identifiers while
the corpus so far holds fewer than `per_kb` per 1,000 bytes, a filler (traps and ordinary
words only) otherwise. Slots are listed in `sentences_sv`.
"""

from __future__ import annotations

import random
import re
from collections import deque

from casebook.deid.registry import ascii_fold

from bench.heldout_b import numbers, sentences_en, sentences_sv
from bench.heldout_b.contacts import Contacts
from bench.heldout_b.mentions import NameWriter
from bench.heldout_b.names import NameSource, stable_seed
from bench.heldout_b.people import HOMOGRAPH_WORDS, Person, Study, registered_forms
from bench.heldout_b.phones import Phones
from bench.heldout_b.pieces import Mark, Piece
from bench.heldout_b.thirdparty import ThirdParties
from bench.heldout_b.traps import VALUES, trap

SLOT = re.compile(r"\{(\w+)\}")
# How often each kind of identifier sentence is chosen (by its slot).
GROUPS = {"P": 22, "Pg": 9, "T": 10, "Tt": 6, "L": 5, "PH": 11, "EM": 4, "PN": 7, "AD": 7,
          "ADf": 3, "URL": 4, "D": 12}  # fmt: skip
CUE = re.compile(
    r"(ring|call|tel|mobil|mob|nr|nummer|number|nås på|reached on|voicemail|phone|"
    r"kontakt|contact|sms|meddelande på)\W*$",
    re.IGNORECASE,
)
TEMPLATES = {
    "sv": (sentences_sv.IDENTIFYING, sentences_sv.FILLER),
    "en": (sentences_en.IDENTIFYING, sentences_en.FILLER),
}


class Writer:
    def __init__(self, seed: int, study: Study, per_kb: float) -> None:
        self.rng = random.Random(stable_seed(seed, "writer"))
        self.study = study
        self.per_kb = per_kb
        taken = {ascii_fold(f) for f in registered_forms(study)}
        names = NameSource(seed)
        self.names = NameWriter(self.rng, taken)
        self.third = ThirdParties(seed, self.rng, names, taken)
        self.phones = Phones(seed, self.rng)
        self.contacts = Contacts(seed, self.rng)
        self.homographs = [p for p in study.people if p.given.lower() in HOMOGRAPH_WORDS]
        self.planted = 0
        self.bytes = 0
        self.recent: deque[str] = deque(maxlen=16)
        self.by_group: dict[str, dict[str, list[str]]] = {}
        for lang, (identifying, _filler) in TEMPLATES.items():
            groups: dict[str, list[str]] = {g: [] for g in GROUPS}
            for template in identifying:
                for slot in set(SLOT.findall(template)):
                    if slot in groups:
                        groups[slot].append(template)
            self.by_group[lang] = groups
        self.fillers = {
            lang: ([t.lstrip("~") for t in filler], [0.25 if t[0] == "~" else 1.0 for t in filler])
            for lang, (_identifying, filler) in TEMPLATES.items()
        }

    def behind(self) -> bool:
        return self.planted < self.per_kb * self.bytes / 1000

    def account(self, pieces: list[Piece]) -> None:
        for piece in pieces:
            text = piece.text if isinstance(piece, Mark) else piece
            self.bytes += len(text.encode("utf-8"))
            self.planted += isinstance(piece, Mark)

    def sentence(self, lang: str, case: int) -> list[Piece]:
        rng = self.rng
        for _ in range(6):  # not the same sentence twice in a few lines
            if self.behind():
                group = rng.choices(list(GROUPS), list(GROUPS.values()))[0]
                template = rng.choice(self.by_group[lang][group])
            else:
                fillers, weights = self.fillers[lang]
                template = rng.choices(fillers, weights)[0]
            if template not in self.recent:
                break
        self.recent.append(template)
        pieces = self.fill(template, lang, case)
        self.account(pieces)
        return pieces

    def person(self, case: int, avoid: set[str] | None = None) -> Person:
        rng = self.rng
        for _ in range(10):
            pool = self.homographs if rng.random() < 0.22 else self.study.of_case(case)
            chosen = rng.choice(pool)
            if not avoid or chosen.key not in avoid:
                break
        if avoid is not None:
            avoid.add(chosen.key)
        return chosen

    def fill(self, template: str, lang: str, case: int) -> list[Piece]:
        pieces: list[Piece] = []
        used: set[str] = set()
        at = 0
        for m in SLOT.finditer(template):
            before = template[at : m.start()]
            if before:
                pieces.append(before)
            pieces += self.slot(m.group(1), lang, case, used, template[: m.start()])
            at = m.end()
        if template[at:]:
            pieces.append(template[at:])
        return pieces

    def slot(self, slot: str, lang: str, case: int, used: set[str], before: str) -> list[Piece]:
        rng = self.rng
        if slot in VALUES:
            return [trap(rng, slot, lang)]
        if slot == "P":
            return self.names.registered(self.person(case, used), lang=lang)
        if slot == "Pg":
            return self.names.genitive(self.person(case, used), lang)
        if slot in ("T", "Tt"):
            return self.third.name(titled=slot == "Tt", lang=lang)
        if slot == "L":
            return [self.place()]
        if slot == "PH":
            written, facets = self.phones.number()
            cue = "cue" if CUE.search(before) else "bare"
            return [Mark(written, "phone", f"{facets}/{cue}")]
        if slot in ("EM", "URL"):
            given, family = self.owner(case)
            make = self.contacts.email if slot == "EM" else self.contacts.url
            written, shape = make(given, family)
            return [Mark(written, "email" if slot == "EM" else "url", shape)]
        if slot == "PN":
            written, facets = numbers.personnummer(rng)
            return [Mark(written, "personnummer", facets)]
        if slot in ("AD", "ADf"):
            written, locale = self.contacts.address(foreign=slot == "ADf")
            return [Mark(written, "address", locale)]
        if slot == "D":
            weekday, written, facets = numbers.date(rng, lang)
            return (
                [weekday, Mark(written, "date", facets)]
                if weekday
                else [Mark(written, "date", facets)]
            )
        raise KeyError(f"unknown slot {slot!r}")

    def owner(self, case: int) -> tuple[str, str]:
        """Whose name an e-mail address or URL is made of: someone of the case, or anyone."""
        if self.rng.random() < 0.6:
            p = self.person(case)
            return p.given, p.family
        return self.third.names.pair(self.rng.choice(("sv", "en", "so", "ar", "fi")), True)

    def place(self) -> Mark:
        rng = self.rng
        place = rng.choice(self.study.places)
        style = rng.choices(["exact", "alias", "lower", "ascii"], [40, 35, 15, 10])[0]
        written = place.name
        if style == "alias" and place.alias:
            written = place.alias
        elif style == "lower":
            written = (place.alias or place.name).lower()
        elif style == "ascii" and ascii_fold(written) != written:
            written = ascii_fold(written)
        else:
            style = "exact"
        return Mark(written, "place", f"place/{style}", style in ("exact", "alias"), place.key)
