"""What the page's completion check (complete.js) needs to say, before "Mark complete", what
is missing: each item's label, field and rules (required, show_if and constraint as parsed
expression trees, checklist rows, repeat entries), all from the instrument, so the summary
is worked out in the browser, offline too. The server applies the same rules when the
response is marked complete (`check_answers`) and has the last word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from casebook.forms import field_key
from casebook.instruments import expressions
from casebook.instruments.checklists import unscored_message
from casebook.instruments.model import Instrument
from casebook.items import kind_of
from casebook.language import form_language, instrument_text
from casebook.views.collect.page_data import show_if_trees


def completion_rules(instrument: Instrument, form: Any, lang: str | None = None) -> dict[str, Any]:
    """The JSON the page carries in `<script id="cb-completion">`, its labels and messages in
    the form's language (`lang`, by default the reader's), each label falling back to the
    instrument's first language."""
    trees = show_if_trees(instrument)
    text = instrument_text(instrument, form_language(instrument, lang))
    return {
        "date": "meta-date",
        "interview": instrument.kind == "interview",
        "sections": [
            {
                "id": section.id,
                "title": text(section.title),
                "show_if": trees.get(f"section:{section.id}"),
            }
            for section in instrument.sections
        ],
        "items": [
            _item(instrument, section.id, item, form, trees, text)
            for section in instrument.sections
            for item in section.items
            if kind_of(item).takes_answer
        ],
    }


def _item(
    instrument: Instrument, section_id: str, item: Any, form: Any, trees: dict, text: Callable
) -> dict[str, Any]:
    field = form[field_key(item.id)]
    spec: dict[str, Any] = {
        "id": item.id,
        "type": item.type,
        "section": section_id,
        "label": text(item.label),
        "anchor": field.id,
        "required": item.required,
        "show_if": trees.get(item.id),
    }
    if item.constraint:
        spec["constraint"] = expressions.parse(item.constraint)
        spec["message"] = text(item.constraint_message) or (f"does not meet: {item.constraint}")
    if getattr(item, "other", False):
        other = form[field_key(item.other_id)]
        spec["other"] = {"id": item.other_id, "anchor": other.id, "show_if": trees[item.other_id]}
    if item.type == "checklist":
        spec["every_row"] = item.require_every_row
        spec["unscored"] = unscored_message(instrument, item)
        spec["rows"] = [_row(row, field.form[field_key(row.id)], text) for row in item.rows]
    if item.type == "repeat":
        spec["min"] = item.min
        spec["subs"] = [
            {
                "id": sub.id,
                "label": text(sub.label),
                "required": sub.required,
                "show_if": expressions.parse(sub.show_if) if sub.show_if else None,
            }
            for sub in item.items
            if sub.type != "note"
        ]
    return spec


def _row(row: Any, field: Any, text: Callable) -> dict[str, Any]:
    return {
        "id": row.id,
        "label": text(row.label),
        "anchor": field.id,
        "score": field.form.score.name,
        "reason": field.form.reason.name,
        "reason_anchor": field.form.reason.id,
    }
