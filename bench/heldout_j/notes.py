"""Laying out one note: units (sentences made of plain text and identifiers) written as
prose, one item per line, bullets or timed observations, with every identifier's offsets."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from tests.deid_corpus import Ordinary, Planted


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str | None = None  # None: plain text
    form: str = ""
    exact: bool = False
    key: str | None = None


Unit = list[Piece]
STYLES = ("prose", "items", "bullets", "timed")


@dataclass
class Note:
    index: int
    parts: list[str] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)
    length: int = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def unit(self, unit: Unit) -> None:
        for piece in unit:
            if piece.kind is not None:
                self.planted.append(Planted(self.index, self.length, self.length + len(piece.text),
                                            piece.kind, piece.form, piece.text, piece.exact,
                                            piece.key))  # fmt: skip
            self.write(piece.text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def lay_out(rng: random.Random, index: int, heading: str, units: list[Unit]) -> Note:
    note = Note(index)
    style = rng.choice(STYLES)
    note.write(heading + ("\n\n" if rng.random() < 0.6 else "\n"))
    minute = rng.randint(8 * 60, 15 * 60)
    run = 0
    for i, unit in enumerate(units):
        if style == "prose":
            if i and run >= rng.randint(2, 5):
                note.write("\n\n")
                run = 0
            elif i:
                note.write(" ")
            run += 1
        elif style == "items":
            note.write("\n" if i else "")
        elif style == "bullets":
            note.write(("\n" if i else "") + rng.choice(("- ", "• ", "* ")))
        else:
            minute += rng.randint(2, 17)
            note.write(("\n" if i else "") + f"{minute // 60:02d}:{minute % 60:02d} ")
        note.unit(unit)
    note.write("\n")
    return note


_WORD = re.compile(r"[^\W\d_]+")


def ordinary_words(note: Note, forms: frozenset[str]) -> list[Ordinary]:
    """Every word of the note outside its identifiers that is written like a registered
    person's given name, family name or alias: an ordinary use of a name-like word."""
    text = note.text
    out = []
    for m in _WORD.finditer(text):
        if m.group().lower() not in forms:
            continue
        if any(p.start < m.end() and m.start() < p.end for p in note.planted):
            continue
        before = text[: m.start()].rstrip(" \t\u00a0")
        initial = (not before or before[-1] in ".!?:\n-•*«\"" or
                   re.search(r"\n\d\d:\d\d$", "\n" + before[-6:]) is not None)  # fmt: skip
        where = "initial" if initial else "inner"
        out.append(Ordinary(note.index, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out
