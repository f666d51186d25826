"""Stored answers as a response form's initial data: booleans as the yes/no a radio posts,
scale points as text, checklist and repeat rows keyed by field name, and one blank repeat
row to type into, even without JavaScript."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casebook.forms.naming import NO, YES, field_key
from casebook.instruments.model import Instrument


def initial_data(instrument: Instrument, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The form data of these stored answers, by field name."""
    data: dict[str, Any] = {}
    for item in instrument.items():
        if item.type == "note":
            continue
        data[field_key(item.id)] = _initial_value(item, answers.get(item.id))
        if getattr(item, "other", False):
            data[field_key(item.other_id)] = answers.get(item.other_id)
    return data


def _initial_value(item: Any, value: Any) -> Any:
    kind = item.type
    if kind == "topic":
        value = value if isinstance(value, dict) else {}
        probes = value.get("probes") if isinstance(value.get("probes"), dict) else {}
        return {
            "covered": bool(value.get("covered")),
            "notes": value.get("notes") or "",
            "probes": {field_key(k): bool(v) for k, v in probes.items()},
        }
    if kind == "checklist":
        value = value if isinstance(value, dict) else {}
        return {field_key(k): _checklist_row(v) for k, v in value.items() if isinstance(v, dict)}
    if kind == "repeat":
        rows = [_repeat_row(item, r) for r in (value or []) if isinstance(r, dict)]
        if item.max is None or len(rows) < item.max:
            rows.append({})  # one blank row to type into, even without JavaScript
        return rows
    return _initial_simple(kind, value)


def _checklist_row(row: dict[str, Any]) -> dict[str, Any]:
    score = row.get("score")
    return {
        "score": None if score is None else str(score),
        "evidence": row.get("evidence") or "",
        "reason": row.get("reason") or "",
    }


def _repeat_row(item: Any, row: dict[str, Any]) -> dict[str, Any]:
    kinds = {s.id: s.type for s in item.items}
    return {field_key(k): _initial_simple(kinds.get(k, "text"), v) for k, v in row.items()}


def _initial_simple(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "boolean":
        return YES if value is True else NO if value is False else None
    if kind == "scale":
        return str(value)
    return value
