"""A registered word opening a Finnish list of bare lower-case nouns that "ja"/"tai" closes is
a noun like its items (`noun_pairs.finnish_list_of_nouns`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.noun_pairs import finnish_list_of_nouns

REGISTRY = Registry(
    [
        NameEntry("p:1", "Usko Mäkinen", "[P1]"),
        NameEntry("p:2", "Toivo Virtanen", "[P2]"),
        NameEntry("p:3", "Rauha Lehto", "[P3]"),
        NameEntry("p:4", "Arvo Laine", "[P4]"),
        NameEntry("p:5", "Anna Strand", "[P5]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Me menimme kotiin illalla.\nUsko, toivo ja rakkaus kantoivat häntä koko talven.",
        "Me menimme kotiin illalla.\nRauha, lepo ja hiljaisuus ovat tärkeitä vanhuksille.",
        "Me menimme kotiin illalla.\nUsko, toivo tai rakkaus riittää jo pitkälle.",
    ],
)
def test_a_word_opening_a_list_of_bare_nouns_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Names keep their capitals in a Finnish list of people
        ("Me menimme kotiin illalla.\nUsko, Toivo ja Arvo tulivat mukaan.", "[P1], [P2] ja [P4]"),
        # A kin, role or company noun among the items: a list of people
        ("Me menimme kotiin illalla.\nUsko, äiti ja isä tulivat mukaan.", "[P1], äiti ja isä"),
        ("Me menimme kotiin illalla.\nUsko, ystävät ja naapurit tulivat.", "[P1], ystävät ja"),
        ("Me menimme kotiin illalla.\nRauha, lepo ja lapset tulivat.", "[P3], lepo ja lapset"),
    ],
)
def test_a_list_of_people_keeps_the_name(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


def test_the_closing_item_must_be_a_finnish_word_that_is_no_name() -> None:
    text = "Me menimme kotiin illalla.\nUsko, toivo ja anna tulivat."
    start = text.index("Usko")
    assert not finnish_list_of_nouns(text, text.lower(), start, start + 4)
    text = "Me menimme kotiin illalla.\nUsko, toivo ja rakkaus kantoivat häntä."
    assert finnish_list_of_nouns(text, text.lower(), start, start + 4)


def test_a_list_no_conjunction_closes_tells_nothing() -> None:
    text = "Me menimme kotiin illalla.\nUsko, toivo, rakkaus kantoivat häntä."
    start = text.index("Usko")
    assert not finnish_list_of_nouns(text, text.lower(), start, start + 4)
