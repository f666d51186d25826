"""A note is a list of pieces: plain text or a `Mark` (an identifier). Assembling the pieces
records exactly where each identifier lies; afterwards every standalone word outside the
identifiers that is also a registered name form (or one of D's planned homographs) is
recorded as `Ordinary`: a word a redactor must leave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.deid_corpus import Ordinary, Planted


@dataclass(frozen=True, slots=True)
class Mark:
    text: str
    kind: str
    form: str
    exact: bool = False
    key: str | None = None


Piece = str | Mark

_WORD = re.compile(r"[^\W\d_]+")
_OPENERS = set(".!?:;\n•*>–-\"'“”()[]|")


def size(pieces: list[Piece]) -> int:
    return sum(len((p.text if isinstance(p, Mark) else p).encode("utf-8")) for p in pieces)


def count(pieces: list[Piece]) -> int:
    return sum(isinstance(p, Mark) for p in pieces)


def assemble(index: int, pieces: list[Piece]) -> tuple[str, list[Planted]]:
    out: list[str] = []
    planted: list[Planted] = []
    at = 0
    for piece in pieces:
        if isinstance(piece, Mark):
            end = at + len(piece.text)
            planted.append(
                Planted(index, at, end, piece.kind, piece.form, piece.text, piece.exact, piece.key)
            )
            out.append(piece.text)
            at = end
        else:
            out.append(piece)
            at += len(piece)
    return "".join(out), planted


def _initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in _OPENERS:
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(re.fullmatch(r"\s*(\d{1,2}[:.]\d{2}\s*[-–]?|[IR]:|\w+:)?\s*", line))


def ordinary_uses(
    index: int, text: str, planted: list[Planted], forms: set[str], planned: set[str]
) -> list[Ordinary]:
    """Standalone words outside planted spans that a registry form or a planned homograph
    spells (lower case compared): `homograph/initial|inner/planned|incidental`."""
    spans = sorted((p.start, p.end) for p in planted)
    out = []
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word not in forms and word not in planned:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        where = "initial" if _initial(text, m.start()) else "inner"
        kind = "planned" if word in planned else "incidental"
        out.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}/{kind}"))
    return out
