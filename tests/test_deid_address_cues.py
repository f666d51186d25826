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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the address given, said after the street, whatever its street's ending
        (
            "She gave Fergeleiet 101A as the delivery address for the new phone.",
            "She gave [address] as the delivery address for the new phone.",
        ),
        (
            "Hun oppga Fergeleiet 101A som leveringsadresse.",
            "Hun oppga [address] som leveringsadresse.",
        ),
        ("Han uppgav Sjövik 3 som sin adress.", "Han uppgav [address] som sin adress."),
        (
            "Hän antoi Rantatie 4:n toimitusosoitteeksi.",
            "Hän antoi [address]:n toimitusosoitteeksi.",
        ),
        # "bor i", as Norwegian and Danish say living in a street
        ("Hun bor i Fergeleiet 101A nå.", "Hun bor i [address] nå."),
    ],
)
def test_an_address_given_as_after_the_street(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "I used Windows 10 as the IP address of the box.",
        "Hun brukte Outlook 365 som e-postadresse.",
        "The book lists Chapter 12 as the address of the king.",
        "Hun bor i Bergen 3 år til.",
        "Vi bor i Kampen 15 minutter unna.",
    ],
)
def test_no_postal_address_after_the_street_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Postadresse: Brygge-badet 64B\nTlf: se under", "Postadresse: [address]\nTlf: se under"),
        ("Hjemmeadresse: Fjell-stua 3", "Hjemmeadresse: [address]"),
        ("Postadress: Bryggan 4", "Postadress: [address]"),
    ],
)
def test_a_postal_address_label_of_a_compound(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    ["E-postadresse: Brygge-badet 64B", "Mailadresse: Brygge-badet 64B"],
)
def test_an_electronic_address_label_gives_no_street(redactor: Redactor, text: str) -> None:
    assert "[address]" not in redactor.redact(text).text
