"""A lower-case registered word after an English article or possessive determiner is the noun
(`lowercase_registered.determined_noun`); after a relation or title, or after "her" and
"that", it keeps its person."""

from __future__ import annotations

import pytest
from casebook.deid import lowercase_registered
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Bill Carter", "[B]"),
            NameEntry("p:2", "Rose Strand", "[R]"),
            NameEntry("p:3", "Guy Wallace", "[G]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "He paid the rent with his bill's money.",
        "I borrowed my guy's jacket for the party.",
        "She met a so-called guy at the bar.",
        "We were at a mutual guy’s place on Friday.",
        "My guy’s brother is coming over tonight.",
        "Then we cut my rose's stem short.",
    ],
)
def test_a_word_after_its_article_or_possessive_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I talked to bill who was late again.", "I talked to [B] who was late again."),
        ("We went with rose who knew the way.", "We went with [R] who knew the way."),
        ("My son bill called today.", "My son [B] called today."),
    ],
)
def test_the_person_without_an_article_or_after_a_relation(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("with my guy's jacket", "guy", True),
        ("guide me to my\nguy's place", "guy", True),  # a line wrapped inside the phrase
        ("that was my\n\nguy", "guy", False),  # a paragraph between
        ("a so-called guy", "guy", True),
        ("his best guy who", "guy", True),
        ("my son bill called", "bill", False),  # a relation between: the person
        ("the nurse may come", "may", False),  # a title between
        ("told her bill was late", "bill", False),  # "her", the object pronoun
        ("said that will was tired", "will", False),  # "that", the conjunction
        ("the Big guy", "guy", False),  # a capitalised word between: a name's part
    ],
)
def test_determined_noun(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert lowercase_registered.determined_noun(text, text.lower(), start) is expected
