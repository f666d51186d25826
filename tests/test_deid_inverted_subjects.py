"""A registered name in lower case as the subject of an inverted Scandinavian clause, between
the finite verb and the reflexive or negation (`inverted_subjects.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Dag Ek", "[P1]"),
        NameEntry("p:2", "Liv Holm", "[P2]"),
        NameEntry("p:3", "Tove Aas", "[P3]"),
        NameEntry("p:4", "Inga Berg", "[P4]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Sedan lutade liv sig tillbaka och blundade.", "Sedan lutade [P2] sig tillbaka"),
        ("Etterpå satte tove seg ned og gråt.", "Etterpå satte [P3] seg ned"),
    ],
    ids=["swedish-reflexive", "norwegian-reflexive"],
)
def test_the_subject_after_the_verb_is_the_person(text: str, redacted: str) -> None:
    assert Redactor(REGISTRY).redact(text).text.startswith(redacted)


@pytest.mark.parametrize(
    "text",
    [
        "Hon tar två tabletter varje dag inte mer än så.",  # no verb before
        "Nu kände inga sig trygga på avdelningen.",  # a quantifier
        "Han har levt ett långt liv inte utan sorger.",  # an article's noun
        "Det var dag ikke så ille som vi trodde.",  # before a negation: read by nothing here
    ],
    ids=["no-verb", "quantifier", "article", "negation"],
)
def test_the_word_stays(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "De kan inte klara sig själva om de börjar kräkas.",
        "Hon kan klara sig själv nu, säger hon.",
        "Det blir bara inte av, säger hon.",
        "Någon ropade till sig honom, varpå hon gick.",
        "Hur ska sedan barnfamiljer klara sig på en lön?",  # the modal's subject between
    ],
    ids=["negated-infinitive", "modal-infinitive", "adverb", "particle", "modal-subject"],
)
def test_a_verb_or_adverb_in_the_subjects_place_stays(text: str) -> None:
    registry = Registry(
        [
            NameEntry("p:1", "Klara Ek", "[P1]"),
            NameEntry("p:2", "Bara Ali", "[P2]"),
            NameEntry("p:3", "Till Weber", "[P3]"),
        ]
    )
    assert Redactor(registry).redact(text).text == text


def test_the_subject_after_a_finite_verb_with_no_modal_before_is_the_person() -> None:
    registry = Registry([NameEntry("p:1", "Klara Ek", "[P1]")])
    out = Redactor(registry).redact("Efter maten lutade klara sig tillbaka i soffan.").text
    assert out == "Efter maten lutade [P1] sig tillbaka i soffan."


def test_who_spoke_between_a_verb_of_saying_and_att() -> None:
    text = "Efteråt svarade liv att hon inte ville, och spurte dag at vi ringer."
    assert Redactor(REGISTRY).redact(text).text == (
        "Efteråt svarade [P2] att hon inte ville, och spurte [P1] at vi ringer."
    )


def test_after_another_verb_att_decides_nothing() -> None:
    text = "Hon behöver liv att leva för, säger hon."
    assert Redactor(REGISTRY).redact(text).text == text
