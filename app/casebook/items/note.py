"""Notes (`note`): text shown to the interviewer or observer. A note takes no answer, so it
has no checks, schema, release columns or fake value; the form shows it with its macro."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn

from casebook.items.base import Cell, ItemKind, Policy, Schema, WidePart

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


def _no_answer(item: Any = None) -> NoReturn:
    raise ValueError("a note takes no answer")


class NoteKind(ItemKind):
    name = "note"
    takes_answer = False
    field = ""  # no form field
    macro = "note"
    reader = ""  # nothing to read

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> list:
        return [(key, "this item is a note and takes no answer")]

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        _no_answer()

    @property
    def generic_schema(self) -> Schema:
        _no_answer()

    def cells(
        self,
        instrument: Instrument,
        item: Any,
        item_id: str,
        part: str,
        value: Any,
        policy: Policy,
        rule: str,
    ) -> Iterator[Cell]:
        return iter(())

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return []

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return None


NOTE = NoteKind()
