"""A registered person's full name with one half misspelt: the given name before a misspelt
family name that several registered people's family names are as near ("Bo Joahnsen" beside
Bo, Emma and Henrik Johansen), and a misspelt given name before the family name as registered
("Roe Stewart" for Rose Stewart) (`homographs.given_before_near_miss`). A word before a
family name that is no slip of that person's given name stays."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Bo Johansen", "[BO]"),
            NameEntry("p:2", "Emma Johansen", "[EMMA]"),
            NameEntry("p:3", "Henrik Johansen", "[HENRIK]"),
            NameEntry("p:4", "Liv Paulsen", "[LIV]"),
            NameEntry("p:5", "Markus Paulsen", "[MARKUS]"),
            NameEntry("p:6", "Rose Stewart", "[ROSE]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mötet i dag: Bo Joahnsen kom för sent.", "Mötet i dag: [BO] kom för sent."),
        ("På bilden syns Liv Pualsen med sin syster.", "På bilden syns [LIV] med sin syster."),
        ("Also present: Roe Stewart and her father.", "Also present: [ROSE] and her father."),
        ("Vi ringde Emma Johnasen i morse.", "Vi ringde [EMMA] i morse."),
    ],
)
def test_the_whole_name_goes_with_its_person(registry: Registry, text: str, expected: str) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Stewart family came to the meeting.", "The "),
        ("Men Stewart sa inget om saken.", "Men "),
        ("Det var Paulsen som ringde.", "Det var "),
    ],
)
def test_a_word_before_the_family_name_stays(registry: Registry, text: str, kept: str) -> None:
    assert redact(text, registry).text.startswith(kept)
