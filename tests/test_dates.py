"""One home for dates and times (casebook/dates.py): stored answers, API fields, what a
person types into a form and the API's JSON Schemas all follow the same rules, and no other
module keeps its own date or time pattern."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest
from casebook.dates import (
    DATE_PATTERN,
    TIME_PATTERN,
    is_clock_time,
    is_date_shaped,
    is_iso_date,
    read_date,
    read_time,
)

PACKAGE = Path(__file__).resolve().parents[1] / "app" / "casebook"
DATES = ["2025-03-31", "2024-02-29", "0001-01-01"]
NOT_DATES = ["2025-02-30", "2023-02-29", "2025-13-01", "2025-3-31", "31/03/2025", "2025-W13-1"]
NOT_DATES += ["2025-03-31\n", " 2025-03-31", "20250331", "", None, 20250331]
TIMES = ["00:00", "09:30", "23:59"]
NOT_TIMES = ["24:00", "12:60", "9:30", "09:30:15", "0930", "noon", "09:30\n", "", None, 930]


@pytest.mark.parametrize("value", DATES)
def test_real_dates_pass_every_date_check(value):
    assert is_iso_date(value) and is_date_shaped(value) and read_date(value) == value
    jsonschema.validate(value, {"type": "string", "pattern": DATE_PATTERN})


@pytest.mark.parametrize("value", NOT_DATES)
def test_anything_else_is_not_a_date(value):
    assert not is_iso_date(value)
    if isinstance(value, str):
        assert read_date(value) is None


def test_a_date_shaped_impossible_day_is_shaped_but_not_a_date():
    assert is_date_shaped("2025-02-30") and not is_iso_date("2025-02-30")
    assert not is_date_shaped("2025-3-31") and not is_date_shaped("2025-03-31\n")


@pytest.mark.parametrize("value", TIMES)
def test_clock_times(value):
    assert is_clock_time(value) and read_time(value) == value
    jsonschema.validate(value, {"type": "string", "pattern": TIME_PATTERN})


@pytest.mark.parametrize("value", NOT_TIMES)
def test_anything_else_is_not_a_stored_time(value):
    assert not is_clock_time(value)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("9:30", "09:30"), ("09:30:15", "09:30"), ("23:59", "23:59"), ("24:00", None)],
)
def test_what_a_person_types_is_read_as_a_time_of_day(typed, stored):
    assert read_time(typed) == stored


def test_no_other_module_keeps_a_date_or_time_pattern_of_its_own():
    """Casebook's own dates and times are checked in casebook/dates.py only. The
    de-identification finds dates in free text by other rules (deid/), and the YAML guard
    follows YAML's own timestamp rule (instruments/yamlguard.py)."""
    shapes = re.compile(r"\[0-9\]\{4\}-|\\d\{4\}-|\[0-5\]\[0-9\]|\\d\{1,2\}\):\(\\d\{2\}")
    own = {PACKAGE / "dates.py", PACKAGE / "instruments" / "yamlguard.py"}
    copies = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path not in own
        and "deid" not in path.relative_to(PACKAGE).parts
        and shapes.search(path.read_text(encoding="utf-8"))
    ]
    assert copies == []
