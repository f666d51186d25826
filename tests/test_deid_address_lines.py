"""Addresses written as a postal block (`address_lines.py`): the postcode and town on a line
of their own under the street, or typed on one line with spaces for the line breaks, and
British postcodes whose district ends in a letter. Sentences written for this test from the
postal formats of Norway, the Netherlands, France and Britain (UPU S42), none taken from a
corpus."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Norway: street and number, then the postcode and place on the next line
        (
            "Post ska nu gå till Bjørnstadmoen 14\n5465 Lien. Sedan kaffe.",
            "Post ska nu gå till [address]. Sedan kaffe.",
        ),
        # the same block typed on one line
        (
            "Hembesök hos Eli, Solbakkemoen 3 2815 Gjøvik; hon hade bakat.",
            "Hembesök hos [name], [address]; hon hade bakat.",
        ),
        # the Netherlands: "1234 AB" under the street
        ("Brev till Vosholen 12\n7411 KT Deventer.", "Brev till [address]."),
        # Britain: the flat on a line of its own, then the street, postcode and town
        ("Write to: Flat 3\nHarbour Row, EC1A 1BB London.", "Write to: [address]."),
        # a district that ends in a letter ("W1A"), typed on one line after the street
        ("Letters go to 27 Cooper Lane W1A 1AA London now.", "Letters go to [address] now."),
        # France: "12, rue des Lilas" and the postcode and town after a space
        ("Écrire à: 12, rue des Lilas 75011 Paris.", "Écrire à: [address]."),
    ],
)
def test_a_postal_block_is_one_address(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kapitel 5 2024 Stockholm var bra.",  # a chapter, a year and a town
        "Mötet 3\n2024 Plan för hösten",  # a heading, then a year and a plan
        "Rum 214 1346 Kronor",  # a room and an amount
        "Wave 2\n2024 Summary of goals",
        "Grupp 4 2019 Sedan dess",
        "Han sprang 5 1500 Meter igen.",
    ],
)
def test_ordinary_words_and_numbers_on_two_lines_stay(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text
