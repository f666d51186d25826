"""Building the form of one instrument version: a field per item, a sub-form per topic,
checklist and repeat row, filled from stored answers or from a posted form. Each item's
field is the one its kind names (`casebook.forms.fields`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_wtf import FlaskForm
from wtforms import FieldList, Form, StringField

from casebook.forms.fields import field_of, row_form, row_options, scale_options
from casebook.forms.fields.base import Text, labels
from casebook.forms.filling import initial_data
from casebook.forms.naming import field_key
from casebook.forms.problems import prepare_problems
from casebook.i18n import _
from casebook.instruments.model import Instrument
from casebook.items import kind_of

__all__ = ["build_form", "row_options", "row_template", "scale_options"]


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
    text = labels(instrument, language)
    fields: dict[str, Any] = {}
    for item in instrument.items():
        if not kind_of(item).takes_answer:
            continue
        fields[field_key(item.id)] = field_of(item).unbound(instrument, item, text)
        if getattr(item, "other", False):
            fields[field_key(item.other_id)] = _other_field(item, text)
    form_class = type("ResponseForm", (FlaskForm,), fields)
    data = None if formdata is not None else initial_data(instrument, answers)
    form = form_class(formdata=formdata, data=data, meta={"csrf": False})
    prepare_problems(form)
    return form


def _other_field(item: Any, text: Text) -> StringField:
    return StringField(_("%(question)s › please specify", question=text(item.label)))


def row_template(
    instrument: Instrument, item: Any, field: FieldList, language: str | None = None
) -> Form:
    """An unfilled repeat row named `<repeat>-__index__-<sub>`, for the page's <template>."""
    form_class = row_form(instrument, item, labels(instrument, language))
    return form_class(prefix=f"{field.name}-__index__-")
