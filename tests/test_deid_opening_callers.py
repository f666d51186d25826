"""A name opening a sentence before a verb of calling or naming, with nobody registered:
"Sven called his daughter" (written for this test). "called", "named" and "heter" stand in
the relation words because a name follows them ("called Pat"); before one, a capitalised
word is the verb's subject, not part of a role's name as in "Case managern"."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def nobody() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sven called his daughter.", "Sven"),
        ("Rosa called her son.", "Rosa"),
        ("Bo called.", "Bo"),
        ("Inga called.", "Inga"),
        ("The ward was quiet. Liv called after lunch.", "Liv"),
        ("Dag named his dog after the coach.", "Dag"),
    ],
)
def test_a_name_before_a_verb_of_calling_is_redacted(
    nobody: Redactor, text: str, name: str
) -> None:
    published = nobody.redact(text).text
    assert name not in published and "[name]" in published


@pytest.mark.parametrize(
    "text",
    [
        "Sven ringde i går.",
        "Rosa sagde ingenting.",
        "Bo fortalte om turen.",
        "Veli soitti eilen.",
        "Sven rief gestern an.",
    ],
)
def test_the_other_languages_verbs_still_say_person(nobody: Redactor, text: str) -> None:
    assert nobody.redact(text).text.startswith("[name]")


@pytest.mark.parametrize(
    "text",
    [
        "Inga kom till mötet.",
        "Hans bror ringte i går.",
        "Hans mor sagde nej.",
        "Liv og død.",
        "Dag efter dag gik.",
        "Per capita costs rose.",
        "Mark the date.",
        "Hon berättade om helgen. Case managern ringer tillbaka i morgon.",
    ],
)
def test_the_word_stays_where_it_is_a_word(nobody: Redactor, text: str) -> None:
    assert nobody.redact(text).text == text
