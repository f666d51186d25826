"""Checklist items (`checklist`): rows sharing one scale, each scored, marked "not observed",
or left out with a reason, with an optional evidence note (a meeting checklist). What
completion asks of the rows is in casebook.instruments.checklists."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.instruments.checklists import (
    BLANK_LABELS,
    BLANKS,
    LEFT_OUT,
    NOT_SCORED,
    SCORED,
    row_state,
)
from casebook.instruments.model import label_text
from casebook.items.base import (
    Cell,
    Found,
    ItemKind,
    Policy,
    Schema,
    WidePart,
    drop_empty,
    fake_note,
    free_text,
    join,
)
from casebook.items.scale import (
    ANY_POINT,
    anchor_labels,
    fake_point,
    point_problems,
    scale_cell,
    scale_schema,
    scale_values,
)

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument

LEFT_OUT_LABEL = "left out: the observer chose not to score this row and gave a reason"
NOT_SCORED_LABELS = {
    True: "not scored: left blank in a draft, or in a response completed before every row had "
    "to be scored, marked not observed or left out",
    False: "not scored: left blank (this checklist lets rows stay unscored)",
}
# What a checklist row's `blank` column says when it has no score (see the codebook's choices).
BLANK_COLUMN = (
    "why there is no score: not_observed, left_out (see the reason) or not_scored; "
    "empty when scored"
)


def row_score_schema(point: Schema) -> Schema:
    """A checklist row's score: a point of the scale (or "not_observed"), or "left_out"."""
    points = point["anyOf"] if "anyOf" in point else [point]
    return {"anyOf": [*points, {"const": LEFT_OUT}]}


class ChecklistKind(ItemKind):
    name = "checklist"
    field = "checklist_rows"
    macro = "checklist"
    reader = "checklist"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        if not isinstance(value, dict):
            return [(key, "expected an object of rows: {row_id: {score, evidence}}")]
        scale = instrument.scale_for(item)
        rows = {row.id for row in item.rows}
        allowed = {"score", "reason", "evidence"} if item.evidence else {"score", "reason"}
        found: Found = []
        for row_id, row in value.items():
            path = f"{key}.{row_id}"
            if row_id not in rows:
                found.append((path, f"unknown row; rows are: {', '.join(sorted(rows))}"))
            elif not isinstance(row, dict) or set(row) - allowed:
                found.append((path, f"expected an object with {', '.join(sorted(allowed))}"))
            else:
                if "score" in row:
                    found += point_problems(scale, f"{path}.score", row["score"], row=True)
                for part in ("evidence", "reason"):
                    if not isinstance(row.get(part, ""), str):
                        found.append((f"{path}.{part}", "expected text"))
                if "reason" in row and row.get("score") != LEFT_OUT:
                    message = 'a reason goes with a row left out ("left_out")'
                    found.append((f"{path}.reason", message))
        return found

    def normalise(self, item: Any, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        return drop_empty(
            {k: drop_empty(v) if isinstance(v, dict) else v for k, v in value.items()}
        )

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        row = {
            "score": row_score_schema(scale_schema(instrument.scale_for(item))),
            "reason": {"type": "string", "description": 'why the row is left out ("left_out")'},
        }
        if item.evidence:
            row["evidence"] = {"type": "string"}
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                r.id: {"type": "object", "additionalProperties": False, "properties": row}
                for r in item.rows
            },
        }

    @property
    def generic_schema(self) -> Schema:
        text = {"type": "string"}
        row = {"score": row_score_schema(ANY_POINT), "evidence": text, "reason": text}
        return {
            "type": "object",
            "description": "row id -> {score, evidence, reason}: a score on the scale, "
            '"not_observed" where the scale offers it, or "left_out" with the reason',
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "properties": row,
            },
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
        scale = instrument.scale_for(item)
        for row in item.rows:
            entry = value.get(row.id) or {}
            where = join(part, row.id)
            state = row_state(entry)
            if state == SCORED:
                yield scale_cell(scale, item_id, f"{where}.score", entry["score"])
            else:
                label = BLANK_LABELS[state]
                yield Cell(item_id, f"{where}.score", value=None, label=label)
                yield Cell(item_id, f"{where}.blank", value=state, label=label)
            if state == LEFT_OUT and entry.get("reason"):
                yield free_text(item_id, f"{where}.reason", entry["reason"], policy, rule)
            if entry.get("evidence"):
                yield free_text(item_id, f"{where}.evidence", entry["evidence"], policy, rule)

    def blank_answer(self) -> Any:
        return {}  # every row of a shown checklist is released, as not scored if need be

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        parts: list[WidePart] = []
        for row in item.rows:
            label = label_text(row.label)
            parts.append((f"{row.id}__score", f": {label}, score", int))
            parts.append((f"{row.id}__blank", f": {label}, {BLANK_COLUMN}", str))
            parts.append((f"{row.id}__reason", f": {label}, why it was left out", str))
            if item.evidence:
                parts.append((f"{row.id}__evidence", f": {label}, evidence", str))
        return parts

    def value_labels(self, instrument: Instrument, item: Any) -> dict[str, dict[Any, str]]:
        anchors = anchor_labels(instrument.scale_for(item))
        blanks = {blank: BLANK_LABELS[blank] for blank in BLANKS}
        labels: dict[str, dict[Any, str]] = {}
        for row in item.rows:
            labels[f"{row.id}__score"] = dict(anchors)
            labels[f"{row.id}__blank"] = dict(blanks)
        return labels

    def codebook_values(self, instrument: Instrument, item: Any) -> Iterator[tuple[str, Any, int]]:
        scale = instrument.scale_for(item)
        yield from scale_values(scale)
        yield LEFT_OUT, LEFT_OUT_LABEL, scale.max + 2
        yield NOT_SCORED, NOT_SCORED_LABELS[item.require_every_row], scale.max + 3

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        rows = {}
        for row in item.rows:
            rows[row.id] = {"score": fake_point(instrument, item, rng)}
            if item.evidence:
                rows[row.id]["evidence"] = fake_note(rng, name)
        return rows


CHECKLIST = ChecklistKind()
