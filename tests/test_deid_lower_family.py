"""A family name typed in lower case after a stranger's capitalised given name
(`casebook.deid.lower_family`); ordinary words and towns that are no family name after a
name stay outside the tag."""

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
        ("Her neighbour, Janet logan, came along to the second visit.", "logan"),
        ("At the centre we met Maria lopez, who runs the kitchen.", "lopez"),
    ],
)
def test_the_lower_case_family_name_goes_with_the_given_name(
    redactor: Redactor, text: str, gone: str
) -> None:
    out = redact(text, redactor).text
    assert gone not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("At the centre we met Maria late in the day.", "late in the day"),
        ("Then Anna went home and Maria said no.", "went home"),
        ("Interview with Sara stockholm office, second floor.", "stockholm office"),
    ],
)
def test_ordinary_words_after_the_name_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redact(text, redactor).text
