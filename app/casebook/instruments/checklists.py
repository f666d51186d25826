"""Checklist rows: how each row of a checklist answer stands, and what completion asks of it.

A row is scored (a point of the scale), marked "not observed" (where the scale offers it),
left out with a reason, or not scored at all. Before a response is marked complete every row
must be one of the first three, unless the checklist says `require_every_row: false`; a
release then says which kind of blank each unscored row is, so "forgot to score" is never
mistaken for "absent"."""

from __future__ import annotations

from typing import Any

from casebook.i18n import _
from casebook.instruments.model import Instrument

NOT_OBSERVED = "not_observed"
LEFT_OUT = "left_out"
SCORED, NOT_SCORED = "scored", "not_scored"
# The kinds of blank a release can show, in the order the codebook lists them.
BLANKS = (NOT_OBSERVED, LEFT_OUT, NOT_SCORED)
BLANK_LABELS = {NOT_OBSERVED: "not observed", LEFT_OUT: "left out", NOT_SCORED: "not scored"}


def row_state(entry: Any) -> str:
    """How one checklist row stands: "scored", "not_observed", "left_out" or "not_scored"."""
    score = entry.get("score") if isinstance(entry, dict) else None
    if score in (NOT_OBSERVED, LEFT_OUT):
        return score
    return NOT_SCORED if score is None else SCORED


def unscored_message(instrument: Instrument, item: Any) -> str:
    """What to do about a row that is not scored, as the form and the API say it."""
    if instrument.scale_for(item).not_observed:
        return _("not scored: score this row, mark it “not observed” or leave it out with a reason")
    return _("not scored: score this row or leave it out with a reason")


def unaccounted_rows(instrument: Instrument, item: Any, value: Any) -> list[tuple[str, str]]:
    """(path, message) for each row that stops the response being marked complete: a row not
    scored (unless the checklist allows it) and a row left out without a reason."""
    rows = value if isinstance(value, dict) else {}
    found = []
    for row in item.rows:
        entry = rows.get(row.id)
        state = row_state(entry)
        path = f"{item.id}.{row.id}"
        if state == NOT_SCORED and item.require_every_row:
            found.append((f"{path}.score", unscored_message(instrument, item)))
        elif state == LEFT_OUT and not _has_text(entry.get("reason")):
            found.append((f"{path}.reason", _("give the reason this row is left out")))
    return found


def _has_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
