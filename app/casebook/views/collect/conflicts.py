"""Both versions of a response side by side, for a save refused because someone else saved
first: every answer that differs between the stored version and the one the device sent,
with its label and each side as readable text. The caller must already be allowed to read
the stored response (its role was checked against the stored instrument)."""

from __future__ import annotations

from typing import Any

from casebook.i18n import _
from casebook.instruments.checklists import NOT_OBSERVED
from casebook.instruments.model import Instrument, label_text
from casebook.items import kind_of
from casebook.language import form_language

Difference = dict[str, str]


def differences(
    instrument: Instrument,
    stored: dict[str, Any],
    sent: dict[str, Any],
    sent_date: str | None,
) -> list[Difference]:
    """(item, label, theirs, yours) for the date and each answer that differs, page order."""
    found: list[Difference] = []
    if (stored.get("date") or "") != (sent_date or ""):
        found.append(_row("date", _("Date"), stored.get("date") or "", sent_date or ""))
    theirs, yours = stored["answers"], sent
    for item in instrument.items():
        if not kind_of(item).takes_answer:
            continue
        if theirs.get(item.id) != yours.get(item.id):
            found.append(
                _row(
                    item.id,
                    _text(instrument, item.label),
                    answer_text(instrument, item, theirs.get(item.id)),
                    answer_text(instrument, item, yours.get(item.id)),
                )
            )
        other = getattr(item, "other_id", None) if getattr(item, "other", False) else None
        if other and theirs.get(other) != yours.get(other):
            label = _("%(question)s › please specify", question=_text(instrument, item.label))
            found.append(_row(other, label, theirs.get(other) or "", yours.get(other) or ""))
    return found


def _row(item: str, label: str, theirs: str, yours: str) -> Difference:
    return {"item": item, "label": label, "theirs": theirs, "yours": yours}


def answer_text(instrument: Instrument, item: Any, value: Any) -> str:
    """An answer as a person reads it; empty when unanswered."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    kind = item.type
    if kind == "topic" and isinstance(value, dict):
        return _topic_text(instrument, item, value)
    if kind == "checklist" and isinstance(value, dict):
        return _checklist_text(instrument, item, value)
    if kind == "repeat" and isinstance(value, list):
        return _repeat_text(instrument, item, value)
    return _simple_text(instrument, item, value)


def _simple_text(instrument: Instrument, item: Any, value: Any) -> str:
    kind = item.type
    if kind == "boolean":
        return _("Yes") if value is True else _("No") if value is False else str(value)
    if kind in ("choice", "multichoice"):
        labels = {c.value: _text(instrument, c.label) for c in instrument.choices_for(item)}
        values = value if isinstance(value, list) else [value]
        return ", ".join(labels.get(v, str(v)) for v in values)
    if kind == "scale":
        return _("Not observed") if value == NOT_OBSERVED else str(value)
    return str(value)


def _topic_text(instrument: Instrument, item: Any, value: dict[str, Any]) -> str:
    lines = [_("Covered")] if value.get("covered") else []
    probes = {p.id: _text(instrument, p.label) for p in item.probes}
    ticked = [probes.get(p, p) for p, on in (value.get("probes") or {}).items() if on]
    if ticked:
        lines.append(_("Probes: %(probes)s", probes=", ".join(ticked)))
    if value.get("notes"):
        lines.append(str(value["notes"]))
    return "\n".join(lines)


def _checklist_text(instrument: Instrument, item: Any, value: dict[str, Any]) -> str:
    lines = []
    for row in item.rows:
        entry = value.get(row.id)
        if not isinstance(entry, dict):
            continue
        score = entry.get("score")
        text = _("Not observed") if score == NOT_OBSERVED else ("" if score is None else str(score))
        if entry.get("evidence"):
            text = f"{text} ({entry['evidence']})" if text else str(entry["evidence"])
        lines.append(f"{_text(instrument, row.label)}: {text}")
    return "\n".join(lines)


def _repeat_text(instrument: Instrument, item: Any, rows: list[Any]) -> str:
    subs = [s for s in item.items if s.type != "note"]
    lines = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            continue
        parts = [
            f"{_text(instrument, s.label)}: {_simple_text(instrument, s, row[s.id])}"
            for s in subs
            if row.get(s.id) not in (None, "", [])
        ]
        lines.append(f"{number}. " + "; ".join(parts))
    return "\n".join(lines)


def _text(instrument: Instrument, label: Any) -> str:
    """A label in the form's language, falling back to the instrument's first language."""
    return label_text(label, form_language(instrument), instrument.languages[0])
