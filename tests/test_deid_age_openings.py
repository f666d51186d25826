"""A person introduced by age in a note's opening sentence typed in lower case
(`casebook.deid.age_openings`); ordinary words and pronouns before the age stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("delphine marchetti is a 41 yr old carer, met at the day centre.", "marchetti"),
        ("visit 2. orla kinsella is a 67 year old widow living alone.", "kinsella"),
        ("teodor vasquez, 52 y/o, lives with his son.", "vasquez"),
    ],
)
def test_the_person_introduced_by_age_is_removed(redactor: Redactor, text: str, gone: str) -> None:
    out = redact(text, redactor).text
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "this pleasant man is a 70 yr old retired driver.",
        "pt is a 45 yo male. she is a 38 year old teacher.",
        "the client is a 30-year-old woman who works nights.",
    ],
)
def test_ordinary_openings_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
