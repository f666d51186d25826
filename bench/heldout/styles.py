"""The styles a note is written in, their sentence pools, and how each joins its sentences."""

from __future__ import annotations

import random

from bench.heldout import templates_en as en
from bench.heldout import templates_sv as sv
from bench.heldout.people import Piece


def lines(*blocks: str) -> list[str]:
    return [line for block in blocks for line in block.strip().splitlines() if line.strip()]


STYLES: dict[str, tuple[list[str], list[str], tuple[str, ...]]] = {
    # style: (sentences with identifiers, where to borrow a missing slot kind, filler languages)
    "narrative": (lines(en.NARRATIVE), lines(en.NARRATIVE), ("en",)),
    "shorthand": (lines(en.SHORTHAND), lines(en.NARRATIVE), ("en",)),
    "observer": (lines(en.OBSERVER), lines(en.NARRATIVE), ("en",)),
    "quotes": (lines(en.QUOTES, en.NARRATIVE), lines(en.NARRATIVE), ("en",)),
    "bullets": (lines(en.BULLETS, en.SHORTHAND), lines(en.NARRATIVE), ("en",)),
    "swedish": (lines(sv.SWEDISH), lines(sv.SWEDISH), ("sv",)),
    "mixed": (lines(en.NARRATIVE, sv.SWEDISH), lines(en.NARRATIVE), ("en", "sv")),
    "runon": (lines(en.NARRATIVE), lines(en.NARRATIVE), ("en",)),
    "email": (lines(en.NARRATIVE, sv.SWEDISH), lines(en.NARRATIVE), ("en", "sv")),
}
FILLER = {
    "en": (
        lines(en.FILLER),
        lines(en.HOMOGRAPH),
        lines(en.TRAPS),
        (en.SUBJECTS, en.PREDICATES, en.WHEN),
    ),
    "sv": (
        lines(sv.SWEDISH_FILLER),
        lines(sv.SWEDISH_HOMOGRAPH),
        lines(sv.SWEDISH_TRAPS),
        (sv.SWEDISH_SUBJECTS, sv.SWEDISH_PREDICATES, sv.SWEDISH_WHEN),
    ),
}
STYLE_WEIGHTS = {
    "narrative": 22, "shorthand": 12, "observer": 12, "quotes": 8, "bullets": 8,
    "swedish": 14, "mixed": 8, "runon": 6, "email": 10,
}  # fmt: skip
CONNECTORS = (", and then ", " and ", " - ", ", ", " so ", " but ")
BULLET_MARKS = ("- ", "• ", "* ", "– ", "· ")


def join(rng: random.Random, style: str, body: list[list[Piece]]) -> list[Piece]:
    """The sentences of one cell joined as the style writes them."""
    out: list[Piece] = []
    if style == "bullets":
        mark = rng.choice(BULLET_MARKS)
        for index, sentence in enumerate(body):
            out += [("\n" if index else "", None), (mark, None), *sentence]
        return [p for p in out if p[0]]
    if style == "runon":
        for index, sentence in enumerate(body):
            if index:
                out[-1] = _strip_stop(out[-1])
                out.append((rng.choice(CONNECTORS), None))
                sentence = _lower_first(sentence)
            out += sentence
        return out
    line_break = style in ("observer", "shorthand") and rng.random() < 0.6
    for index, sentence in enumerate(body):
        if index:
            if line_break:
                out.append(("\n", None))
            else:
                out.append(("\n\n" if rng.random() < 0.12 else " ", None))
        if style == "observer" and rng.random() < 0.3:
            out.append((f"{rng.randrange(9, 16)}{rng.choice('.:')}{rng.randrange(60):02d} ", None))
        out += sentence
    return out


def _strip_stop(piece: Piece) -> Piece:
    text, mark = piece
    if mark is None and text.endswith("."):
        return text[:-1], None
    return piece


def _lower_first(sentence: list[Piece]) -> list[Piece]:
    text, mark = sentence[0]
    if mark is None and text[:1].isupper() and not text.startswith(("I ", "I'", "PHQ")):
        return [(text[0].lower() + text[1:], None), *sentence[1:]]
    return sentence
