"""A sentence's first word that only a guessed inflection of a neighbour language makes a
word, and that is a near miss of a registered name, is that name
(`casebook.deid.near_openings`); a listed word of the language stays a word."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry

PEOPLE = [
    NameEntry("p:1", "Jakob Lundsgaard", "[P1]"),
    NameEntry("p:2", "Asko Pirinen", "[P2]"),
    NameEntry("p:3", "Ingrid Tiden", "[P3]"),
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry(PEOPLE))


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Lundsgaar ringede til afdelingen i morges.", "Lundsgaar", "[P1]"),
        ("Porinen soitti osastolle aamulla ja kysyi ajoista.", "Porinen", "[P2]"),
    ],
)
def test_a_misspelt_name_opening_a_nordic_sentence(
    redactor: Redactor, text: str, word: str, tag: str
) -> None:
    out = redact(text, redactor).text
    assert word not in out
    assert tag in out


def test_the_guess_stands_without_a_registered_name_near() -> None:
    text = "Porinen soitti osastolle aamulla ja kysyi ajoista."
    assert redact(text, Redactor(Registry([]))).text == text


def test_a_listed_word_of_the_language_stays(redactor: Redactor) -> None:
    text = "Siden ringede hun til afdelingen og spurgte om tiderne."  # "siden", since: Tiden?
    assert redact(text, redactor).text == text
