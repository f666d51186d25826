"""How rows reach a release's tables, and the wide table per instrument version (the fixed
tables' columns, keys and indexes are in `casebook.release.schema`).

Analysts get: cases, participants, staff, waves, responses, answers (long form), a wide table
per instrument version, topics (interview guides), checklist_scores (observations), codes
(choices, for cross-tabulation), events and event_states
(live-coded meetings), the codebook (instruments, items, choices) and _release."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from casebook.instruments.model import Instrument, label_text
from casebook.items import kind_of
from casebook.release.flatten import Cell


def wide_table_name(instrument: Instrument) -> str:
    return wide_table_name_for(instrument.id, instrument.version)


def wide_table_name_for(instrument_id: str, version: int) -> str:
    """`wide_patient_interview_v2`: the one-row-per-response table of a version."""
    return f"wide_{instrument_id.replace('-', '_')}_v{version}"


def wide_columns(instrument: Instrument) -> dict[str, str]:
    """Column -> description for the one-row-per-response table of an instrument version."""
    return {name: description for name, (description, _type) in _wide(instrument).items()}


def wide_column_types(instrument: Instrument) -> dict[str, type]:
    """The SQLite type of each wide column: numbers, scores and ticks are numeric."""
    return {name: column_type for name, (_description, column_type) in _wide(instrument).items()}


def _wide(instrument: Instrument) -> dict[str, tuple[str, type]]:
    """Column -> (description, type), each item's columns as its kind gives them."""
    columns: dict[str, tuple[str, type]] = {}
    for item in instrument.items():
        if not kind_of(item).takes_answer or item.release_policy() == "drop":
            continue
        label = label_text(item.label)
        for suffix, description, column_type in kind_of(item).wide_parts(instrument, item):
            name = item.id + (f"__{suffix}" if suffix else "")
            columns[name] = (f"{label}{description}", column_type)
        if getattr(item, "other", False):
            columns[item.other_id] = (f"{label}: other, specified", str)
    return columns


def wide_row(
    base: dict[str, Any], cells: Iterable[Cell], instrument: Instrument, answers: dict[str, Any]
) -> dict:
    """One response's row of its version's wide table: NULL where an item was not answered;
    an answered multichoice has 1 for each ticked option and 0 for the others."""
    columns = wide_columns(instrument)
    row = dict(base)
    for item in instrument.items():
        if item.id in answers:
            for suffix, value in (
                kind_of(item).wide_answered(instrument, item, answers[item.id]).items()
            ):
                name = f"{item.id}__{suffix}"
                if name in columns:
                    row[name] = value
    for cell in cells:
        name = cell.item if not cell.part else f"{cell.item}__{cell.part.replace('.', '__')}"
        if name in columns:
            row[name] = 1 if _is_choice_part(cell, name) else _content(cell)
    return row


def _is_choice_part(cell: Cell, name: str) -> bool:
    return bool(cell.part) and cell.part == cell.value and name.endswith(f"__{cell.value}")


def _content(cell: Cell) -> Any:
    return cell.text if cell.text is not None else cell.value


def answer_rows(base: dict[str, Any], cells: list[Cell]) -> list[dict[str, Any]]:
    return [
        {
            **base,
            "item": c.item,
            "part": c.part,
            "value": c.value,
            "label": c.label,
            "text": c.text,
        }
        for c in cells
    ]


def topic_rows(base: dict, instrument: Instrument, cells: list[Cell]) -> list[dict]:
    labels = {i.id: label_text(i.label) for i in instrument.items() if i.type == "topic"}
    topics: dict[str, dict[str, Any]] = defaultdict(dict)
    for cell in cells:
        if cell.item in labels and cell.part in ("covered", "notes"):
            topics[cell.item][cell.part] = _content(cell)
    return [
        {
            **base,
            "topic": topic,
            "topic_label": labels[topic],
            "covered": int(bool(values.get("covered"))),
            "notes": values.get("notes"),
        }
        for topic, values in topics.items()
    ]


def checklist_rows(base: dict, instrument: Instrument, cells: list[Cell]) -> list[dict]:
    checklists = {i.id: i for i in instrument.items() if i.type == "checklist"}
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for cell in cells:
        item = checklists.get(cell.item)
        if item is None or "." not in cell.part:
            continue
        row_id, what = cell.part.rsplit(".", 1)
        row = rows.setdefault((cell.item, row_id), _checklist_base(base, item, row_id))
        if what == "score":
            row["score"], row["score_label"] = cell.value, cell.label
        elif what == "blank":
            row["blank"] = cell.value
        else:
            row[what] = cell.text  # evidence or reason
    return list(rows.values())


def _checklist_base(base: dict, item: Any, row_id: str) -> dict[str, Any]:
    row_label = next(label_text(r.label) for r in item.rows if r.id == row_id)
    return {
        **base,
        "checklist": item.id,
        "checklist_label": label_text(item.label),
        "row": row_id,
        "row_label": row_label,
        "score": None,
        "score_label": None,
        "blank": None,
        "reason": None,
        "evidence": None,
    }


def code_rows(base: dict, instrument: Instrument, cells: list[Cell]) -> list[dict]:
    kinds = {i.id: i for i in instrument.items() if kind_of(i).coded}
    return [
        {
            **base,
            "item": c.item,
            "item_label": label_text(kinds[c.item].label),
            "value": c.value,
            "label": c.label,
        }
        for c in cells
        if c.item in kinds and c.value is not None
    ]
