"""What the response page needs beyond the form: the parsed `show_if` conditions and the
shape of each item for its script, and topics covered and problems per section for its
section navigation."""

from __future__ import annotations

from typing import Any

from casebook.forms import field_errors, field_key
from casebook.forms.fields import MAX_ROWS
from casebook.i18n import _
from casebook.instruments import expressions
from casebook.instruments.answers import is_self_contained
from casebook.instruments.checklists import unscored_message
from casebook.instruments.model import OTHER, Instrument, label_text
from casebook.items import kind_of
from casebook.language import reading_language


def show_if_trees(instrument: Instrument) -> dict[str, Any]:
    """Parsed show_if trees by item id and by `section:<id>`, plus the derived condition
    of each 'please specify' answer, for the page's script."""
    trees: dict[str, Any] = {}
    for section in instrument.sections:
        if section.show_if:
            trees[f"section:{section.id}"] = expressions.parse(section.show_if)
        for item in section.items:
            if getattr(item, "show_if", None):
                trees[item.id] = expressions.parse(item.show_if)
            if getattr(item, "other", False):
                trees[item.other_id] = _chose_other_tree(item)
    return trees


def _chose_other_tree(item: Any) -> dict[str, Any]:
    ref = {"op": "ref", "path": [item.id]}
    other = {"op": "lit", "value": OTHER}
    if item.type == "multichoice":
        return {"op": "in", "left": other, "right": ref}
    return {"op": "==", "left": ref, "right": other}


def covered(instrument: Instrument, form: Any) -> dict[str, tuple[int, int]]:
    """(topics ticked covered, topics) per section that has topics."""
    counts: dict[str, tuple[int, int]] = {}
    for section in instrument.sections:
        topics = [i for i in section.items if i.type == "topic"]
        if topics:
            ticked = sum(bool(form[field_key(t.id)].form.covered.data) for t in topics)
            counts[section.id] = (ticked, len(topics))
    return counts


def section_errors(instrument: Instrument, form: Any) -> dict[str, int]:
    """How many messages each section has, for a mark in the section navigation."""
    errors = field_errors(form)
    counts: dict[str, int] = {}
    for section in instrument.sections:
        names = [form[field_key(i.id)].id for i in section.items if kind_of(i).takes_answer]
        names += [
            form[field_key(i.other_id)].id for i in section.items if getattr(i, "other", False)
        ]
        count = sum(len(m) for fid, m in errors.items() if fid.split("-")[0] in names)
        if count:
            counts[section.id] = count
    return counts


def client_items(instrument: Instrument, form: Any) -> list[dict[str, Any]]:
    """What the page's script needs to read the answers from the form in their documented
    shapes: each item's type, its reader in form.js (named by its kind), field name and
    parts."""
    return [
        _client_item(instrument, section.id, item, form)
        for section in instrument.sections
        for item in section.items
        if kind_of(item).takes_answer
    ]


def _client_item(instrument: Instrument, section_id: str, item: Any, form: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "id": item.id,
        "type": item.type,
        "reader": kind_of(item).reader,
        "section": section_id,
        "name": form[field_key(item.id)].name,
        "field": form[field_key(item.id)].id,
        "check": checks(item, first_language=instrument.languages[0]),
    }
    if item.type == "topic":
        ticks = item.probe_ticks and item.probes
        spec["probes"] = [[p.id, field_key(p.id)] for p in item.probes] if ticks else []
    elif item.type == "checklist":
        spec["rows"] = [[r.id, field_key(r.id)] for r in item.rows]
        spec["evidence"] = item.evidence
        spec["check"] |= checklist_checks(instrument, item)
    elif item.type == "repeat":
        spec["items"] = [
            {
                "id": s.id,
                "type": s.type,
                "reader": kind_of(s).reader,
                "key": field_key(s.id),
                "check": checks(s, True, instrument.languages[0]),
            }
            for s in item.items
            if kind_of(s).takes_answer
        ]
    if getattr(item, "other", False):
        spec["other"] = {"id": item.other_id, "name": form[field_key(item.other_id)].name}
    return spec


def checklist_checks(instrument: Instrument, item: Any) -> dict[str, Any]:
    """What completion asks of a checklist's rows (checks.js twins `unaccounted_rows`)."""
    return {
        "every_row": item.require_every_row,
        "unscored": unscored_message(instrument, item),
    }


def checks(item: Any, in_row: bool = False, first_language: str | None = None) -> dict[str, Any]:
    """What the page's script needs to check an answer as the server does (checks.js), so
    a form filled offline gets the same messages: limits, the parsed constraint and its
    message, whether the item is required (and, inside a repeat's rows, when it is shown).
    Only what this item has is included."""
    found: dict[str, Any] = {}
    if getattr(item, "required", False):
        found["required"] = True
    for name in ("min", "max"):
        value = getattr(item, name, None)
        if value is not None and item.type in ("number", "duration"):
            found[name] = value
            found[f"{name}_text"] = f"{value:g}" if item.type == "number" else str(value)
    if item.type == "repeat":
        found["min_entries"] = item.min
        found["max_entries"] = min(item.max or MAX_ROWS, MAX_ROWS)
    if in_row and getattr(item, "show_if", None):
        found["show_if"] = expressions.parse(item.show_if)
    if getattr(item, "decimal", False):
        found["decimal"] = True
    if getattr(item, "max_length", None):
        found["max_length"] = item.max_length
    if getattr(item, "constraint", None):
        found["constraint"] = expressions.parse(item.constraint)
        found["self_contained"] = is_self_contained(item.constraint)
        message = label_text(item.constraint_message, reading_language(), first_language)
        found["message"] = message or _("does not meet: %(rule)s", rule=item.constraint)
    return found
