"""One response's answers as long-form rows, with each item's release policy applied.

A row is one scalar: `(item, part, value, label, text)`. `part` locates it inside structured
answers (`support.score`, `covered`, `2.role`); `value` holds codes, numbers, booleans and
shifted dates; `label` the choice or anchor label; `text` the redacted free text. Items whose
policy is `drop` (and every identifier) produce nothing.

Every row of a checklist that was shown is released, scored or not: a blank row has a NULL
score and a `<row>.blank` part saying which blank it is (`not_observed`, `left_out` with its
reason as redacted text, or `not_scored`), so a row nobody scored never just disappears."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from casebook.instruments.answers import hidden_items
from casebook.instruments.checklists import BLANK_LABELS, LEFT_OUT, NOT_OBSERVED, SCORED, row_state
from casebook.instruments.model import Instrument, Scale, label_text

Clean = Callable[[str], str]


@dataclass(frozen=True)
class Cell:
    item: str
    part: str
    value: Any = None
    label: str | None = None
    text: str | None = None


@dataclass
class Policy:
    """How one response's values are released: its date offset and its text cleaner."""

    shift_days: int
    clean: Clean


def flatten(instrument: Instrument, answers: dict[str, Any], policy: Policy) -> Iterator[Cell]:
    """Every released scalar of a response, item by item in instrument order."""
    hidden: set[str] | None = None
    for item in instrument.items():
        if item.type == "note":
            continue
        if item.id in answers:
            yield from _item_cells(instrument, item, item.id, "", answers[item.id], policy)
        elif item.type == "checklist":
            # a checklist shown but never touched: every row is released as not scored
            hidden = hidden_items(instrument, answers) if hidden is None else hidden
            if item.id not in hidden:
                yield from _item_cells(instrument, item, item.id, "", {}, policy)
        if getattr(item, "other", False) and item.other_id in answers:
            text = answers[item.other_id]
            yield Cell(item.other_id, "", text=policy.clean(text))


def _item_cells(
    instrument: Instrument, item: Any, item_id: str, part: str, value: Any, policy: Policy
) -> Iterator[Cell]:
    rule = item.release_policy()
    if rule == "drop":
        return
    maker = MAKERS[item.type]
    yield from maker(instrument, item, item_id, part, value, policy, rule)


def _text(_i, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    yield Cell(item_id, part, text=value if rule == "keep" else policy.clean(value))


def _number(_i, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    if rule == "generalize" and item.bands:
        yield Cell(item_id, part, value=band(value, item.bands))
    else:
        yield Cell(item_id, part, value=value)


def band(value: float, edges: list[float]) -> str:
    """`18-29` for 23 with edges [18, 30, 45, 65]; `under 18`, `65 and over` at the ends."""
    if value < edges[0]:
        return f"under {edges[0]:g}"
    for low, high in zip(edges, edges[1:], strict=False):
        if low <= value < high:
            return f"{low:g}-{high - 1:g}" if float(high).is_integer() else f"{low:g}-<{high:g}"
    return f"{edges[-1]:g} and over"


def shift_date(value: str, days: int) -> str:
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def _date(_i, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    if rule == "keep":
        yield Cell(item_id, part, value=value)
    elif rule == "generalize":
        yield Cell(item_id, part, value=shift_date(value, policy.shift_days)[:7])
    else:
        yield Cell(item_id, part, value=shift_date(value, policy.shift_days))


def _plain(_i, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    yield Cell(item_id, part, value=value)


def _choice(instrument, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    labels = {c.value: label_text(c.label) for c in instrument.choices_for(item)}
    yield Cell(item_id, part, value=value, label=labels.get(value))


def _multichoice(instrument, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    labels = {c.value: label_text(c.label) for c in instrument.choices_for(item)}
    for code in value:
        yield Cell(item_id, _join(part, code), value=code, label=labels.get(code))


def scale_cell(scale: Scale, item_id: str, part: str, value: Any) -> Cell:
    if value == NOT_OBSERVED:
        return Cell(item_id, part, value=None, label=BLANK_LABELS[NOT_OBSERVED])
    return Cell(item_id, part, value=value, label=label_text(scale.anchors.get(value)) or None)


def _scale(instrument, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    yield scale_cell(instrument.scale_for(item), item_id, part, value)


def _checklist(instrument, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    scale = instrument.scale_for(item)
    for row in item.rows:
        entry = value.get(row.id) or {}
        where = _join(part, row.id)
        state = row_state(entry)
        if state == SCORED:
            yield scale_cell(scale, item_id, f"{where}.score", entry["score"])
        else:
            label = BLANK_LABELS[state]
            yield Cell(item_id, f"{where}.score", value=None, label=label)
            yield Cell(item_id, f"{where}.blank", value=state, label=label)
        if state == LEFT_OUT and entry.get("reason"):
            yield _free_text(item_id, f"{where}.reason", entry["reason"], policy, rule)
        if entry.get("evidence"):
            yield _free_text(item_id, f"{where}.evidence", entry["evidence"], policy, rule)


def _free_text(item_id: str, part: str, text: str, policy: Policy, rule: str) -> Cell:
    return Cell(item_id, part, text=text if rule == "keep" else policy.clean(text))


def _topic(_i, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    yield Cell(item_id, _join(part, "covered"), value=bool(value.get("covered")))
    for probe_id, ticked in (value.get("probes") or {}).items():
        yield Cell(item_id, _join(part, f"probes.{probe_id}"), value=ticked)
    if value.get("notes"):
        notes = value["notes"] if rule == "keep" else policy.clean(value["notes"])
        yield Cell(item_id, _join(part, "notes"), text=notes)


def _repeat(instrument, item, item_id, part, value, policy, rule) -> Iterator[Cell]:
    subs = {sub.id: sub for sub in item.items}
    for index, entry in enumerate(value, start=1):
        for sub_id, sub_value in entry.items():
            sub = subs[sub_id]
            where = _join(part, f"{index}.{sub_id}")
            yield from _item_cells(instrument, sub, item_id, where, sub_value, policy)


def _join(part: str, more: str) -> str:
    return f"{part}.{more}" if part else more


MAKERS: dict[str, Callable[..., Iterator[Cell]]] = {
    "text": _text,
    "longtext": _text,
    "number": _number,
    "date": _date,
    "time": _plain,
    "duration": _plain,
    "boolean": _plain,
    "choice": _choice,
    "multichoice": _multichoice,
    "scale": _scale,
    "checklist": _checklist,
    "topic": _topic,
    "repeat": _repeat,
}
