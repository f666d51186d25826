"""Items on the calendar and the clock: `date` (YYYY-MM-DD, shifted per person in a release)
and `time` (HH:MM on a 24-hour clock)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from casebook.dates import DATE_PATTERN, TIME_PATTERN, is_clock_time, is_iso_date
from casebook.items.base import Cell, Found, ItemKind, Policy, Schema, WidePart

if TYPE_CHECKING:
    from casebook.instruments.model import Instrument


def shift_date(value: str, days: int) -> str:
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


class DateKind(ItemKind):
    name = "date"
    field = "date_text"
    macro = "textual"
    reader = "date"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        return [] if is_iso_date(value) else [(key, "expected a date as YYYY-MM-DD")]

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}

    @property
    def generic_schema(self) -> Schema:
        return {"type": "string", "pattern": DATE_PATTERN, "description": "YYYY-MM-DD"}

    def cells(
        self,
        instrument: Instrument,
        item: Any,
        item_id: str,
        part: str,
        value: Any,
        policy: Policy,
        rule: str,
    ) -> Iterator[Cell]:
        if rule == "keep":
            yield Cell(item_id, part, value=value)
        elif rule == "generalize":
            yield Cell(item_id, part, value=shift_date(value, policy.shift_days)[:7])
        else:
            yield Cell(item_id, part, value=shift_date(value, policy.shift_days))

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [("", "", str)]

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"


class TimeKind(ItemKind):
    name = "time"
    field = "time_text"
    macro = "textual"
    reader = "time"

    def check(self, instrument: Instrument, item: Any, key: str, value: Any) -> Found:
        return [] if is_clock_time(value) else [(key, "expected a time as HH:MM (24-hour clock)")]

    def answer_schema(self, instrument: Instrument, item: Any) -> Schema:
        return {"type": "string", "pattern": TIME_PATTERN}

    @property
    def generic_schema(self) -> Schema:
        return {"type": "string", "pattern": TIME_PATTERN, "description": "HH:MM, 24-hour"}

    def cells(
        self,
        instrument: Instrument,
        item: Any,
        item_id: str,
        part: str,
        value: Any,
        policy: Policy,
        rule: str,
    ) -> Iterator[Cell]:
        yield Cell(item_id, part, value=value)

    def wide_parts(self, instrument: Instrument, item: Any) -> list[WidePart]:
        return [("", "", str)]

    def fake(self, instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
        return f"{rng.randint(8, 17):02d}:{rng.choice(['00', '30'])}"


DATE_KIND = DateKind()
TIME_KIND = TimeKind()
