"""One free text of a release, redacted, with everything the build must record about it.

Redacting a text (`analyse`) is pure: the same text and redactor always give the same
`Cleaned`. What the build does with it (counting the redactions, listing words for review,
logging near misses privately) happens afterwards, in the main process, in the order the texts
occur (`TextCleaner.apply`). So a text can be redacted in a worker process, or taken from the
cache of an earlier build, and the release, its review list and its private log come out the
same as if it had been redacted on the spot."""

from __future__ import annotations

import json
from dataclasses import dataclass

from casebook.deid import Redaction, Redactor, name_candidates


@dataclass(frozen=True, slots=True)
class Noticed:
    """A word that looks like a name: `redacted` when the redactor replaced it (`[name]`),
    else left in the text for review. `snippet` is redacted context (private)."""

    word: str
    snippet: str
    redacted: bool


@dataclass(frozen=True, slots=True)
class NearMiss:
    """A word taken for a misspelt registered name: (word, registry key) and its context."""

    word: str
    key: str
    tag: str
    context: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    counts: tuple[tuple[str, int], ...] = ()
    noticed: tuple[Noticed, ...] = ()
    near_misses: tuple[NearMiss, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            [
                self.text,
                self.counts,
                [[n.word, n.snippet, n.redacted] for n in self.noticed],
                [[m.word, m.key, m.tag, m.context] for m in self.near_misses],
            ],
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, data: str) -> Cleaned:
        text, counts, noticed, near = json.loads(data)
        return cls(
            text,
            tuple((kind, count) for kind, count in counts),
            tuple(Noticed(w, s, bool(r)) for w, s, r in noticed),
            tuple(NearMiss(*m) for m in near),
        )


def analyse(redactor: Redactor, text: str) -> Cleaned:
    """The redacted text, its redaction counts, the words that look like names (in text
    order) and the near misses of registered names (with their private context)."""
    redaction = redactor.redact(text)
    noticed = tuple(
        Noticed(c.word, c.snippet, c.redacted)
        for c in name_candidates(text, redactor, redaction=redaction)
    )
    near = tuple(
        NearMiss(
            redaction.source[span.start : span.end],
            span.key or "/".join(span.candidates),
            span.tag,
            _context(redaction, span),
        )
        for span in redaction.near_misses
    )
    return Cleaned(redaction.text, tuple(redaction.counts_by_kind.items()), noticed, near)


def analyse_many(redactor: Redactor, texts: list[str]) -> list[Cleaned]:
    return [analyse(redactor, text) for text in texts]


def _context(redaction: Redaction, span: object) -> str:
    """The redacted text around a span, with the span's own word shown (private log only)."""
    source = redaction.source
    start, end = span.start, span.end  # type: ignore[attr-defined]
    left, right = max(0, start - 40), min(len(source), end + 40)
    pieces, position = [], left
    for other in redaction.spans:
        if other is span or other.end <= left or other.start >= right:
            continue
        pieces += (source[position : max(position, other.start)], other.tag)
        position = max(position, other.end)
    pieces.append(source[position:right])
    return " ".join("".join(pieces).split())
