"""Spans a rule may take back from a finished redaction: a name nobody registered.

`typing_slips.py` ("Neice called") and `clinical_marks.py` ("Monitor CKs") drop spans the
name rules found when the word is no person after all. Only a span tagged `[name]` that no
registered person gave may be dropped: no key, and no candidates it is near when several
registered names are ("Baan").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar


class NameSpan(Protocol):
    """What these rules read of `redactor.Span`."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def tag(self) -> str: ...
    @property
    def key(self) -> str | None: ...
    @property
    def candidates(self) -> tuple[str, ...]: ...


S = TypeVar("S", bound=NameSpan)


def without(spans: Sequence[S], name_tag: str, drop: Callable[[NameSpan], bool]) -> list[S]:
    """`spans` less the strangers' names (module docstring) for which `drop` says so."""
    return [s for s in spans if not (_stranger(s, name_tag) and drop(s))]


def _stranger(span: NameSpan, name_tag: str) -> bool:
    return span.tag == name_tag and span.key is None and not span.candidates
