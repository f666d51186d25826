"""A given and a family name side by side that only one registered person has both of carry
that person's tag (`deid/name_halves.py`, `one_person`): "Dennnis Jensen" is Dennis Jensen,
not another registered Jensen; "Elin Söderbergin" is Elin Söderberg, not another Elin.
Two people written apart, or a pair nobody has both halves of, keep their own tags.
Sentences written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor

from tests.deid_helpers import name_tags, numbered_redactor

_PEOPLE = [
    "Dennis Jensen",
    "Ole Jensen",
    "Elin Söderberg",
    "Elin Berg",
    "Fredrik Sjöberg",
    "Fredrik Ek",
    "Ulla Pedersen",
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(_PEOPLE)


tags = name_tags


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Ole Jensen ringde i morse. Sedan kom Dennnis Jensen hem.", "[P0]"),
        ("Elin Berg ringde. Mikäli joku Elin Söderbergin tuntee, soittakaa.", "[P2]"),
        ("Fredrik Ek soitti. Soitettiin Fredrik Sjöbergille eilen illalla.", "[P4]"),
    ],
)
def test_a_pair_one_person_has_is_that_person(redactor: Redactor, text: str, tag: str) -> None:
    """The other person named first (whom a shared half alone would be read as) is still
    the first name's; the pair after it is the one person who has both halves."""
    found = tags(redactor, text)
    assert len(found) >= 2 and all(t == tag for _, t in found[1:])
    assert found[0][1] != tag


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ole Jensen och Ulla Pedersen kom.", [("Ole Jensen", "[P1]"), ("Ulla Pedersen", "[P6]")]),
        ("Elin Jensen kom i går.", [("Elin", "[P2]"), ("Jensen", "[P0]")]),
    ],
)
def test_two_people_keep_their_tags(
    redactor: Redactor, text: str, expected: list[tuple[str, str]]
) -> None:
    assert tags(redactor, text) == expected
