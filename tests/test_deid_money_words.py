"""The Nordic currencies' names ("kronor", "kr", "øre") say nothing of a sentence's language:
English notes write them as they are. "Paid 850 kronor per session" was read as Swedish,
so the English "Paid" stood out as a word of another language and was taken for a
misspelt registered Said (`namecontext._only_in`)."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Said Hamoud", "[S]"),
            NameEntry("p:2", "Petar Berg", "[P]"),
            NameEntry("p:3", "Kristina Ek", "[K]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Paid 850 kronor per session.",
        "14:21 Paid 850 kronor per session for private therapy last year.",
        "Paid 850 kronor a session.",
        "Kristna och muslimer betalade 850 kronor.",  # a Swedish word in a Swedish sentence
    ],
)
def test_a_currency_leaves_the_sentence_in_its_language(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("The interview with Kristna was cut short.", "The interview with [K] was cut short."),
        ("Said paid 850 kronor.", "[S] paid 850 kronor."),
    ],
)
def test_the_names_still_go(registry: Registry, text: str, redacted: str) -> None:
    assert redact(text, registry).text == redacted
