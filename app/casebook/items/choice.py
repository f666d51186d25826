"""Choice items: `choice` (one value) and `multichoice` (a list of values, each once), from
inline choices or a named list, with "Other, please specify" when the item says `other`
(its text is the separate answer `<id>_other`)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.instruments.model import OTHER, label_text
from casebook.items.base import Cell, Found, ItemKind, Policy, Schema, WidePart, join

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


def _values(instrument: Instrument, item: Any) -> list[str]:
    return [c.value for c in instrument.choices_for(item)]


def _labels(instrument: Instrument, item: Any) -> dict[str, str]:
    return {c.value: label_text(c.label) for c in instrument.choices_for(item)}


def _fakeable(instrument: Instrument, item: Any) -> list[str]:
    return [value for value in _values(instrument, item) if value != OTHER]


class ChoiceKind(ItemKind):
    name = "choice"
    field = "one_choice"
    macro = "radios"
    reader = "choice"
    coded = True

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        values = _values(instrument, item)
        if value not in values or not isinstance(value, str):
            return [(key, f"{value!r} is not one of the choices: {', '.join(values)}")]
        return []

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        return {"type": "string", "enum": _values(instrument, item)}

    @property
    def generic_schema(self) -> Schema:
        return {
            "type": "string",
            "description": "one choice value; with `other`, the text goes in the answer "
            "`<item id>_other`",
        }

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
        yield Cell(item_id, part, value=value, label=_labels(instrument, item).get(value))

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [("", "", str)]

    def codebook_values(self, instrument: Instrument, item: Any) -> Iterator[tuple[str, Any, int]]:
        for position, choice in enumerate(instrument.choices_for(item), start=1):
            yield choice.value, choice.label, position

    def value_labels(self, instrument: Instrument, item: Any) -> dict[str, dict[Any, str]]:
        return {"": _labels(instrument, item)}

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return rng.choice(_fakeable(instrument, item))

    def candidates(self, instrument: Instrument, item: Any) -> list[Any]:
        return _fakeable(instrument, item)


class MultiChoiceKind(ChoiceKind):
    name = "multichoice"
    field = "many_choices"
    macro = "checkboxes"
    reader = "multichoice"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        values = _values(instrument, item)
        if not isinstance(value, list):
            return [(key, "expected a list of choice values")]
        wrong = [v for v in value if not isinstance(v, str) or v not in values]
        if wrong:
            return [(key, f"{wrong[0]!r} is not one of the choices: {', '.join(values)}")]
        if len(set(value)) != len(value):
            return [(key, "a choice is listed twice")]
        return []

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        one = super().answer_schema(instrument, item)
        return {"type": "array", "items": one, "uniqueItems": True}

    @property
    def generic_schema(self) -> Schema:
        return {"type": "array", "items": {"type": "string"}, "uniqueItems": True}

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
        labels = _labels(instrument, item)
        for code in value:
            yield Cell(item_id, join(part, code), value=code, label=labels.get(code))

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [
            (c.value, f": {label_text(c.label)} (1 = chosen, 0 = not; empty: not answered)", int)
            for c in instrument.choices_for(item)
        ]

    def value_labels(self, instrument: Instrument, item: Any) -> dict[str, dict[Any, str]]:
        return {c.value: {1: "chosen", 0: "not chosen"} for c in instrument.choices_for(item)}

    def wide_answered(self, instrument: Instrument, item: Any, value: Any) -> dict[str, Any]:
        # An answered multichoice says "no" to every option it does not tick: 0, not NULL.
        if not isinstance(value, list):
            return {}
        return {c.value: 0 for c in instrument.choices_for(item)}

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        values = _fakeable(instrument, item)
        return rng.sample(values, rng.randint(1, min(3, len(values))))

    def candidates(self, instrument: Instrument, item: Any) -> list[Any]:
        return []


CHOICE = ChoiceKind()
MULTICHOICE = MultiChoiceKind()
