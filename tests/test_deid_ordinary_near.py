"""A near miss or a spelling without diacritics of a registered name that is a common word of
its sentence's language where a sentence or an item opens, with nothing saying a person, is
the word (`casebook.deid.ordinary_near`); beside it, what says a person keeps the name, and an
exactly spelled registered name is never judged so."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry

PEOPLE = [
    NameEntry("p:1", "Børge Hallan", "[P1]"),
    NameEntry("p:2", "André Lunde", "[P2]"),
    NameEntry("p:3", "Filip Bure", "[P3]"),
    NameEntry("p:4", "Kamran Alavi", "[P4]"),
    NameEntry("p:5", "Vilja Rinne", "[P5]"),
    NameEntry("p:6", "Gunnar Wiklund", "[P6]"),
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry(PEOPLE))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Vi snakket lenge om økonomien.\nNorge må spare mer på strøm i vinter.", "Norge"),
        ("Vi fik ikke svar i dag. Andre kan hjælpe, hvis de har tid.", "Andre"),
        ("Møtenotat\n\n1) Bare de som kom tidlig fikk plass.\n2) Vi avsluttet kl. 12.", "Bare"),
        ("Päiväkirja\n\n4) Kerran viikossa käymme kaupassa yhdessä.", "Kerran"),
    ],
)
def test_a_common_word_one_slip_or_mark_from_a_name_stays_where_it_opens(
    redactor: Redactor, text: str, word: str
) -> None:
    out = redact(text, redactor).text
    assert word in out
    assert not any(f"[P{i}]" in out for i in range(1, 7))


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Vi ventet ute i regnet. André kom for sent igjen.", "[P2]"),  # as registered
        ("Han kom hjem sent. Hun ringte til Andre i går kveld.", "[P2]"),  # inside a sentence
        ("Vi ventet lenge. Andre sa at han ville komme i morgen.", "[P2]"),  # a verb of saying
        ("Vi var der tidlig. Andre og Kamran kom sammen.", "[P2]"),  # beside another person
        ("André Lunde var med. Andre kan hjælpe, hvis han har tid.", "[P2]"),  # named in full
        ("From: Gynnar <g.wiklund[at]example.org>\nSubject: neste uke", "[P6]"),  # a sender
        ("Viljalla on paljon töitä tällä viikolla, hän kertoi.", "[P5]"),  # a case of a name
    ],
)
def test_a_name_stays_where_the_setting_says_person(
    redactor: Redactor, text: str, tag: str
) -> None:
    assert tag in redact(text, redactor).text


def test_a_verb_of_being_before_a_second_finite_verb_is_the_name() -> None:
    registry = Registry([NameEntry("p:1", "Vår Hansen", "[V]")])
    out = redact("Vi kom tidlig. Var hadde med kaffe til alle.", registry).text
    assert out == "Vi kom tidlig. [V] hadde med kaffe til alle."
    assert "Var det" in redact("Vi kom tidlig. Var det noen der?", registry).text


def test_the_thanks_of_a_reply_says_no_person_after_a_near_miss() -> None:
    registry = Registry([NameEntry("p:1", "Nick Rushworth", "[N]")])
    text = "Pasted from the support chat: Nice thanks for your help."
    assert redact(text, registry).text == text
    # the verb with its object still says a person: Nick misspelt
    assert "[N]" in redact("We waited. Nice thanks her for the lift.", registry).text
