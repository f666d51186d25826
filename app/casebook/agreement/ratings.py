"""One rating of one unit by one coder: what every agreement figure is computed from.

Every source of codings (checklist rows, choice/multichoice/scale items, live events cut into
time slices) yields `Rating`s through a `RatingSource`; the agreement figures never read
responses themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlite_utils

LEVELS = ("nominal", "ordinal", "interval")


@dataclass(frozen=True)
class Rating:
    """One coder's value for one item on one unit; `value` None is missing (e.g. not observed)."""

    instrument: str  # instrument id
    item: str  # what was rated: an item key, "checklist.row", "multi.option", "events:CODE"
    level: str  # one of LEVELS: the level of measurement agreement is computed at
    wave: str | None  # the wave the unit belongs to, None when the instrument has no waves
    unit: str  # what was coded, e.g. "session:12" (a meeting) or "slice:12:0030" (a time slice)
    coder: str  # who coded it: the account's user id as text
    value: object  # the coded value (a code, a number, 1/0), or None for missing


RatingSource = Callable[[sqlite_utils.Database], Iterable[Rating]]
