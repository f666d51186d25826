"""One note of held-out G as it is written: literal text, planted identifiers at their offsets,
and every ordinary use of a word that is also a registered given name."""

from __future__ import annotations

import re

from tests.deid_corpus import Ordinary, Planted

# Words that are the given names of registered people ("Love", "Per", "Inga") and ordinary
# words in English or Swedish: every use of one in literal text is recorded as ordinary.
HOMOGRAPHS = ("love", "may", "mark", "per", "rose", "bill", "will", "bo", "dag", "max", "inga",
              "hope")  # fmt: skip
HOMOGRAPH_WORDS = re.compile(r"\b(" + "|".join(HOMOGRAPHS) + r")\b", re.IGNORECASE)


class Note:
    def __init__(self, index: int) -> None:
        self.index = index
        self.parts: list[str] = []
        self.length = 0
        self.planted: list[Planted] = []
        self.ordinary: list[Ordinary] = []
        self._tail = ""

    def add(self, text: str) -> None:
        """Literal text; ordinary uses of homograph words in it are recorded."""
        for m in HOMOGRAPH_WORDS.finditer(text):
            before = (self._tail + text[: m.start()]).rstrip(" \t\"'(-*•>")
            where = "initial" if not before or before[-1] in ".!?:\n" else "inner"
            self.ordinary.append(
                Ordinary(
                    self.index,
                    self.length + m.start(),
                    self.length + m.end(),
                    m.group(),
                    f"homograph/{where}",
                )  # fmt: skip
            )
        self._append(text)

    def plant(self, text: str, kind: str, form: str, key: str | None = None,
              exact: bool = False) -> None:  # fmt: skip
        self.planted.append(
            Planted(self.index, self.length, self.length + len(text), kind, form, text, exact, key)
        )
        self._append(text)

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)
        self._tail = (self._tail + text)[-4:]

    @property
    def at_line_start(self) -> bool:
        return not self._tail or self._tail.endswith("\n")

    @property
    def ends_in_word(self) -> bool:
        return self._tail[-1:].isalnum()

    def text(self) -> str:
        return "".join(self.parts)
