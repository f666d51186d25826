"""Building the form of one instrument version: a field per item, a sub-form per topic,
checklist and repeat row, filled from stored answers or from a posted form."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

from casebook.forms.filling import initial_data
from casebook.forms.naming import NO, YES, field_key
from casebook.forms.problems import prepare_problems
from casebook.forms.typed_text import DateText, DurationText, NumberText, TimeText
from casebook.i18n import _
from casebook.instruments.checklists import LEFT_OUT, NOT_OBSERVED
from casebook.instruments.model import Instrument, label_text
from casebook.language import form_language


def build_form(
    instrument: Instrument,
    answers: Mapping[str, Any],
    formdata: Any = None,
    language: str | None = None,
) -> FlaskForm:
    """A form for this instrument version, filled from stored `answers`, or from `formdata`
    (a posted form) when it is given: then every field reads only the posted data, and a
    field that was not posted is empty, as in any HTML form post. Labels are in `language`
    (by default the reader's, `casebook.language.form_language`), so messages name the fields
    as the page shows them."""
    text = _labels(instrument, language)
    fields: dict[str, Any] = {}
    for item in instrument.items():
        if item.type == "note":
            continue
        fields[field_key(item.id)] = _unbound(instrument, item, text)
        if getattr(item, "other", False):
            fields[field_key(item.other_id)] = _other_field(item, text)
    form_class = type("ResponseForm", (FlaskForm,), fields)
    data = None if formdata is not None else initial_data(instrument, answers)
    form = form_class(formdata=formdata, data=data, meta={"csrf": False})
    prepare_problems(form)
    return form


def _labels(instrument: Instrument, language: str | None) -> Callable[[Any], str]:
    """Labels of this instrument in the form's language, each falling back to the
    instrument's first language."""
    chosen = form_language(instrument, language)
    return lambda label: label_text(label, chosen, instrument.languages[0])


def _other_field(item: Any, text: Callable[[Any], str]) -> StringField:
    return StringField(_("%(question)s › please specify", question=text(item.label)))


def _unbound(instrument: Instrument, item: Any, text: Callable[[Any], str]) -> Any:
    """The unbound field for one top-level item."""
    label = text(item.label)
    if item.type == "topic":
        return FormField(_topic_form(item, text), label=label)
    if item.type == "checklist":
        return FormField(_checklist_form(instrument, item, text), label=label)
    if item.type == "repeat":
        return FieldList(FormField(_row_form(instrument, item, text)), label=label)
    return _simple(instrument, item, text)


def _simple(instrument: Instrument, item: Any, text: Callable[[Any], str]) -> Field:
    """The field of an item that takes one value (also used inside repeat rows)."""
    label = text(item.label)
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
        choices = [SelectChoice(YES, _("Yes")), SelectChoice(NO, _("No"))]
        return RadioField(label, choices=choices, validate_choice=False)
    if kind == "choice":
        return RadioField(label, choices=_choices(instrument, item, text), validate_choice=False)
    if kind == "multichoice":
        choices = _choices(instrument, item, text)
        return SelectMultipleField(label, choices=choices, validate_choice=False)
    if kind == "scale":
        return RadioField(label, choices=_scale_choices(instrument, item), validate_choice=False)
    raise ValueError(f"no form field for item type {kind!r}")


def _maxlength(item: Any) -> dict[str, Any]:
    return {"maxlength": item.max_length} if item.max_length else {}


def _choices(instrument: Instrument, item: Any, text: Callable[[Any], str]) -> list[SelectChoice]:
    return [SelectChoice(c.value, text(c.label)) for c in instrument.choices_for(item)]


def scale_options(
    instrument: Instrument, item: Any, language: str | None = None
) -> list[tuple[str, str, str]]:
    """(value, number, anchor label) for each point of a scale, then 'not observed'."""
    text = _labels(instrument, language)
    scale = instrument.scale_for(item)
    options = [
        (str(point), str(point), text(scale.anchors.get(point)))
        for point in range(scale.min, scale.max + 1)
    ]
    if scale.not_observed:
        options.append((NOT_OBSERVED, "", _("Not observed")))
    return options


def row_options(
    instrument: Instrument, item: Any, language: str | None = None
) -> list[tuple[str, str, str]]:
    """The options of a checklist row: the scale's, then 'leave out' (with a reason)."""
    return [*scale_options(instrument, item, language), (LEFT_OUT, "", _("Leave out"))]


def _scale_choices(instrument: Instrument, item: Any) -> list[SelectChoice]:
    return [SelectChoice(option[0], option[0]) for option in scale_options(instrument, item)]


def _topic_form(item: Any, text: Callable[[Any], str]) -> type[Form]:
    fields: dict[str, Any] = {
        "covered": BooleanField(_("Covered")),
        "notes": TextAreaField(_("Notes")),
    }
    if item.probe_ticks and item.probes:
        probes = {field_key(p.id): BooleanField(text(p.label)) for p in item.probes}
        fields["probes"] = FormField(type("ProbesForm", (Form,), probes), label=_("Probes"))
    return type("TopicForm", (Form,), fields)


def _checklist_form(instrument: Instrument, item: Any, text: Callable[[Any], str]) -> type[Form]:
    choices = [SelectChoice(option[0], option[0]) for option in row_options(instrument, item)]
    row_fields: dict[str, Any] = {
        "score": RadioField(_("Score"), choices=choices, validate_choice=False),
        "reason": TextAreaField(_("Reason for leaving this row out")),
    }
    if item.evidence:
        row_fields["evidence"] = TextAreaField(text(item.evidence_label))
    row_form = type("ChecklistRowForm", (Form,), row_fields)
    rows = {field_key(r.id): FormField(row_form, label=text(r.label)) for r in item.rows}
    return type("ChecklistForm", (Form,), rows)


def _row_form(instrument: Instrument, item: Any, text: Callable[[Any], str]) -> type[Form]:
    subs = {field_key(s.id): _simple(instrument, s, text) for s in item.items if s.type != "note"}
    return type("RepeatRowForm", (Form,), subs)


def row_template(
    instrument: Instrument, item: Any, field: FieldList, language: str | None = None
) -> Form:
    """An unfilled repeat row named `<repeat>-__index__-<sub>`, for the page's <template>."""
    row_form = _row_form(instrument, item, _labels(instrument, language))
    return row_form(prefix=f"{field.name}-__index__-")
