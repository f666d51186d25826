"""A name of its own that opens with a registered one ("Rosetta" beside a registered Rose) is
another person: `[name]`, not the registered person's tag; a case ending or a slip of the
registered name itself keeps its tag (sentences written for this test)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.longer_names import own_name


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(
        Registry(
            [
                NameEntry("p1", "Rose Lind", "[P1]"),
                NameEntry("p2", "Kristina Ek", "[P2]"),
            ]
        )
    )


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Rosetta came with Rose.", "[name] came with [P1]."),
        ("We met Rosetta.", "We met [name]."),
        ("Kristna came.", "[P2] came."),
        ("soitin kristinalle", "soitin [P2]"),
    ],
)
def test_a_longer_name_is_another_person(redactor: Redactor, text: str, published: str) -> None:
    assert redactor.redact(text).text == published


def test_own_name_needs_two_letters_more() -> None:
    assert own_name("rosetta", ["rose"])
    assert not own_name("karin", ["kari"])  # a Finnish genitive as often
    assert not own_name("kristinalle", ["kristina"])  # no name of its own
