"""A registered name typed in lower case that opens a Swedish, Norwegian or Danish clause right
before its finite verb is the person: a common noun there takes its article ("hesten
gjekk"), so the bare word leads the clause as its subject (`casebook.deid.lower_subjects`).
English verbs there still ask for the same person named elsewhere ("hope is what ...")."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Bror Berg", "[B]"),
            NameEntry("p:2", "Britt Holm", "[T]"),
            NameEntry("p:3", "Grace Lind", "[G]"),
            NameEntry("p:4", "Hope Moss", "[H]"),
            NameEntry("p:5", "Bill Moen", "[I]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("bror hadde pågangsmot, energi og organisasjonstalent.", "[B]"),
        ("14:05 britt vart teken imot som ein helt.", "[T]"),
        ("- grace var klar på at fylket må gjere noko.", "[G]"),
        ("Samtal i dag.\nbror kom sent och gick tidigt.", "[B]"),
    ],
)
def test_name_opening_a_nordic_clause_before_its_verb_is_the_person(
    registry: Registry, text: str, tag: str
) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "hope is what keeps her going.",  # English: a bare noun opens a clause
        "bill was paid on Monday.",
        "hope inte för mycket på det.",  # a negation follows, no finite verb
    ],
)
def test_word_opening_an_english_clause_or_before_no_verb_stays(
    registry: Registry, text: str
) -> None:
    out = redact(text, registry).text
    assert "[H]" not in out and "[I]" not in out
