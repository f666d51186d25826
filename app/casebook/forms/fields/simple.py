"""The fields of items that take one value (also the fields of a repeat's entries)."""

from __future__ import annotations

from typing import Any

from wtforms import RadioField, SelectChoice, SelectMultipleField, StringField, TextAreaField

from casebook.forms.fields.base import (
    ItemField,
    Text,
    named_fields,
    read_text,
    scale_options,
    scale_value,
)
from casebook.forms.naming import NO, YES
from casebook.forms.typed_text import DateText, DurationText, NumberText, TimeText
from casebook.i18n import _
from casebook.instruments.model import Instrument


def _maxlength(item: Any) -> dict[str, Any]:
    return {"maxlength": item.max_length} if item.max_length else {}


class LineText(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        return StringField(text(item.label), render_kw=_maxlength(item))

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        return read_text(field)


class LongText(LineText):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        return TextAreaField(text(item.label), render_kw=_maxlength(item))


class Typed(ItemField):
    """Text converted to a duration, a date or a time (see typed_text.py)."""

    def __init__(self, field_class: type) -> None:
        self.field_class = field_class

    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        return self.field_class(text(item.label))


class Number(ItemField):
    """Text converted to a whole or decimal number, as the item says."""

    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        return NumberText(text(item.label), decimal=item.decimal)


class YesNo(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        choices = [SelectChoice(YES, _("Yes")), SelectChoice(NO, _("No"))]
        return RadioField(text(item.label), choices=choices, validate_choice=False)

    def initial(self, item: Any, value: Any) -> Any:
        return YES if value is True else NO if value is False else None

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        return {YES: True, NO: False}.get(field.data)


def _choices(instrument: Instrument, item: Any, text: Text) -> list[SelectChoice]:
    return [SelectChoice(c.value, text(c.label)) for c in instrument.choices_for(item)]


class OneChoice(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        choices = _choices(instrument, item, text)
        return RadioField(text(item.label), choices=choices, validate_choice=False)

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        return field.data or None


class ManyChoices(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        choices = _choices(instrument, item, text)
        return SelectMultipleField(text(item.label), choices=choices, validate_choice=False)

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        return list(dict.fromkeys(v for v in (field.data or []) if v))


class ScalePoints(ItemField):
    def unbound(self, instrument: Instrument, item: Any, text: Text) -> Any:
        choices = [SelectChoice(option[0], option[0]) for option in scale_options(instrument, item)]
        return RadioField(text(item.label), choices=choices, validate_choice=False)

    def initial(self, item: Any, value: Any) -> Any:
        return None if value is None else str(value)

    def read(self, instrument: Instrument, item: Any, field: Any) -> Any:
        return scale_value(field.data)


line_text = LineText()
long_text = LongText()
number_text = Number()
duration_text = Typed(DurationText)
date_text = Typed(DateText)
time_text = Typed(TimeText)
yes_no = YesNo()
one_choice = OneChoice()
many_choices = ManyChoices()
scale_points = ScalePoints()

SIMPLE_FIELDS = named_fields(globals())
