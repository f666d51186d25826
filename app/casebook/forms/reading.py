"""Reading a posted response form back as answers in the documented shapes (see
app/casebook/instruments/answers.py). Only conversions and repeat row counts are checked here:
what is required or valid is `check_answers`' job in the service layer."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm

from casebook.forms.fields import MAX_ROWS, field_of
from casebook.forms.fields.base import read_text
from casebook.forms.naming import field_key
from casebook.forms.problems import container_error
from casebook.instruments.answers import normalise
from casebook.instruments.model import Instrument
from casebook.items import kind_of

__all__ = ["MAX_ROWS", "form_answers", "validate_form"]


def validate_form(instrument: Instrument, form: FlaskForm) -> bool:
    """Run the conversions (numbers, dates, times) and check repeat row counts; True when
    the posted form can be turned into answers. Required-ness is never checked here."""
    ok = form.validate()
    for item in instrument.items():
        if not kind_of(item).takes_answer:
            continue
        field = form[field_key(item.id)]
        problem = field_of(item).problem(instrument, item, field)
        if problem:
            container_error(form, field, problem)
            ok = False
    return ok


def form_answers(instrument: Instrument, form: FlaskForm) -> dict[str, Any]:
    """The answers in the documented shapes (see app/casebook/instruments/answers.py), unanswered
    values left out. Call `validate_form` first: a field that failed to convert reads as
    unanswered here."""
    answers: dict[str, Any] = {}
    for item in instrument.items():
        if not kind_of(item).takes_answer:
            continue
        field = form[field_key(item.id)]
        answers[item.id] = field_of(item).read(instrument, item, field)
        if getattr(item, "other", False):
            answers[item.other_id] = read_text(form[field_key(item.other_id)])
    return normalise(instrument, answers)
