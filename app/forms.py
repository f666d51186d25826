"""Response forms: a WTForms form built from one instrument version for each request.

Field names follow the item ids, so what the browser posts reads like the instrument:
`own_goals-covered`, `own_goals-notes`, `own_goals-probes-goal_content` (a topic),
`process_scores-support-score`, `process_scores-support-evidence` (a checklist row),
`attendees-0-role` (a repeat row), `interview_setting_other` (the 'please specify' text).
An item id that would clash with the form's own attributes (`data`, `errors`, `meta`, ...) or
with the page's own fields (`revision`, `csrf_token`, `action`) is named `item.<id>` instead.

Nothing here decides what is required or valid: only conversions (text that is not a number,
a date, a time) are checked here; everything else is `check_answers`' job in the service layer,
whose problems `attach_problems` puts back on the fields they concern.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    Field,
    FieldList,
    Form,
    FormField,
    RadioField,
    SelectChoice,
    SelectMultipleField,
    StringField,
    TextAreaField,
)

from app.instruments.answers import NOT_OBSERVED, is_empty, normalise
from app.instruments.model import Instrument, label_text

YES, NO = "yes", "no"
PAGE_FIELDS = frozenset({"revision", "csrf_token", "action", "uuid"})
# Form attributes and keyword arguments of Form(); an item with such an id gets another name.
RESERVED = frozenset(dir(FlaskForm)) | PAGE_FIELDS | {"formdata", "obj", "prefix", "data", "meta"}
MAX_ROWS = 500
META_LABELS = {
    "date": "Date",
    "participant": "Participant",
    "case": "Case",
    "wave": "Wave",
    "instrument": "Instrument",
    "status": "Status",
    "uuid": "Response",
    "revision": "Revision",
}
META_FIELD_IDS = {"date": "meta-date"}
_META_BY_FIELD_ID = {v: k for k, v in META_FIELD_IDS.items()}
_ERRORS = "_casebook_errors"  # container and page-field errors, by field id
_META = "_casebook_meta"  # problems with the response's metadata, by name
_ROWS = "_casebook_rows"  # on a repeat's FieldList: entry index of each stored answer row
_PATH_PART = re.compile(r"^([a-z0-9_]+)(?:\[(\d+)\])?$")


def field_key(item_id: str) -> str:
    """The form field name of an item (or probe, row, sub-item) id."""
    if item_id in RESERVED or f"validate_{item_id}" in RESERVED:
        return f"item.{item_id}"
    return item_id


# --- fields that convert typed text --------------------------------------------------------


class TypedText(StringField):
    """Text converted to a typed answer. What was typed is shown again when it is wrong, so
    nothing typed disappears from the page; a conversion error becomes a field error."""

    def convert(self, text: str) -> Any:
        return text

    def show(self, value: Any) -> str:
        return str(value)

    def process_formdata(self, valuelist: list[str]) -> None:
        if not valuelist:
            return
        self.data = None
        text = valuelist[0].strip()
        if text:
            self.data = self.convert(text)

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "" if self.data is None else self.show(self.data)


class NumberText(TypedText):
    """A number typed as text (a decimal comma is accepted)."""

    def __init__(self, label: str | None = None, decimal: bool = False, **kwargs: Any) -> None:
        super().__init__(label, **kwargs)
        self.decimal = decimal

    def convert(self, text: str) -> int | float:
        if not re.fullmatch(r"-?\d+([.,]\d+)?", text):
            raise ValueError("not a number: type digits only, e.g. 12")
        value = float(text.replace(",", "."))
        if not self.decimal and not value.is_integer():
            raise ValueError("a whole number is needed here, e.g. 12")
        return int(value) if value.is_integer() else value


class DurationText(TypedText):
    """A duration in whole minutes."""

    def convert(self, text: str) -> int:
        if not text.isdigit():
            raise ValueError("not a number of minutes: type whole minutes, e.g. 45")
        return int(text)


class DateText(TypedText):
    """A date, YYYY-MM-DD (what a date input sends)."""

    def convert(self, text: str) -> str:
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            pass
        raise ValueError("not a date: use YYYY-MM-DD, e.g. 2025-03-31")


class TimeText(TypedText):
    """A time of day, HH:MM on a 24-hour clock (seconds are dropped)."""

    def convert(self, text: str) -> str:
        match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?", text)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValueError("not a time: use HH:MM on a 24-hour clock, e.g. 09:30")
        return f"{int(match[1]):02d}:{match[2]}"


# --- building ------------------------------------------------------------------------------


def build_form(
    instrument: Instrument, answers: Mapping[str, Any], formdata: Any = None
) -> FlaskForm:
    """A form for this instrument version, filled from stored `answers`, or from `formdata`
    (a posted form) when it is given: then every field reads only the posted data, and a
    field that was not posted is empty, as in any HTML form post."""
    fields: dict[str, Any] = {}
    for item in instrument.items():
        if item.type == "note":
            continue
        fields[field_key(item.id)] = _unbound(instrument, item)
        if getattr(item, "other", False):
            fields[field_key(item.other_id)] = _other_field(item)
    form_class = type("ResponseForm", (FlaskForm,), fields)
    data = None if formdata is not None else _initial(instrument, answers)
    form = form_class(formdata=formdata, data=data, meta={"csrf": False})
    setattr(form, _ERRORS, {})
    setattr(form, _META, {})
    return form


def _other_field(item: Any) -> StringField:
    return StringField(f"{label_text(item.label)} › please specify")


def _unbound(instrument: Instrument, item: Any) -> Any:
    """The unbound field for one top-level item."""
    label = label_text(item.label)
    if item.type == "topic":
        return FormField(_topic_form(item), label=label)
    if item.type == "checklist":
        return FormField(_checklist_form(instrument, item), label=label)
    if item.type == "repeat":
        return FieldList(FormField(_row_form(instrument, item)), label=label)
    return _simple(instrument, item)


def _simple(instrument: Instrument, item: Any) -> Field:
    """The field of an item that takes one value (also used inside repeat rows)."""
    label = label_text(item.label)
    kind = item.type
    if kind == "text":
        return StringField(label, render_kw=_maxlength(item))
    if kind == "longtext":
        return TextAreaField(label, render_kw=_maxlength(item))
    if kind == "number":
        return NumberText(label, decimal=item.decimal)
    if kind == "duration":
        return DurationText(label)
    if kind == "date":
        return DateText(label)
    if kind == "time":
        return TimeText(label)
    if kind == "boolean":
        choices = [SelectChoice(YES, "Yes"), SelectChoice(NO, "No")]
        return RadioField(label, choices=choices, validate_choice=False)
    if kind == "choice":
        return RadioField(label, choices=_choices(instrument, item), validate_choice=False)
    if kind == "multichoice":
        return SelectMultipleField(label, choices=_choices(instrument, item), validate_choice=False)
    if kind == "scale":
        return RadioField(label, choices=_scale_choices(instrument, item), validate_choice=False)
    raise ValueError(f"no form field for item type {kind!r}")


def _maxlength(item: Any) -> dict[str, Any]:
    return {"maxlength": item.max_length} if item.max_length else {}


def _choices(instrument: Instrument, item: Any) -> list[SelectChoice]:
    return [SelectChoice(c.value, label_text(c.label)) for c in instrument.choices_for(item)]


def scale_options(instrument: Instrument, item: Any) -> list[tuple[str, str, str]]:
    """(value, number, anchor label) for each point of a scale, then 'not observed'."""
    scale = instrument.scale_for(item)
    options = [
        (str(point), str(point), label_text(scale.anchors.get(point)))
        for point in range(scale.min, scale.max + 1)
    ]
    if scale.not_observed:
        options.append((NOT_OBSERVED, "", "Not observed"))
    return options


def _scale_choices(instrument: Instrument, item: Any) -> list[SelectChoice]:
    return [SelectChoice(value, value) for value, _, _ in scale_options(instrument, item)]


def _topic_form(item: Any) -> type[Form]:
    fields: dict[str, Any] = {
        "covered": BooleanField("Covered"),
        "notes": TextAreaField("Notes"),
    }
    if item.probe_ticks and item.probes:
        probes = {field_key(p.id): BooleanField(label_text(p.label)) for p in item.probes}
        fields["probes"] = FormField(type("ProbesForm", (Form,), probes), label="Probes")
    return type("TopicForm", (Form,), fields)


def _checklist_form(instrument: Instrument, item: Any) -> type[Form]:
    row_fields: dict[str, Any] = {
        "score": RadioField(
            "Score", choices=_scale_choices(instrument, item), validate_choice=False
        )
    }
    if item.evidence:
        row_fields["evidence"] = TextAreaField(label_text(item.evidence_label))
    row_form = type("ChecklistRowForm", (Form,), row_fields)
    rows = {field_key(r.id): FormField(row_form, label=label_text(r.label)) for r in item.rows}
    return type("ChecklistForm", (Form,), rows)


def _row_form(instrument: Instrument, item: Any) -> type[Form]:
    subs = {field_key(s.id): _simple(instrument, s) for s in item.items if s.type != "note"}
    return type("RepeatRowForm", (Form,), subs)


def row_template(instrument: Instrument, item: Any, field: FieldList) -> Form:
    """An unfilled repeat row named `<repeat>-__index__-<sub>`, for the page's <template>."""
    return _row_form(instrument, item)(prefix=f"{field.name}-__index__-")


# --- initial data from stored answers --------------------------------------------------------


def _initial(instrument: Instrument, answers: Mapping[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for item in instrument.items():
        if item.type == "note":
            continue
        data[field_key(item.id)] = _initial_value(item, answers.get(item.id))
        if getattr(item, "other", False):
            data[field_key(item.other_id)] = answers.get(item.other_id)
    return data


def _initial_value(item: Any, value: Any) -> Any:
    kind = item.type
    if kind == "topic":
        value = value if isinstance(value, dict) else {}
        probes = value.get("probes") if isinstance(value.get("probes"), dict) else {}
        return {
            "covered": bool(value.get("covered")),
            "notes": value.get("notes") or "",
            "probes": {field_key(k): bool(v) for k, v in probes.items()},
        }
    if kind == "checklist":
        value = value if isinstance(value, dict) else {}
        return {field_key(k): _checklist_row(v) for k, v in value.items() if isinstance(v, dict)}
    if kind == "repeat":
        rows = [_repeat_row(item, r) for r in (value or []) if isinstance(r, dict)]
        if item.max is None or len(rows) < item.max:
            rows.append({})  # one blank row to type into, even without JavaScript
        return rows
    return _initial_simple(kind, value)


def _checklist_row(row: dict[str, Any]) -> dict[str, Any]:
    score = row.get("score")
    return {"score": None if score is None else str(score), "evidence": row.get("evidence") or ""}


def _repeat_row(item: Any, row: dict[str, Any]) -> dict[str, Any]:
    kinds = {s.id: s.type for s in item.items}
    return {field_key(k): _initial_simple(kinds.get(k, "text"), v) for k, v in row.items()}


def _initial_simple(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "boolean":
        return YES if value is True else NO if value is False else None
    if kind == "scale":
        return str(value)
    return value


# --- reading typed answers back ----------------------------------------------------------------


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
                _container_error(form, field, f"at most {limit} entries (this has {filled})")
                ok = False
    return ok


def form_answers(instrument: Instrument, form: FlaskForm) -> dict[str, Any]:
    """The answers in the documented shapes (see app/instruments/answers.py), unanswered
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
    setattr(field, _ROWS, [index for index, _ in rows])
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


# --- problems from the service layer -----------------------------------------------------------


def attach_problems(form: FlaskForm, problems: Mapping[str, list[str]]) -> None:
    """Put problems keyed by item path (`goals`, `process_scores.support.score`,
    `attendees[1].role`, `setting_place_other`) on the fields they concern. Problems with
    the response itself (`participant`, `date`, ...) go to `form.form_errors`."""
    for path, messages in problems.items():
        target = field_for_path(form, path)
        if target is not None:
            _field_error(form, target, messages)
            continue
        name = path.split(".")[0]
        label = META_LABELS.get(name, name)
        form.form_errors.extend(f"{label}: {message}" for message in messages)
        getattr(form, _META).setdefault(name, []).extend(messages)
        if name in META_FIELD_IDS:
            getattr(form, _ERRORS).setdefault(META_FIELD_IDS[name], []).extend(messages)


def field_for_path(form: FlaskForm, path: str) -> Field | None:
    """The deepest field an item path leads to; None when its first part is no field."""
    container: Any = form
    found: Field | None = None
    for part in path.split("."):
        match = _PATH_PART.match(part)
        field = _child(container, match[1]) if match else None
        if field is None:
            break
        found, container = field, None
        if isinstance(field, FieldList) and match[2] is not None:
            entry = _entry(field, int(match[2]))
            if entry is None:
                break
            found, container = entry, entry.form
        elif isinstance(field, FormField):
            container = field.form
    return found


def _child(container: Any, name: str) -> Field | None:
    if container is None:
        return None
    key = field_key(name)
    return container[key] if key in container else None


def _entry(field: FieldList, answer_index: int) -> FormField | None:
    rows = getattr(field, _ROWS, None)
    index = rows[answer_index] if rows is not None and answer_index < len(rows) else answer_index
    return field.entries[index] if index < len(field.entries) else None


def _field_error(form: FlaskForm, field: Field, messages: list[str]) -> None:
    if isinstance(field, FormField | FieldList):
        getattr(form, _ERRORS).setdefault(field.id, []).extend(messages)
    else:
        field.errors = [*field.errors, *messages]


def _container_error(form: FlaskForm, field: Field, message: str) -> None:
    getattr(form, _ERRORS).setdefault(field.id, []).append(message)


def meta_problems(form: FlaskForm) -> dict[str, list[str]]:
    """Problems with the response's metadata (date, participant, ...), by name."""
    return getattr(form, _META, {})


def walk(form: Form, trail: tuple[str, ...] = ()) -> Iterator[tuple[Field, tuple[str, ...]]]:
    """Every field in page order with the labels leading to it (containers first)."""
    for field in form:
        labels = (*trail, field.label.text)
        yield field, labels
        if isinstance(field, FormField):
            yield from walk(field.form, labels)
        elif isinstance(field, FieldList):
            for number, entry in enumerate(field.entries, start=1):
                entry_labels = (*labels, f"entry {number}")
                yield entry, entry_labels
                yield from walk(entry.form, entry_labels)


def field_errors(form: FlaskForm) -> dict[str, list[str]]:
    """Every message on the page by field id: conversion errors, service problems, and
    problems with the page's own fields such as `meta-date`."""
    extra: dict[str, list[str]] = getattr(form, _ERRORS, {})
    found: dict[str, list[str]] = {}
    for field, _ in walk(form):
        own = [] if isinstance(field, FormField | FieldList) else list(field.errors or [])
        messages = [*extra.get(field.id, []), *(m for m in own if isinstance(m, str))]
        if messages:
            found[field.id] = messages
    for field_id, messages in extra.items():
        found.setdefault(field_id, messages)
    return found


def error_summary(form: FlaskForm) -> list[tuple[str, str, str]]:
    """(field id, where, message) for each problem in page order, for the summary at the
    top of the page; metadata problems without a field come last with an empty id."""
    errors = field_errors(form)
    summary: list[tuple[str, str, str]] = []
    for field, labels in walk(form):
        for message in errors.pop(field.id, []):
            summary.append((field.id, " › ".join(_short(label) for label in labels), message))
    for field_id, messages in errors.items():
        name = _META_BY_FIELD_ID.get(field_id, field_id)
        summary.extend((field_id, META_LABELS.get(name, name), m) for m in messages)
    for name, messages in meta_problems(form).items():
        if name not in META_FIELD_IDS:
            summary.extend(("", META_LABELS.get(name, name), m) for m in messages)
    return summary


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def problems_from_fields(form: FlaskForm) -> dict[str, list[str]]:
    """Field errors keyed by item path (`attendees[0].role`), for a JSON answer."""
    return {field_path(field_id): messages for field_id, messages in field_errors(form).items()}


def field_path(field_id: str) -> str:
    """`attendees-0-role` -> `attendees[0].role`; `item.data-notes` -> `data.notes`."""
    if field_id in _META_BY_FIELD_ID:
        return _META_BY_FIELD_ID[field_id]
    parts = [p.removeprefix("item.") for p in field_id.split("-")]
    path = ""
    for part in parts:
        path += f"[{part}]" if part.isdigit() and path else (f".{part}" if path else part)
    return path
