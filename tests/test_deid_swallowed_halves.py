"""A stranger rule's `[name]` run of two words that holds a registered half and the same
person's other half misspelt carries that person's tag (`deid/name_halves.py`,
`swallowed`): "Olivvia Pedersen" opening a sentence is Olivia Pedersen, "Bo Anderssson" is
Bo Andersson even with another Bo registered. It stays `[name]` when several registered
people fit both halves or when the other word is no slip of the person's half.
Sentences written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor

from tests.deid_helpers import name_tags, numbered_redactor

_PEOPLE = [
    "Olivia Pedersen",
    "Bo Andersson",
    "Bo Lund",
    "Olivia Berg",
    "Karin Nyström",
    "Karen Nyström",
    "Armas Rantanen",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(_PEOPLE)


tags = name_tags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Olivvia Pedersen kom hem i går.", [("Olivvia Pedersen", "[P0]")]),
        ("Sedan ringde Bo Anderssson till oss.", [("Bo Anderssson", "[P1]")]),
        # a Finnish case on the registered family name, the given name misspelt
        ("Olivvia Pedersenin mukaan kaikki on hyvin.", [("Olivvia Pedersenin", "[P0]")]),
        # a Finnish case on the misspelt family name beside the registered given name
        ("Puhuin Bo Andersssonille eilen.", [("Bo Andersssonille", "[P1]")]),
        ("Armas Ranntaselle soitettiin.", [("Armas Ranntaselle", "[P6]")]),
    ],
)
def test_a_misspelt_half_beside_a_registered_half_is_that_person(
    redactor: Redactor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert tags(redactor, text) == expected


def test_a_stranger_sharing_a_half_stays_unknown(redactor: Redactor) -> None:
    """ "Magnus" is no slip of Olivia: whoever Magnus Pedersen is, the note does not say
    he is the registered Pedersen."""
    for text in ("Magnus Pedersen kom hem i går.", "Magnus Pedersenin mukaan kaikki on hyvin."):
        found = tags(redactor, text)
        assert found and "Magnus" in found[0][0]
        assert all(tag != "[P0]" for written, tag in found if "Magnus" in written)


def test_two_people_who_fit_keep_the_pair_unknown(redactor: Redactor) -> None:
    """ "Karinn Nyström" could be Karin or Karen Nyström: the redactor must not guess."""
    found = tags(redactor, "Karrne Nyström kom hem i går.")
    assert found
    assert all(tag not in ("[P4]", "[P5]") for text, tag in found if "Karrne" in text)


@pytest.mark.parametrize("text", ["Alla kom hem i går.", "Vi åkte hem till Bo i går."])
def test_ordinary_words_and_plain_names_unchanged(redactor: Redactor, text: str) -> None:
    found = tags(redactor, text)
    assert ("Alla", "[name]") not in found
    if "Bo" in text:
        assert [t for t, _ in found] == ["Bo"]
