"""A capitalised name and a house number after the words that give an address
(`addresses.ADDRESS_CUES`): "gave her address as", "her address was" as "address is" does.
Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He gave his address as Tranekærløbet 12.", "He gave his address as [address]."),
        ("Her address was Egekrogen 7 until May.", "Her address was [address] until May."),
    ],
)
def test_an_address_given_as(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["He gave his address as Monday 5 times.", "Her address was 12 words too long."],
)
def test_no_street_after_the_cue_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
