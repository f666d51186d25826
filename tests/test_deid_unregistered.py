"""Capitalised words of `casebook.deid.unregistered` that may be slips of a registered name."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry

_REGISTRY = Registry([NameEntry("p1", "Mike Rowntree", "[P1]")])


@pytest.mark.parametrize(
    "text",
    [
        "Mine came with a wall adapter, but it charges when plugged in.",
        "The old one broke. Mine came with a wall adapter.",
        "Mentor: Mine came with a wall adapter.",
    ],
)
def test_a_possessive_pronoun_opening_a_sentence_is_no_slip(text: str) -> None:
    assert redact(text, _REGISTRY).text == text


@pytest.mark.parametrize(
    "text",
    [
        "The nurse met Mine at the gate.",  # capitalised inside a sentence: a name
        "I asked Mine about it.",
        "Mkie came with a charger.",
    ],
)
def test_a_slip_of_the_name_stays_removed(text: str) -> None:
    assert "[P1]" in redact(text, _REGISTRY).text
