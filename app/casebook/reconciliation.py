"""Reconciling the coders of a unit: once every assigned coder has completed, the study lead
(or the unit's named reviewer) sees their codings side by side, keeps what they agree on,
chooses one coder's value for each disagreement, and saves the result as the unit's
consensus: a response of its own (`consensus` = 1), completed, audited, and afterwards
editable on its own page like any response. The coders' responses stay as they were: they
feed the agreement figures, while a release publishes the consensus as the observation.

A checklist is compared row by row on the score; where the scores agree, the consensus keeps
the score and every coder's notes side by side. Every other answer is compared as a whole."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.coding_units import coders_responses, get_unit
from casebook.db import write_transaction
from casebook.instruments.registry import get_instrument
from casebook.responses import (
    NotAllowed,
    ResponseInput,
    ResponseProblems,
    get_response,
    save_response,
)


@dataclass
class Place:
    """One answer (or checklist row) of the unit's instrument, as each coder gave it."""

    path: str  # an item id, or "checklist.row"
    item: Any  # the instrument item
    row: Any | None  # the checklist row, if any
    values: dict[int, Any] = field(default_factory=dict)  # coder's user id -> value

    @property
    def agreed(self) -> bool:
        """Whether the coders gave the same value (for a checklist row: the same score)."""
        return len({repr(self._compared(v)) for v in self.values.values()}) <= 1

    def _compared(self, value: Any) -> Any:
        if self.row is not None:
            return (value or {}).get("score")
        return value

    def agreed_value(self) -> Any:
        """The value the coders agree on; for a checklist row their score, with their notes
        (evidence, reason) kept side by side when they differ."""
        values = [v for v in self.values.values() if v is not None]
        if self.row is None or not values:
            return values[0] if values else None
        merged = dict(values[0])
        for note in ("evidence", "reason"):
            texts = list(dict.fromkeys(v[note] for v in values if v.get(note)))
            if texts:
                merged[note] = " | ".join(texts)
        return merged


@dataclass
class Comparison:
    unit: dict[str, Any]
    responses: list[dict[str, Any]]  # the coders' completed responses, by coder
    places: list[Place]

    @property
    def disagreements(self) -> list[Place]:
        return [p for p in self.places if not p.agreed]


def compare(db: sqlite_utils.Database, unit_id: int) -> Comparison:
    """The coders' completed responses on a unit, answer by answer, in instrument order.
    The caller checks that the unit is closed and the user may reconcile it."""
    unit = get_unit(db, unit_id)
    if unit is None:
        raise LookupError(unit_id)
    responses = [get_response(db, key) for key in coders_responses(db, unit_id)]
    places: list[Place] = []
    if responses:
        newest = max(responses, key=lambda r: r["version"])
        instrument = get_instrument(db, newest["instrument"], newest["version"])
        for item in instrument.items():
            if item.type == "checklist":
                for row in item.rows:
                    place = Place(f"{item.id}.{row.id}", item, row)
                    for r in responses:
                        rows = r["answers"].get(item.id) or {}
                        place.values[r["collector_id"]] = rows.get(row.id)
                    places.append(place)
            elif any(item.id in r["answers"] for r in responses):
                place = Place(item.id, item, None)
                for r in responses:
                    place.values[r["collector_id"]] = r["answers"].get(item.id)
                places.append(place)
    return Comparison(unit, responses, places)


def consensus_answers(
    comparison: Comparison, choices: dict[str, int]
) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The consensus's answers: every agreed value, and for each disagreement the value of
    the coder chosen in `choices` (path -> coder's user id); problems by path for a
    disagreement without a valid choice."""
    answers: dict[str, Any] = {}
    problems: dict[str, list[str]] = {}
    for place in comparison.places:
        if place.agreed:
            value = place.agreed_value()
        elif choices.get(place.path) in place.values:
            value = place.values[choices[place.path]]
        else:
            problems[place.path] = ["the coders disagree here: choose one coder's value"]
            continue
        if value is None:
            continue
        if place.row is not None:
            answers.setdefault(place.item.id, {})[place.row.id] = value
        else:
            answers[place.path] = value
    return answers, problems


def save_consensus(
    db: sqlite_utils.Database,
    unit_id: int,
    choices: dict[str, int],
    actor: audit.Actor,
    role: str,
) -> str:
    """Store the unit's consensus (complete when it passes every check, else a draft to
    finish on its page) and an audit row of the choices; returns its UUID. Raises
    `NotAllowed` (not the lead or reviewer, or the unit still open) and `ResponseProblems`
    (a disagreement left unchosen, a consensus already saved)."""
    with write_transaction(db):  # the consensus and the record of the choices, or neither
        comparison = compare(db, unit_id)
        if not comparison.responses:
            raise ResponseProblems({"unit": ["no coder has completed this unit yet"]})
        answers, problems = consensus_answers(comparison, choices)
        if problems:
            raise ResponseProblems(problems)
        unit, first = comparison.unit, comparison.responses[0]
        key = str(uuidlib.uuid4())
        data = ResponseInput(
            instrument=unit["instrument_id"],
            version=max(r["version"] for r in comparison.responses),
            case=unit["case_id"],
            wave=unit["wave_id"],
            date=unit["date"] or first["date"],
            status="complete",
            answers=answers,
            unit=unit_id,
            consensus=True,
        )
        try:
            save_response(db, key, data, actor, role, drop_hidden=True)
        except ResponseProblems as error:
            if set(error.problems) & {"unit", "case", "wave", "instrument"}:
                raise
            data.status = "draft"  # e.g. coders who left a row out: finish it on its page
            save_response(db, key, data, actor, role, drop_hidden=True)
        chosen = {p.path: choices[p.path] for p in comparison.disagreements}
        record = {
            "consensus": key,
            "chosen": chosen,
            "from": [r["uuid"] for r in comparison.responses],
        }
        audit.record(db, actor, "reconcile", "coding_units", str(unit_id), None, record)
    return key


__all__ = ["NotAllowed", "compare", "consensus_answers", "save_consensus"]
