"""Notes typed in a hurry: what held-out C does to the text between the planted pieces.

At level 1 or 2 (of 0-2), a note loses some capitals at sentence starts, gets double spaces,
loses the full stop before a line break (and at its end) and gets typos in ordinary words
(swapped, dropped, doubled letters, a neighbouring key). Planted pieces are never touched, so
their spans stay exact; names can be mistyped only by `mentions` (as planted misspellings).
"""

from __future__ import annotations

import random
import re

from bench.heldout_c.mentions import Mark, Piece, misspell

RATES = {  # level: (lower-case a sentence start, double a space, drop a stop, typo per word)
    0: (0.0, 0.0, 0.0, 0.0),
    1: (0.15, 0.01, 0.35, 0.008),
    2: (0.5, 0.03, 0.85, 0.025),
}
LONG_WORD = re.compile(r"[^\W\d_]{5,}")
START = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?]  )|(?<=\n))([A-ZÅÄÖ])(?=[a-zåäö ])")


def merge(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if isinstance(piece, str) and out and isinstance(out[-1], str):
            out[-1] += piece
        elif piece:
            out.append(piece)
    return out


def hurry(rng: random.Random, pieces: list[Piece], level: int) -> list[Piece]:
    lower, double, stop, typo = RATES[level]
    if not level:
        return merge(pieces)
    out: list[Piece] = []
    for piece in merge(pieces):
        if isinstance(piece, Mark):
            out.append(piece)
            continue
        text = piece
        follows_stop = not out or _ends_sentence(out[-1])
        text = START.sub(lambda m: m.group(1).lower() if rng.random() < lower else m.group(1), text)
        if follows_stop and text[:1].isupper() and text[1:2].islower() and rng.random() < lower:
            text = text[0].lower() + text[1:]
        text = re.sub(r"\.(?=\n)", lambda m: "" if rng.random() < stop else ".", text)
        text = LONG_WORD.sub(lambda m: misspell(rng, m.group())[0] if rng.random() < typo
                             else m.group(), text)  # fmt: skip
        text = re.sub(r"(?<=\S) (?=\S)", lambda m: "  " if rng.random() < double else " ", text)
        out.append(text)
    if out and isinstance(out[-1], str) and out[-1].endswith(".") and rng.random() < stop:
        out[-1] = out[-1][:-1]
    return out


def _ends_sentence(piece: Piece) -> bool:
    text = (piece if isinstance(piece, str) else piece.text).rstrip(" ")
    return not text or text[-1] in ".!?\n"
