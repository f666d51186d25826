"""Text items: `text` (one line) and `longtext` (notes). The answer is a string, at most
`max_length` characters; a release redacts it unless the item says otherwise."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.i18n import _
from casebook.items.base import Cell, Found, ItemKind, Policy, Schema, WidePart, fake_note

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


class TextKind(ItemKind):
    name = "text"
    field = "line_text"
    macro = "textual"
    reader = "text"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        if not isinstance(value, str):
            return [(key, "expected text")]
        if item.max_length and len(value) > item.max_length:
            message = _(
                "at most %(limit)d characters (this has %(length)d)",
                limit=item.max_length,
                length=len(value),
            )
            return [(key, message)]
        return []

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        schema: Schema = {"type": "string"}
        if item.max_length:
            schema["maxLength"] = item.max_length
        return schema

    @property
    def generic_schema(self) -> Schema:
        return {"type": "string"}

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
        yield Cell(item_id, part, text=value if rule == "keep" else policy.clean(value))

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [("", "", str)]

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return rng.choice(["Weekly", "At home", "In the kitchen"])


class LongTextKind(TextKind):
    name = "longtext"
    field = "long_text"

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return fake_note(rng, name)


TEXT = TextKind()
LONGTEXT = LongTextKind()
