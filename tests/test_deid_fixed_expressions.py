"""A registered name written in lower case inside a fixed expression of English is the
expression's word ("aloe vera", "a bloody mary", "a lazy susan", "st john's wort"), kept
(`casebook.deid.fixed_expressions`, expressions from Princeton WordNet 3.0); the same name
capitalised, alone, beside a family name or after a greeting or a relation still goes."""

from __future__ import annotations

import pytest
from casebook.deid import fixed_expressions
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Vera Lindqvist", "[V]"),
            NameEntry("p:2", "Mary Jones", "[M]"),
            NameEntry("p:3", "Susan Hill", "[S]"),
            NameEntry("p:4", "Thomas Ek", "[T]"),
            NameEntry("p:5", "John Smith", "[J]"),
            NameEntry("p:6", "Jack Berg", "[K]"),
            NameEntry("p:7", "Bill Ek", "[B]"),
            NameEntry("p:8", "Mark Berg", "[R]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hon smörjer händerna med aloe vera.",
        "Hon smörjer händerna med aloe  vera",  # two spaces, as notes are typed
        "Aloe vera helps with the rash.",
        "She drank a bloody mary at the party.",
        "A lazy susan stands on the table.",
        "He is a doubting thomas about the new flat.",
        "Tar st john's wort mot nedstämdheten.",
        "Tar st john’s wort mot nedstämdheten.",
        "Black-eyed susan grows by the door.",
        "the phone bill is overdue again",  # a verb of calling first: after a determiner
        "Her phone bill came today.",
    ],
)
def test_a_name_inside_a_fixed_expression_is_kept(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Pratade med vera om aloe vera igår.", "Pratade med [V] om aloe vera igår."),
        ("Mary Bloody came to the group.", "[M] Bloody came to the group."),
        ("Vera came; she uses Aloe Vera.", "[V] came; she uses Aloe [V]."),  # capitalised: a name
        ("aloe vera lindqvist ringde", "aloe [V] ringde"),  # the participant's full name
        ("bloody mary Smith called", "bloody [M] [J] called"),  # a family name follows
        ("aloe vera Svensson ringde", "aloe [V] [name] ringde"),
        ("aloe vera svensson ringde", "aloe [V] svensson ringde"),
        ("aloe och vera", "aloe och [V]"),  # the expression is not written out
        ("vera aloe", "[V] aloe"),
        ("aloe\nvera ringde", "aloe\n[V] ringde"),  # an expression stands on one line
        ("they phone bill about the rent", "they phone [B] about the rent"),  # no determiner
        ("I will call mark tomorrow", "I will call [R] tomorrow"),
    ],
)
def test_a_name_outside_the_expression_still_goes(
    registry: Registry, text: str, redacted: str
) -> None:
    assert redact(text, registry).text == redacted


def test_the_lexicon_holds_expressions_not_people() -> None:
    held = fixed_expressions.expressions()
    assert (("aloe", "vera"), 1) in held["vera"]
    assert (("st", "john's", "wort"), 1) in held["john"]
    every = {" ".join(words) for forms in held.values() for words, _ in forms}
    # WordNet's people, names alone or joined by "and", a title, relation or greeting: left out
    left_out = {"mary magdalene", "jack russell", "uncle tom", "dear john", "tom and jerry"}
    assert not left_out & every
