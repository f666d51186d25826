"""Small helpers the redactor's rule tests share."""

from __future__ import annotations

from collections.abc import Sequence

from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry


def removed(redactor: Redactor, text: str) -> list[str]:
    """The words a redactor takes out of `text`, in order, as written."""
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


def name_spans(redactor: Redactor, text: str) -> list[str]:
    """The names a redactor finds in `text` (spans of kind "name"), in order, as written."""
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


def date_spans(redactor: Redactor, text: str) -> list[str]:
    """The dates a redactor finds in `text` (spans of kind "date"), in order, as written."""
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "date"]


def covered(redactor: Redactor, text: str, line: str) -> bool:
    """Whether every letter and digit of `line` (as it stands in `text`) lies in a redaction."""
    start = text.index(line)
    spans = redactor.spans(text)
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(line))
        if text[i].isalnum()
    )


def numbered_redactor(names: Sequence[str]) -> Redactor:
    """A redactor whose registry holds one person per name, the i-th keyed "p<i>" and tagged
    "[P<i>]", so a test can say whose tag a span carries."""
    entries = [
        NameEntry(key=f"p{i}", canonical=name, tag=f"[P{i}]", aliases=())
        for i, name in enumerate(names)
    ]
    return Redactor(Registry(entries))


def name_tags(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    """Each name span of `text` as written, with the tag it is replaced by."""
    return [(text[s.start : s.end], s.tag) for s in redactor.spans(text) if s.kind == "name"]
