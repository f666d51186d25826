"""A Scandinavian possessive determiner ending in "s" that opens a sentence before its noun
("Hans nummer i journalen är ...", his number; "Hendes nummer: ...", her number) is no
stranger's genitive (`possessive_determiners.opens_sentence`, `contact_names`). A person
named Hans is still found: registered wherever he stands, and unregistered before a verb
or a family name, or as the owner of a list's abbreviated label ("Hans tel 070-..."). Every
sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import name_spans, name_tags, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        "Hans nummer i journalen är 670211-5525.",
        "Vi pratade länge. Hans nummer i journalen är okänt.",
        "[10:58] Hans nummer i journalen är 211206A519H.",
        "Hendes nummer: +49 160 9708362",
        "15:29 Hendes nummer er +45 20 12 34 56",
        "Hennes telefon 070-123 45 67 var avstängd.",
    ],
)
def test_an_opening_possessive_is_no_name(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Hans ringde igår och ville boka en tid.", ["Hans"]),
        ("Hans Lindqvist ringde igår.", ["Hans Lindqvist"]),
        ("Hans tel 0701234567", ["Hans"]),  # a list's label: the owner's name
    ],
)
def test_a_stranger_named_hans_is_still_found(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert name_spans(redactor, text) == names


def test_a_registered_hans_wins() -> None:
    redactor = numbered_redactor(["Hans Berg"])
    assert name_tags(redactor, "Hans ringde igår.") == [("Hans", "[P0]")]
    assert name_tags(redactor, "Vi träffade Hans mamma.") == [("Hans", "[P0]")]
