"""A registered name typed with a slip and a glued genitive "s", before a noun of a language
in which the word is no word, is that person (`genitive_slips.py`); the same word before a
noun of a language that holds it, before a verb, or an English word's plural, stays."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Bente Krogh", "[BENTE]"),
            NameEntry("p:2", "Louise Dam", "[LOUISE]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It rained all day. Betes bike stood by the gate.",
            "It rained all day. [BENTE]s bike stood by the gate.",
        ),
        ("We fixed Betes ladder in the end.", "We fixed [BENTE]s ladder in the end."),
    ],
)
def test_a_slip_in_the_genitive_before_a_noun_of_another_language(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Det regnade. Betes cykel stod vid grinden.",  # Swedish holds "bete" and "cykel"
        "It rained. Louses bike stood by the gate.",  # "louse" is English
        "It rained. Betes said nothing.",  # a verb: no genitive
    ],
)
def test_a_word_of_the_nouns_language_or_before_a_verb_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_the_registered_name_in_the_genitive_is_still_removed(registry: Registry) -> None:
    assert (
        redact("It rained. Bentes bike stood there.", registry).text
        == "It rained. [BENTE]s bike stood there."
    )
