"""A registered name that is an ordinary word, in lower case as the speaker in a quotation's
tag, is the person (`casebook.deid.quote_tags`); the same word in a reported clause stays."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Bitten Ek", "[B]"),
            NameEntry("p:2", "Hans Berg", "[H]"),
            NameEntry("p:3", "May Lund", "[M]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Jag mäter kraniet på dem som ger sig ut dit, sa bitten.", "[B]"),
        ("Men det, sa hans med ett svagt leende, är en annan historia.", "[H]"),
        ('"No," said may.', "[M]"),
    ],
)
def test_the_speaker_of_a_quotation(registry: Registry, text: str, tag: str) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "Hon sa hans bror kom i går.",
        "He said may be late.",
        "Det var bra, sa hans mamma.",
    ],
)
def test_words_of_a_reported_clause_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text
