"""A note is a list of pieces: plain text or a `Mark` (an identifier). Assembling the pieces
records exactly where each identifier lies; afterwards every standalone word outside the
identifiers that is also a registered name form (or one of D's planned homographs) is
recorded as `Ordinary`: a word a redactor must leave.
"""

from __future__ import annotations

import re

# The plumbing from pieces to planted spans is validation B's (one copy of the bookkeeping the
# scorer relies on); what D writes, and which words it counts as ordinary, are its own.
from bench.heldout_b.pieces import Mark, Piece
from bench.heldout_b.pieces import assemble as assemble  # the package assembles through here
from tests.deid_corpus import Ordinary, Planted

_WORD = re.compile(r"[^\W\d_]+")
_OPENERS = set(".!?:;\n•*>–-\"'“”()[]|")


def size(pieces: list[Piece]) -> int:
    return sum(len((p.text if isinstance(p, Mark) else p).encode("utf-8")) for p in pieces)


def count(pieces: list[Piece]) -> int:
    return sum(isinstance(p, Mark) for p in pieces)


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
