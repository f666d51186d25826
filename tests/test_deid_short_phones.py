"""Phone numbers of five or six digits after a verb of calling with nothing but a pronoun or
a word of asking between ("Ring gärna 152172"), after a phone with its article ("Mobilen
195779") and after "the number" ("Lämnade numret 513 821", "The number 513759"), with a
space that may be a no-break or narrow one; a country code before a space and a dash goes
with its number ("+90 -053-980-7-373"). And the counts, amounts, references and dates after
the same words that stay. Sentences written for this test, none taken from a corpus."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Ring gärna 152172 om tiden inte passar.", "152172"),
        ("Ring gärna 171\u202f415 om tiden inte passar.", "171\u202f415"),
        ("Ring oss 51234 efter lunch.", "51234"),
        ("Call me 513759 when you land.", "513759"),
        ("Ring meg gjerne 41 52 63 i kveld.", "41 52 63"),
        ("Mobilen 195779 är avstängd just nu.", "195779"),
        ("Lämnade numret 513\u00a0821 till kuratorn.", "513\u00a0821"),
        ("Lämnade numret 513\u202f821 till kuratorn.", "513\u202f821"),
        ("The number 513759 goes straight to voicemail.", "513759"),
        ("Hun ga meg nummeret 412 563 i går.", "412 563"),
        ("Uusi numero: 51234", "51234"),
        ("She gave her number as 21 18 81 so the drivers can reach her.", "21 18 81"),
        ("Hun gav sit nummer som 412563 til chaufføren.", "412563"),
    ],
)
def test_a_short_number_after_a_call_or_the_number(
    redactor: Redactor, text: str, written: str
) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uusi numero: +90\u202f-053-980-7-373",
        "Uusi numero: +90 -053-980-7-373",
        "Ny telefon +90 - 053-980-7-373 sedan i våras.",
    ],
)
def test_a_country_code_goes_with_its_number(redactor: Redactor, text: str) -> None:
    out = redactor(text)
    assert "[phone]" in out and "+90" not in out and "053" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Ärendet fick numret 123456 i april.",
        "The order got the number 51234 yesterday.",
        "Postnumret 12345 stämmer inte.",
        "The number 100000 is a round figure.",
        "The number 2019/20 of the journal.",
        "Numret 12 500 kr betalades.",
        "Call 40 000 people before May.",
        "Ring 230517 var dagen hon ringde.",
        "ring 1177 om du blir sämre",
        "The population reached 150000 in 2019.",
        "Kunden fick numret 12345 i går.",
        "Order 21 18 81 came on Monday.",
        "They gave their number as 120000 people.",
    ],
)
def test_counts_amounts_references_and_days_stay(redactor: Redactor, text: str) -> None:
    out = redactor(text)
    assert "[phone]" not in out, out
