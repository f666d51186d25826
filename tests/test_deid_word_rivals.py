"""A near miss of a registered name that is rather an ordinary word typed with a slip keeps
its word (`casebook.deid.word_rivals`), and a dictionary word that opens a sentence is read
in another language only when the next word is of that language (`unregistered._foreign_here`);
misspelt registered names stay redacted."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry
from casebook.deid.word_rivals import unlikely_slip

PEOPLE = (
    "Sagal Omar",
    "Malee Chai",
    "Tove Fors",
    "Rezan Ali",
    "Marion Holm",
    "Imaran Baran",
    "Rose Lind",
    "Olga Berg",
    "Kristina Ek",
    "Hans Nyberg",
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry(f"p{i}", n, f"[P{i}]") for i, n in enumerate(PEOPLE)]))


@pytest.mark.parametrize(
    "text",
    [
        "Anteckning\n\nSamal om boendet. Patienten bor i en tvåa.",  # samtal, not Sagal
        'Craving beskrivs som "hanterbar". Föjs upp nästa vecka.',  # följs, not Fors
        "Pat. tar buss 58 men inte tunnelbanan pga ångest. Resan till Fyrklövern tar ca 45 "
        "minuter.",  # "ca" says nothing of the language: resan, not Rezan
    ],
)
def test_a_slip_of_a_word_keeps_its_word(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Details for the application: Maloe. Not yet checked.", "Maloe"),  # a vowel: by ear
        ("Phoned Hoom today, no answer.", "Hoom"),  # inside a sentence: a name
        ("- Tel. kusinen: orolig\n- Maion ej hemma\n", "Maion"),  # a letter dropped
        ("Pat. uppskattar det. Iaran vill att CM ringer.", "Iaran"),  # Imaran, one dropped
        ("tors: Eose inlagd, Mikael meddelade via sms.", "Eose"),  # a key next to R
        ("13:35 Omga spends most afternoons at the centre.", "Omga"),  # a key near L
        ("Kristna was late for the interview.", "Kristna"),  # English next: not Swedish
        ("Vi läste om det. Hams' syster var med.", "Hams"),  # the word after the apostrophe
    ],
)
def test_misspelt_names_stay_redacted(redactor: Redactor, text: str, word: str) -> None:
    assert word not in redact(text, redactor).text


def test_unlikely_slips() -> None:
    assert unlikely_slip("malte", "malee")  # t for e: far apart, no vowel pair
    assert unlikely_slip("samal", "sagal")
    assert not unlikely_slip("hoom", "holm")  # o over l
    assert not unlikely_slip("maloe", "malee")  # a vowel for a vowel
    assert not unlikely_slip("rkan", "karn")  # no single substitution
