"""A registered name that is an ordinary word, typed in lower case after a word that gives
whose account follows ("enl.", "ifølge", "ifølgje", "laut", "according to"), is the person
(`casebook.deid.person_cues`); a pronoun, an article and a noun of a fixed phrase stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Tom Dahl", "[T]"),
            NameEntry("p:2", "Mark Berg", "[M]"),
            NameEntry("p:3", "May Lind", "[Y]"),
            NameEntry("p:4", "Han Li", "[H]"),
            NameEntry("p:5", "An Nguyen", "[A]"),
            NameEntry("p:6", "Will Moss", "[W]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Ifølge tom er leiligheten for kald.", "[T]"),
        ("Ifølgje mark må alle vere med.", "[M]"),
        ("Laut may ist alles gut.", "[Y]"),
        ("According to mark the flat is cold.", "[M]"),
    ],
)
def test_whose_account_follows(registry: Registry, text: str, tag: str) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "Ifølgje han må alle vere med.",  # a pronoun
        "According to an assessment released today.",  # an article
        "According to will of the people.",  # a noun of a phrase
    ],
)
def test_pronouns_and_phrases_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text
