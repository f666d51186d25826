"""Scale items (`scale`): a whole number on a scale with labelled anchors, or "not_observed"
where the scale offers it. Checklist rows score on the same kind of scale (see checklist.py)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.instruments.checklists import BLANK_LABELS, LEFT_OUT, NOT_OBSERVED
from casebook.instruments.model import Scale, label_text
from casebook.items.base import Cell, Found, ItemKind, Policy, Schema, WidePart, numeric

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument

# The shape of a point on any scale (the generic schemas of scale items and checklist rows).
ANY_POINT: Schema = {
    "anyOf": [{"type": "integer"}, {"const": NOT_OBSERVED}],
    "description": 'a whole number on the item\'s scale, or "not_observed" where the '
    "scale offers it",
}


def point_problems(scale: Scale, path: str, value: Any, row: bool = False) -> Found:
    """A point of the scale, "not_observed" where the scale offers it, and for a checklist
    row also "left_out"."""
    if value == NOT_OBSERVED and scale.not_observed:
        return []
    if row and value == LEFT_OUT:
        return []
    if isinstance(value, int) and not isinstance(value, bool) and scale.min <= value <= scale.max:
        return []
    words = [f"a whole number from {scale.min} to {scale.max}"]
    words += ['"not_observed"'] if scale.not_observed else []
    words += ['"left_out"'] if row else []
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
    return [(path, f"expected {listed}")]


def scale_schema(scale: Scale) -> Schema:
    """A point on this scale, or "not_observed" where the scale offers it."""
    number = {"type": "integer", "minimum": scale.min, "maximum": scale.max}
    if not scale.not_observed:
        return number
    return {"anyOf": [number, {"const": NOT_OBSERVED}]}


def scale_cell(scale: Scale, item_id: str, part: str, value: Any) -> Cell:
    if value == NOT_OBSERVED:
        return Cell(item_id, part, value=None, label=BLANK_LABELS[NOT_OBSERVED])
    return Cell(item_id, part, value=value, label=label_text(scale.anchors.get(value)) or None)


def scale_values(scale: Scale) -> Iterator[tuple[str, Any, int]]:
    """The codebook's entries of a scale: each point with its anchor, then 'not observed'."""
    for point in range(scale.min, scale.max + 1):
        yield str(point), scale.anchors.get(point) or str(point), point
    if scale.not_observed:
        yield NOT_OBSERVED, "not observed", scale.max + 1


def anchor_labels(scale: Scale) -> dict[Any, str]:
    """The points of a scale that have an anchor, with its label (a 'not observed' answer
    is no point: the release holds no score for it)."""
    return {point: label_text(scale.anchors[point]) for point in sorted(scale.anchors)}


def fake_point(instrument: Instrument, item: Any, rng: random.Random) -> int:
    scale = instrument.scale_for(item)
    return rng.randint(scale.min, scale.max)


class ScaleKind(ItemKind):
    name = "scale"
    field = "scale_points"
    macro = "radios"
    reader = "scale"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        return point_problems(instrument.scale_for(item), key, value)

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        return scale_schema(instrument.scale_for(item))

    @property
    def generic_schema(self) -> Schema:
        return dict(ANY_POINT)

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
        yield scale_cell(instrument.scale_for(item), item_id, part, value)

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [("", "", numeric(item, int))]

    def codebook_values(self, instrument: Instrument, item: Any) -> Iterator[tuple[str, Any, int]]:
        return scale_values(instrument.scale_for(item))

    def value_labels(self, instrument: Instrument, item: Any) -> dict[str, dict[Any, str]]:
        return {"": anchor_labels(instrument.scale_for(item))}

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return fake_point(instrument, item, rng)


SCALE = ScaleKind()
