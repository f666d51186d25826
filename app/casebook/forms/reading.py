"""Reading a posted response form back as answers in the documented shapes (see
app/casebook/instruments/answers.py). Only conversions and repeat row counts are checked here:
what is required or valid is `check_answers`' job in the service layer."""

from __future__ import annotations

import re
from typing import Any

from flask_wtf import FlaskForm
from wtforms import Field, FieldList, FormField

from casebook.forms.naming import NO, YES, field_key
from casebook.forms.problems import container_error, remember_rows
from casebook.i18n import _
from casebook.instruments.answers import is_empty, normalise
from casebook.instruments.checklists import LEFT_OUT
from casebook.instruments.model import Instrument

MAX_ROWS = 500


def validate_form(instrument: Instrument, form: FlaskForm) -> bool:
    """Run the conversions (numbers, dates, times) and check repeat row counts; True when
    the posted form can be turned into answers. Required-ness is never checked here."""
    ok = form.validate()
    for item in instrument.items():
        if item.type == "repeat":
            field = form[field_key(item.id)]
            filled = len(_filled_rows(instrument, item, field))
            limit = min(item.max or MAX_ROWS, MAX_ROWS)
            if filled > limit:
                container_error(
                    form,
                    field,
                    _(
                        "at most %(limit)d entries (this has %(filled)d)",
                        limit=limit,
                        filled=filled,
                    ),
                )
                ok = False
    return ok


def form_answers(instrument: Instrument, form: FlaskForm) -> dict[str, Any]:
    """The answers in the documented shapes (see app/casebook/instruments/answers.py), unanswered
    values left out. Call `validate_form` first: a field that failed to convert reads as
    unanswered here."""
    answers: dict[str, Any] = {}
    for item in instrument.items():
        if item.type == "note":
            continue
        field = form[field_key(item.id)]
        if item.type == "repeat":
            answers[item.id] = _read_repeat(instrument, item, field)
        else:
            answers[item.id] = READERS[item.type](instrument, item, field)
        if getattr(item, "other", False):
            answers[item.other_id] = _read_text(instrument, item, form[field_key(item.other_id)])
    return normalise(instrument, answers)


def _read_text(_instrument: Instrument, _item: Any, field: Field) -> str:
    return (field.data or "").replace("\r\n", "\n").replace("\r", "\n")


def _read_typed(_instrument: Instrument, _item: Any, field: Field) -> Any:
    return field.data


def _read_boolean(_instrument: Instrument, _item: Any, field: Field) -> bool | None:
    return {YES: True, NO: False}.get(field.data)


def _read_choice(_instrument: Instrument, _item: Any, field: Field) -> str | None:
    return field.data or None


def _read_multichoice(_instrument: Instrument, _item: Any, field: Field) -> list[str]:
    return list(dict.fromkeys(v for v in (field.data or []) if v))


def _read_scale(_instrument: Instrument, _item: Any, field: Field) -> int | str | None:
    return _scale_value(field.data)


def _scale_value(value: Any) -> int | str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and re.fullmatch(r"-?\d+", value):
        return int(value)
    return value  # "not_observed", or something check_answers will explain


def _read_topic(_instrument: Instrument, item: Any, field: FormField) -> dict[str, Any]:
    sub = field.form
    value: dict[str, Any] = {
        "covered": bool(sub.covered.data),
        "notes": _read_text(_instrument, item, sub.notes),
    }
    if "probes" in sub:
        value["probes"] = {p.id: bool(sub.probes.form[field_key(p.id)].data) for p in item.probes}
    return value


def _read_checklist(_instrument: Instrument, item: Any, field: FormField) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for row in item.rows:
        sub = field.form[field_key(row.id)].form
        entry: dict[str, Any] = {"score": _scale_value(sub.score.data)}
        if "evidence" in sub:
            entry["evidence"] = _read_text(_instrument, item, sub.evidence)
        if entry["score"] == LEFT_OUT:  # a reason typed before another choice is not kept
            entry["reason"] = _read_text(_instrument, item, sub.reason)
        value[row.id] = entry
    return value


def _filled_rows(
    instrument: Instrument, item: Any, field: FieldList
) -> list[tuple[int, dict[str, Any]]]:
    """(entry index, row answers) of every row with something in it, in order."""
    found = []
    for index, entry in enumerate(field.entries):
        row = {
            sub.id: READERS[sub.type](instrument, sub, entry.form[field_key(sub.id)])
            for sub in item.items
            if sub.type != "note"
        }
        row = {k: v for k, v in row.items() if not is_empty(v)}
        if row:
            found.append((index, row))
    return found


def _read_repeat(instrument: Instrument, item: Any, field: FieldList) -> list[dict[str, Any]]:
    rows = _filled_rows(instrument, item, field)
    remember_rows(field, [index for index, _row in rows])
    return [row for _, row in rows]


READERS = {
    "text": _read_text,
    "longtext": _read_text,
    "number": _read_typed,
    "duration": _read_typed,
    "date": _read_typed,
    "time": _read_typed,
    "boolean": _read_boolean,
    "choice": _read_choice,
    "multichoice": _read_multichoice,
    "scale": _read_scale,
    "topic": _read_topic,
    "checklist": _read_checklist,
}
