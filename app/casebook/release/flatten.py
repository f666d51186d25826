"""One response's answers as long-form rows, with each item's release policy applied.

A row is one scalar: `(item, part, value, label, text)`. `part` locates it inside structured
answers (`support.score`, `covered`, `2.role`); `value` holds codes, numbers, booleans and
shifted dates; `label` the choice or anchor label; `text` the redacted free text. Items whose
policy is `drop` (and every identifier) produce nothing. Each item type's cells come from its
kind (`ItemKind.cells`, app/casebook/items/).

Every row of a checklist that was shown is released, scored or not: a blank row has a NULL
score and a `<row>.blank` part saying which blank it is (`not_observed`, `left_out` with its
reason as redacted text, or `not_scored`), so a row nobody scored never just disappears."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from casebook.instruments.answers import hidden_items
from casebook.instruments.model import Instrument
from casebook.items import Cell, Policy, kind_of, released
from casebook.items.calendar import shift_date
from casebook.items.number import band

__all__ = ["Cell", "Policy", "band", "flatten", "shift_date"]


def flatten(instrument: Instrument, answers: dict[str, Any], policy: Policy) -> Iterator[Cell]:
    """Every released scalar of a response, item by item in instrument order."""
    hidden: set[str] | None = None
    for item in instrument.items():
        kind = kind_of(item)
        if not kind.takes_answer:
            continue
        if item.id in answers:
            yield from released(kind, instrument, item, item.id, "", answers[item.id], policy)
        elif kind.blank_answer() is not None:
            # e.g. a checklist shown but never touched: every row is released as not scored
            hidden = hidden_items(instrument, answers) if hidden is None else hidden
            if item.id not in hidden:
                blank = kind.blank_answer()
                yield from released(kind, instrument, item, item.id, "", blank, policy)
        if getattr(item, "other", False) and item.other_id in answers:
            text = answers[item.other_id]
            yield Cell(item.other_id, "", text=policy.clean(text))
