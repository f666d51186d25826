"""Registered names that are among the most frequent words of Swedish, Norwegian or Danish
("som", the relative pronoun): in lower case inside a sentence they are that word, while the
note's layout slots (a speaker before a colon, the minute-taker, the last of a list of who was
present) still name the person. The sentences are our own."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

from tests.deid_helpers import name_spans as _names

REGISTRY = Registry(
    [
        NameEntry("p:0", "Som Berg", "[P-0]"),
        NameEntry("p:1", "Liv Ek", "[P-1]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Hon träffade flera mammor, som arbetar med barn, på mötet.",
        "Det gäller en bristande integrationspolitik, som har svårt att hantera detta.",
        "Der er også nogle beboere, som har truet med at flytte.",
        "Hennes tidligere ektemann, som har hentet barnet, er ikke å få tak i.",
        "De 200 personer som kommer nästa vecka behöver bostad.",
        "Läraren som jobbar med barnet ringde i går.",
    ],
)
def test_relative_pronoun_is_kept(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("[17:59] som: mamma skrattade.", "som"),
        ("Vid protokollet: som", "som"),
        ("Närvarande: Liv Ek och som.", "som"),
        ("Som Berg kom i tid till mötet.", "Som Berg"),
    ],
)
def test_person_in_layout_slots_still_found(redactor: Redactor, text: str, word: str) -> None:
    assert word in _names(redactor, text)


def test_other_lower_case_names_unchanged(redactor: Redactor) -> None:
    # "liv" is no function word: its setting still decides ("pratade med liv om").
    assert "liv" in _names(redactor, "Hon pratade med liv om flytten.")
