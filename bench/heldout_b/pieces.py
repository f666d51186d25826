"""A note is written as a list of pieces; assembling it records exactly where each identifier is.

A piece is plain text (`str`) or a `Mark`: an identifier (kind, how it was written, registry
key) whose text becomes a `Planted` span. After assembly every standalone word that is also a
registered name form and lies outside every planted span is recorded as `Ordinary`: it is a
word, and a redactor must leave it.
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
_OPENERS = set(".!?:;\n•*>–-\"'“”„«»()")
# A line that so far holds only a time stamp, a list number or a bullet ("14:05 ", "2) ", "- ").
_LINE_OPENER = re.compile(r"\s*(\d{1,2}[:.]\d{2}|\d{1,2}[.)]|[-*•–])?\s*$")


def assemble(index: int, pieces: list[Piece]) -> tuple[str, list[Planted]]:
    """The text of the pieces and a `Planted` per `Mark`, with its offsets in that text."""
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


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line, a quote or a list item."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if _LINE_OPENER.match(line):
        return True
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in _OPENERS


def ordinary_uses(
    index: int, text: str, planted: list[Planted], forms: dict[str, str], planned: set[str]
) -> list[Ordinary]:
    """Every standalone word outside the planted spans whose lower case is a registered form.

    `forms` maps a lower-case form to the word it is recorded as; `planned` are the words the
    set was written to test (Love, May, Per...): their uses are `homograph/...`, the rest
    (a registered surname that happens to be a word) `homograph/.../incidental`.
    """
    spans = sorted((p.start, p.end) for p in planted)
    out = []
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word not in forms:
            continue
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        where = "initial" if sentence_initial(text, m.start()) else "inner"
        kind = "planned" if word in planned else "incidental"
        out.append(Ordinary(index, m.start(), m.end(), m.group(), f"homograph/{where}/{kind}"))
    return out


def wrap_like_pdf(pieces: list[Piece], width: int, hyphenate: bool) -> list[Piece]:
    """Text copied out of a PDF: hard line breaks near `width`, long words split with a hyphen.

    Breaks fall only in plain text (an identifier is never split across lines, so each
    planted span stays one piece); a long plain word may be hyphenated across the break.
    """
    out: list[Piece] = []
    column = 0
    for piece in pieces:
        if isinstance(piece, Mark):
            out.append(piece)
            column += len(piece.text)
            continue
        chunks: list[str] = []
        for token in re.split(r"( )", piece):
            if token == " " and column >= width:
                chunks.append("\n")
                column = 0
                continue
            if hyphenate and len(token) > 11 and token.isalpha() and column + len(token) > width:
                cut = len(token) // 2
                chunks.append(token[:cut] + "-\n" + token[cut:])
                column = len(token) - cut
                continue
            if "\n" in token:
                column = len(token) - token.rfind("\n") - 1
            else:
                column += len(token)
            chunks.append(token)
        out.append("".join(chunks))
    return out
