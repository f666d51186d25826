"""A response's history, read from the audit log for people: each save (who, when, what it
did to the response) with every answer it changed, before and after, in words.

Every save writes one audit row for the response (`responses`, created / updated /
discarded / restored) followed by one per answer it changed (`answers`, keyed
`<uuid>/<item>`), so a save is a `responses` row and the answer rows after it. An answer
that is a group of values (a topic's notes and probes, a checklist's rows) shows only the
parts that changed. Its words (actions, labels, yes and no) are in the reader's language."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from casebook.i18n import _, _l
from casebook.instruments.model import Instrument, label_text

ACTIONS = {
    "create": _l("Started"),
    "update": _l("Saved"),
    "discard": _l("Discarded"),
    "restore": _l("Restored"),
    "delete": _l("Deleted"),
}
META_LABELS = {
    "status": _l("Status"),
    "date": _l("Date"),
    "wave": _l("Wave"),
    "case": _l("Case"),
    "participant": _l("Participant"),
    "instrument": _l("Instrument"),
    "version": _l("Version"),
    "reason": _l("Reason"),
}
ABOUT = ("case", "participant", "instrument", "version")
NOTHING = "—"


@dataclass
class Change:
    """One value before and after, in words."""

    what: str  # a lazy string for the response's own fields
    before: str
    after: str


@dataclass
class Save:
    """One save: who, when, what it did, and the values it changed."""

    at: str
    actor: str
    action: str  # a lazy string: in the reader's language when shown
    changes: list[Change] = field(default_factory=list)


def response_history(
    db: sqlite_utils.Database, response_uuid: str, instrument: Instrument
) -> list[Save]:
    """The saves of one response, oldest first."""
    rows = db.query(
        "SELECT * FROM audit_log WHERE (table_name = 'responses' AND row_key = :key)"
        " OR (table_name = 'answers' AND row_key >= :key || '/' AND row_key < :key || '0')"
        " ORDER BY id",
        {"key": response_uuid},
    )
    saves: list[Save] = []
    for row in rows:
        before, after = _decode(row["before"]), _decode(row["after"])
        if row["table_name"] == "responses" or not saves:
            saves.append(Save(row["at"], row["actor"], ACTIONS.get(row["action"], row["action"])))
            if row["table_name"] == "responses":
                saves[-1].changes += _meta_changes(before, after)
                continue
        item_id = row["row_key"].split("/", 1)[1]
        saves[-1].changes += answer_changes(instrument, item_id, before, after)
    return saves


def _decode(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _meta_changes(before: dict | None, after: dict | None) -> list[Change]:
    """What a save changed about the response itself. What it was started for (case,
    participant, instrument version) is on the page already: shown only if it changed."""
    started = not before
    before, after = before or {}, after or {}
    return [
        Change(META_LABELS[key], readable(before.get(key)), readable(after.get(key)))
        for key in META_LABELS
        if before.get(key) != after.get(key) and not (started and key in ABOUT)
    ]


def answer_changes(instrument: Instrument, item_id: str, before: Any, after: Any) -> list[Change]:
    """What changed in one answer: the whole value, or each part of a group that changed."""
    item = instrument.answerable().get(item_id)
    label = label_text(item.label) if item is not None and item.label else item_id
    choices = _choice_labels(instrument, item)
    old, new = _parts(before), _parts(after)
    changed = [path for path in dict.fromkeys([*old, *new]) if old.get(path) != new.get(path)]
    return [
        Change(
            f"{label} › {path}" if path else label,
            readable(old.get(path), choices),
            readable(new.get(path), choices),
        )
        for path in changed
    ]


def _choice_labels(instrument: Instrument, item: Any) -> dict[str, str]:
    if item is None or not hasattr(item, "choices"):
        return {}
    return {c.value: label_text(c.label) for c in instrument.choices_for(item)}


def _parts(value: Any, path: str = "") -> dict[str, Any]:
    """A value as {path: plain value}: a group (mapping) is split into its parts."""
    if isinstance(value, dict):
        parts: dict[str, Any] = {}
        for key, inner in value.items():
            parts.update(_parts(inner, f"{path} › {key}" if path else str(key)))
        return parts
    return {path: value}


def readable(value: Any, choices: dict[str, str] | None = None) -> str:
    """A stored value in words: yes/no, a choice's label, lists joined, rows of a repeat
    one per line."""
    if value is None or value == "" or value == []:
        return NOTHING
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        if all(isinstance(v, dict) for v in value):
            return "\n".join(_row(v) for v in value)
        return ", ".join(readable(v, choices) for v in value)
    if isinstance(value, dict):
        return _row(value)
    if isinstance(value, str) and choices and value in choices:
        return choices[value]
    return str(value)


def _row(value: dict[str, Any]) -> str:
    return "; ".join(f"{key}: {readable(inner)}" for key, inner in value.items())
