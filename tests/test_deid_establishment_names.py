"""A capitalised word-name before the capitalised head noun of a shop, a workshop, a room, a
lane or a cup names that place, no person (`establishment_names.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import establishment_names
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p1", "Thistle Moe", "[P1]"),
            NameEntry("p2", "Gable Sund", "[P2]"),
            NameEntry("p3", "Ember Vik", "[P3]"),
            NameEntry("p4", "Rowan Berg", "[P4]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "We bought the fuses at Thistle Hardware on the corner.",
        "The sewing circle moved to the Gable Kitchen last spring.",
        "A flyer for Ember Bakery was pinned up by the sink.",
        "Somebody said the Thistle Pharmacy was closing down.",
        "He won the Gable Medal twice.",
        "The old sign from the Ember Lane allotments hangs over the door.",
    ],
)
def test_a_place_named_with_a_word_name_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I met Gable Lane at the gate.", "I met [P2] [name] at the gate."),
        ("The nurse met Rowan Lane at the gate.", "The nurse met [P4] [name] at the gate."),
        ("I met Thistle at the Workshop.", "I met [P1] at the Workshop."),
        ("Thistle came from the bakery.", "[P1] came from the bakery."),
    ],
)
def test_a_person_beside_a_place_stays_removed(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [("I met Gable Street at the gate.", "Gable"), ("We asked Ember Pike to stay.", "Ember")],
)
def test_a_person_before_a_head_that_is_a_family_name_stays_removed(
    registry: Registry, text: str, word: str
) -> None:
    # "Street" and "Pike" are family names in Faker's lists, not only heads of a place.
    assert word not in redact(text, registry).text


@pytest.mark.parametrize(
    ("text", "word", "headed"),
    [
        ("clamps from Rise Tools again", "Rise", True),
        ("moves to the Staples Workshop.", "Staples", True),
        ("the Hardy Lane allotments", "Hardy", True),
        ("met Peg Lane at the gate", "Peg", False),  # a head that is a family name
        ("the Peg Lane file was thin", "Peg", False),  # a noun of what a person has
        ("from Hansen Tools", "Hansen", False),  # a name that is no word
        ("the Wheat room", "Wheat", False),  # a lower-case noun: `article_modifiers`
        ("I met Rose Street at the gate", "Rose", False),  # a head that is a name in Faker
        ("from the Bobby Room.", "Bobby", True),  # ... after "the"
    ],
)
def test_headed(text: str, word: str, headed: bool) -> None:
    start = text.index(word)
    assert establishment_names.headed(text, start, start + len(word)) is headed
