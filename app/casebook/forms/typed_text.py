"""Form fields that read typed text as a number, a duration, a date or a time of day: the
only checks a response form makes itself."""

from __future__ import annotations

import re
from typing import Any

from wtforms import StringField

from casebook.dates import read_date, read_time
from casebook.i18n import _


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
            raise ValueError(_("not a number: type digits only, e.g. 12"))
        value = float(text.replace(",", "."))
        if not self.decimal and not value.is_integer():
            raise ValueError(_("a whole number is needed here, e.g. 12"))
        return int(value) if value.is_integer() else value


class DurationText(TypedText):
    """A duration in whole minutes."""

    def convert(self, text: str) -> int:
        if not text.isdigit():
            raise ValueError(_("not a number of minutes: type whole minutes, e.g. 45"))
        return int(text)


class DateText(TypedText):
    """A date, YYYY-MM-DD (what a date input sends)."""

    def convert(self, text: str) -> str:
        date = read_date(text)
        if date is None:
            raise ValueError(_("not a date: use YYYY-MM-DD, e.g. 2025-03-31"))
        return date


class TimeText(TypedText):
    """A time of day, HH:MM on a 24-hour clock (seconds are dropped)."""

    def convert(self, text: str) -> str:
        time = read_time(text)
        if time is None:
            raise ValueError(_("not a time: use HH:MM on a 24-hour clock, e.g. 09:30"))
        return time
