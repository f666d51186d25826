"""Stored answers as a response form's initial data: booleans as the yes/no a radio posts,
scale points as text, checklist and repeat rows keyed by field name, and one blank repeat
row to type into, even without JavaScript (each by its field, `casebook.forms.fields`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casebook.forms.fields import field_of
from casebook.forms.naming import field_key
from casebook.instruments.model import Instrument
from casebook.items import kind_of


def initial_data(instrument: Instrument, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The form data of these stored answers, by field name."""
    data: dict[str, Any] = {}
    for item in instrument.items():
        if not kind_of(item).takes_answer:
            continue
        data[field_key(item.id)] = field_of(item).initial(item, answers.get(item.id))
        if getattr(item, "other", False):
            data[field_key(item.other_id)] = answers.get(item.other_id)
    return data
