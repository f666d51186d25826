"""Dates and times as Casebook stores and exchanges them: a date is YYYY-MM-DD, a time of
day HH:MM on a 24-hour clock. One home for the patterns (the JSON Schemas of the API use
them as they are), the checks of stored answers and API fields, and the reading of what a
person typed into a form. The browser's own copy is in static/casebook/checks.js."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$"
_DATE = re.compile(DATE_PATTERN)
_TIME = re.compile(TIME_PATTERN)
# What a time input or a person sends: 9:30, 09:30 or 09:30:15 (the seconds are dropped).
_TYPED_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?")


def is_date_shaped(value: Any) -> bool:
    """Text written as YYYY-MM-DD, whether or not the calendar has that day."""
    return isinstance(value, str) and _DATE.fullmatch(value) is not None


def is_iso_date(value: Any) -> bool:
    """A real calendar date written exactly as YYYY-MM-DD."""
    if not is_date_shaped(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_clock_time(value: Any) -> bool:
    """A time of day written exactly as HH:MM, 00:00 to 23:59."""
    return isinstance(value, str) and _TIME.fullmatch(value) is not None


def read_date(text: str) -> str | None:
    """The date a person typed, as YYYY-MM-DD; None when it is not one."""
    return text if is_iso_date(text) else None


def read_time(text: str) -> str | None:
    """The time of day a person typed (H:MM, HH:MM or HH:MM:SS), as HH:MM; None when it
    is not one."""
    match = _TYPED_TIME.fullmatch(text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        return None
    return f"{int(match[1]):02d}:{match[2]}"


# An offset on a meeting clock (live event coding): m:ss or h:mm:ss, optionally with
# milliseconds (12:05, 1:02:05, 0:04.250).
_CLOCK_OFFSET = re.compile(r"^(?:(\d+):)?(\d{1,3}):([0-5]\d)(?:\.(\d{1,3}))?$")


def clock_offset_ms(text: str) -> int | None:
    """Milliseconds from the start of a meeting clock written as m:ss or h:mm:ss (with
    optional .mmm); None when it is written some other way."""
    match = _CLOCK_OFFSET.match(text.strip())
    if not match:
        return None
    hours, minutes, seconds, fraction = match.groups()
    whole = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    return whole * 1000 + int((fraction or "0").ljust(3, "0"))
