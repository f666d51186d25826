"""Numbers of identity documents and registrations become `[id]`: the word before them says
what they are, since no shape is shared across countries. Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her passport no. is 98765432 today.", "Her passport no. is [id] today."),
        ("Copy of licence ABC123 in the file.", "Copy of licence [id] in the file."),
        ("Car reg: ABC 123, parked outside.", "Car reg: [id], parked outside."),
        ("NI number QQ 12 34 56 C on the letter.", "NI number [id] on the letter."),
        ("IBAN SE45 5000 0000 0583 9825 7466 for refunds.", "IBAN [id] for refunds."),
        ("Körkortsnummer: 7712034-2 enligt kopian.", "Körkortsnummer: [id] enligt kopian."),
        ("ID number X1234567 OK for now.", "ID number [id] OK for now."),
        ("Medical record 00123456 at the clinic.", "Medical record [id] at the clinic."),
        ("Her account number is 1234-5678901.", "Her account number is [id]."),
    ],
)
def test_a_number_after_a_document_word_is_an_id(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The licence was renewed last year.",
        "Registration of 12 people took an hour.",
        "He crossed by pass 4 in the mountains.",
        "Bypass 12345 road closed.",
        "Valid ID: yes, checked.",
        "ID: TMAX 101.8, tylenol given.",  # a clinical note's infectious-disease heading
    ],
)
def test_document_words_without_a_number_leave_the_text(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text


def test_a_date_after_a_document_word_is_a_date_and_a_personnummer_wins(
    redactor: Redactor,
) -> None:
    assert redactor("Passport expired 2025-01-01.") == "Passport expired [date]."
    assert redactor("ID: 19840512-1234") == "ID: [personnummer]"
