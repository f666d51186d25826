"""A registered word-name in lower case joined by "and" to a possessive and a relation is the
person (`kin_partners.py`, asked by `person_cues`); a noun with its article keeps its word."""

from __future__ import annotations

import pytest
from casebook.deid.kin_partners import with_kin
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Hazel Moss", "[H]"),
            NameEntry("p:2", "Lee Baker", "[B]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("They say baker and his brother own the corner shop.", "[B] and his brother"),
        ("Last spring hazel and her husband moved to the third floor.", "[H] and her husband"),
        ("Efter mötet kom baker och hans fru förbi.", "[B] och hans fru"),
    ],
)
def test_a_person_paired_with_their_kin(registry: Registry, text: str, tag: str) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "The hazel and her sister's roses grew by the fence.",  # the noun after its article
        "They cut hazel and her favourite willow for the baskets.",  # no relation after her
    ],
)
def test_the_words_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_with_kin_reads_the_relation() -> None:
    low = "baker and her sister; baker and her bike"
    assert with_kin(low, low.index(" and"))
    assert not with_kin(low, low.rindex(" and"))
