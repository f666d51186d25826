"""Phone words of the study's neighbours and of a changed number (`phones.STRONG_CUES`,
`WEAK_CUES`): a number written without groups ("45012378") is a phone number only after a
phone word, and these are phone words too. Sentences written for this test, none taken from
a corpus."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Finnish "puh." (puhelin) with its full stop, as a signature writes it
        ("Sosiaalitoimisto, puh. 45012378", "Sosiaalitoimisto, puh. [phone]"),
        # a direct line (Swedish "direktnummer")
        (
            "Socialsekreteraren har nytt direktnummer: 52317788.",
            "Socialsekreteraren har nytt direktnummer: [phone].",
        ),
        # Finnish "soitti" (called) and "numeron" (the number)
        ("Hän soitti ja jätti numeron 45012399.", "Hän soitti ja jätti numeron [phone]."),
        # German "erreichen ... unter" (reach at)
        ("Sie erreichen ihn unter 015771234567.", "Sie erreichen ihn unter [phone]."),
        # a changed number ("bytt nummer")
        (
            "Han har bytt nummer till 46712398 (det gamla är avstängt).",
            "Han har bytt nummer till [phone] (det gamla är avstängt).",
        ),
        # a contact list: names with their numbers
        (
            "Kontaktlista: Arvid 41298765; Beata 92345678.",
            "Kontaktlista: [name] [phone]; [name] [phone].",
        ),
        # a person who has a number: a relation or a personal pronoun before "har nummer"
        ("Dottern har nummer 228652603.", "Dottern har nummer [phone]."),
        ("Hon har nummer 228652603 sedan i våras.", "Hon har nummer [phone] sedan i våras."),
        ("His daughter has number 228652603 now.", "His daughter has number [phone] now."),
    ],
)
def test_a_bare_number_after_a_phone_word(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ordernummer 12345678 skickades.",
        "Fakturan 45012378 betald.",
        "Hon har bytt jobb och fick 45000000 kr.",
        "Ärendenummer 20231234567 hos kommunen.",
        # a case or an invoice has a number too
        "Ärendet har nummer 228652603.",
        "Fakturan har nummer 2286526031 och är betald.",
    ],
)
def test_a_bare_number_without_one_stays(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text
