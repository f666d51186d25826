"""One note being written, and every span in it recorded as it is written.

A note is built from segments: plain text, a planted identifier (`Mark`) or an ordinary use of
a word that is also a name (`Word`). Offsets are taken as the text is appended, so a label can
never drift from the text it labels. A note typed all in lower case lowers every segment as it
is appended (and so every planted value).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.deid_corpus import Ordinary, Planted


@dataclass(frozen=True, slots=True)
class Mark:
    """A planted identifier: its written text and how to label it."""

    text: str
    kind: str
    form: str
    key: str | None = None


@dataclass(frozen=True, slots=True)
class Word:
    """An ordinary use of a word that is also a name ("per vecka", "Hope is low")."""

    text: str
    form: str


Segment = str | Mark | Word

# What comes right before a word that opens a sentence or a line.
# What may stand before the first word of a line: a time, a bullet, an item number.
_LINE_START = re.compile(
    r"(\[?\+?[\d:.]*\]?:?\s*(min\s+)?|sms [\d:]+:\s*|[-*•]\s*(\[.?\]\s*)?"
    r"|\[.?\]\s*|§\d+\s*|\d+\.\s*)"
)
_OPENERS = (". ", "! ", "? ", "\n", "- ", "* ", "• ", ": ", "; ", "/ ", "– ", "] ", "min ")


class Note:
    def __init__(self, index: int, exact_forms: dict[str, set[str]], *, lower: bool) -> None:
        self.index = index
        self.exact_forms = exact_forms
        self.lower = lower
        self.parts: list[str] = []
        self.length = 0
        self.bytes = 0
        self.planted: list[Planted] = []
        self.ordinary: list[Ordinary] = []

    def _add(self, text: str) -> str:
        if self.lower:
            low = text.lower()
            text = low if len(low) == len(text) else text
        self.parts.append(text)
        self.length += len(text)
        self.bytes += len(text.encode())
        return text

    def tail(self, n: int = 4) -> str:
        out = ""
        for part in reversed(self.parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:]

    def _opens(self) -> bool:
        """Whether the next word opens a sentence or a line (after a time, bullet or number)."""
        tail = self.tail(60)
        line = tail.rsplit("\n", 1)[-1] if "\n" in tail or self.length <= 60 else None
        if line is not None and _LINE_START.fullmatch(line):
            return True
        return tail.endswith(_OPENERS)

    def write(self, segments: list[Segment]) -> int:
        """Append segments; return how many identifiers were planted."""
        planted = 0
        for seg in segments:
            if isinstance(seg, str):
                self._add(seg)
            elif isinstance(seg, Mark):
                start = self.length
                written = self._add(seg.text)
                exact = seg.kind == "name" and written in self.exact_forms.get(seg.key or "", ())
                self.planted.append(
                    Planted(
                        self.index, start, self.length, seg.kind, seg.form, written, exact, seg.key
                    )
                )
                planted += 1
            else:
                start = self.length
                initial = self._opens()
                where = "initial" if initial else "inner"
                written = self._add(seg.text)
                self.ordinary.append(
                    Ordinary(
                        self.index, start, self.length, written, f"homograph/{where}/{seg.form}"
                    )
                )
        return planted

    def text(self) -> str:
        return "".join(self.parts)
