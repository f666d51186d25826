"""A postcode written after a street line and a comma with no town after it (`address_tails.py`,
`address_units.py`): Postnord's "NNN NN" (first digit 1-9), Posti's five digits after a
staircase and flat, while a phone number or an amount after the street stays outside the
address. Sentences written for this test from the countries' postal formats."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _address(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "address"]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Vi sågs hemma på Björkvägen 12, 415 02.", "Björkvägen 12, 415 02"),
        ("Adress: Kvarngatan 3B, 913 31", "Kvarngatan 3B, 913 31"),
        ("Intervjun hölls på Torggatan 8, 118 20, en tisdag.", "Torggatan 8, 118 20"),
        # a house letter, then Posti's staircase and flat, then the postcode
        ("Tapasimme kotona, Koivukatu 21B A 7, 40100.", "Koivukatu 21B A 7, 40100"),
    ],
)
def test_postcode_without_town_is_part_of_the_address(
    redactor: Redactor, text: str, line: str
) -> None:
    assert covered(redactor, text, line)
    assert line in _address(redactor, text)


@pytest.mark.parametrize(
    ("text", "street", "rest"),
    [
        # a Swedish mobile number opens with 0: no postcode
        ("Adress: Storgatan 5, 070 123 45 67", "Storgatan 5", "070 123 45 67"),
        # more digits after the five: a phone number, not a postcode
        ("Adress: Storgatan 5, 123 45 67 89", "Storgatan 5", "123 45 67 89"),
    ],
)
def test_phone_after_street_stays_a_phone(
    redactor: Redactor, text: str, street: str, rest: str
) -> None:
    spans = {text[s.start : s.end]: s.kind for s in redactor.spans(text)}
    assert spans.get(street) == "address"
    assert spans.get(rest) == "phone"


def test_three_digits_alone_stay_outside(redactor: Redactor) -> None:
    text = "Hon bor på Storgatan 5, 116 av dem svarade."
    assert _address(redactor, text) == ["Storgatan 5"]
