"""The fields of items made of parts: a topic (covered, notes, probe ticks), a checklist (a
score, a reason and evidence per row) and a repeat (a list of entries, each a small form of
simple fields)."""

from __future__ import annotations

from typing import Any

from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectChoice,
    TextAreaField,
)

from casebook.forms.fields.base import ItemField, Text, read_text, row_options, scale_value
from casebook.forms.fields.simple import SIMPLE_FIELDS
from casebook.forms.naming import field_key
from casebook.forms.problems import remember_rows
from casebook.i18n import _
from casebook.instruments.checklists import LEFT_OUT
from casebook.instruments.expressions import answered
from casebook.instruments.model import Instrument
from casebook.items import kind_of

MAX_ROWS = 500


def _answerable(items: list[Any]) -> list[Any]:
    return [sub for sub in items if kind_of(sub).takes_answer]


def _sub_field(sub: Any) -> ItemField:
    return SIMPLE_FIELDS[kind_of(sub).field]


class TopicParts(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        fields: dict[str, Any] = {
            "covered": BooleanField(_("Covered")),
            "notes": TextAreaField(_("Notes")),
        }
        if item.probe_ticks and item.probes:
            probes = {field_key(p.id): BooleanField(text(p.label)) for p in item.probes}
            fields["probes"] = FormField(type("ProbesForm", (Form,), probes), label=_("Probes"))
        return FormField(type("TopicForm", (Form,), fields), label=text(item.label))

    def initial(self, item: Any, value: Any) -> Any:
        value = value if isinstance(value, dict) else {}
        probes = value.get("probes") if isinstance(value.get("probes"), dict) else {}
        return {
            "covered": bool(value.get("covered")),
            "notes": value.get("notes") or "",
            "probes": {field_key(k): bool(v) for k, v in probes.items()},
        }

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        sub = field.form
        value: dict[str, Any] = {"covered": bool(sub.covered.data), "notes": read_text(sub.notes)}
        if "probes" in sub:
            value["probes"] = {
                p.id: bool(sub.probes.form[field_key(p.id)].data) for p in item.probes
            }
        return value


class ChecklistRows(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        choices = [SelectChoice(option[0], option[0]) for option in row_options(instrument, item)]
        row_fields: dict[str, Any] = {
            "score": RadioField(_("Score"), choices=choices, validate_choice=False),
            "reason": TextAreaField(_("Reason for leaving this row out")),
        }
        if item.evidence:
            row_fields["evidence"] = TextAreaField(text(item.evidence_label))
        row_form = type("ChecklistRowForm", (Form,), row_fields)
        rows = {field_key(r.id): FormField(row_form, label=text(r.label)) for r in item.rows}
        return FormField(type("ChecklistForm", (Form,), rows), label=text(item.label))

    def initial(self, item: Any, value: Any) -> Any:
        value = value if isinstance(value, dict) else {}
        return {field_key(k): _checklist_row(v) for k, v in value.items() if isinstance(v, dict)}

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        value: dict[str, Any] = {}
        for row in item.rows:
            sub = field.form[field_key(row.id)].form
            entry: dict[str, Any] = {"score": scale_value(sub.score.data)}
            if "evidence" in sub:
                entry["evidence"] = read_text(sub.evidence)
            if entry["score"] == LEFT_OUT:  # a reason typed before another choice is not kept
                entry["reason"] = read_text(sub.reason)
            value[row.id] = entry
        return value


def _checklist_row(row: dict[str, Any]) -> dict[str, Any]:
    score = row.get("score")
    return {
        "score": None if score is None else str(score),
        "evidence": row.get("evidence") or "",
        "reason": row.get("reason") or "",
    }


class RepeatRows(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        return FieldList(FormField(row_form(instrument, item, text)), label=text(item.label))

    def initial(self, item: Any, value: Any) -> Any:
        subs = {s.id: s for s in _answerable(item.items)}
        rows = [
            {field_key(k): _initial(subs.get(k), v) for k, v in r.items()}
            for r in (value or [])
            if isinstance(r, dict)
        ]
        if item.max is None or len(rows) < item.max:
            rows.append({})  # one blank row to type into, even without JavaScript
        return rows

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        rows = filled_rows(instrument, item, field)
        remember_rows(field, [index for index, _row in rows])
        return [row for _, row in rows]

    def problem(self, instrument: Instrument, item: Any, field: Any) -> str | None:
        filled = len(filled_rows(instrument, item, field))
        limit = min(item.max or MAX_ROWS, MAX_ROWS)
        if filled > limit:
            return _("at most %(limit)d entries (this has %(filled)d)", limit=limit, filled=filled)
        return None


def _initial(sub: Any, value: Any) -> Any:
    if value is None or sub is None:
        return value
    return _sub_field(sub).initial(sub, value)


def row_form(instrument: Instrument, item: Any, text: Text) -> type[Form]:
    """The form of one entry of a repeat: a field per sub-item that takes an answer."""
    subs = {
        field_key(s.id): _sub_field(s).unbound(instrument, s, text) for s in _answerable(item.items)
    }
    return type("RepeatRowForm", (Form,), subs)


def filled_rows(instrument: Instrument, item: Any, field: FieldList) -> list[tuple[int, dict]]:
    """(entry index, row answers) of every row with something in it, in order."""
    found = []
    for index, entry in enumerate(field.entries):
        row = {
            sub.id: _sub_field(sub).read(instrument, sub, entry.form[field_key(sub.id)])
            for sub in _answerable(item.items)
        }
        row = {k: v for k, v in row.items() if answered(v)}
        if row:
            found.append((index, row))
    return found


topic_parts = TopicParts()
checklist_rows = ChecklistRows()
repeat_rows = RepeatRows()
