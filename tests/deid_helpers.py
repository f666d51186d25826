"""Small helpers the redactor's rule tests share."""

from __future__ import annotations

from casebook.deid import Redactor


def removed(redactor: Redactor, text: str) -> list[str]:
    """The words a redactor takes out of `text`, in order, as written."""
    return [text[s.start : s.end] for s in redactor.redact(text).spans]
