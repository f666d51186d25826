"""Small helpers the redactor's rule tests share."""

from __future__ import annotations

from casebook.deid import Redactor


def removed(redactor: Redactor, text: str) -> list[str]:
    """The words a redactor takes out of `text`, in order, as written."""
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


def covered(redactor: Redactor, text: str, line: str) -> bool:
    """Whether every letter and digit of `line` (as it stands in `text`) lies in a redaction."""
    start = text.index(line)
    spans = redactor.spans(text)
    return all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(line))
        if text[i].isalnum()
    )
