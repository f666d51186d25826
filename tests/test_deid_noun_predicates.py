"""A registered name that is a word, opening a Norwegian or Danish sentence before a copula and
an indefinite noun phrase naming no person: the word, a thing's predicate (`noun_predicates`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, noun_predicates
from casebook.deid.noun_predicates import person_nouns, thing_predicate

REGISTRY = Registry(
    [
        NameEntry("p:1", "Ask Nilsen", "[A]"),
        NameEntry("p:2", "Mette Hval", "[H]"),
        NameEntry("p:3", "Ørn Madsen", "[Ø]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Vi gikk tur i skogen. Ask er et lyst treslag, sa hun.",
        "Barnet tegnet dyr hele dagen. Hval er et stort pattedyr som lever i havet.",
        "Vi så fugler ved fjorden. Ørn er en stor rovfugl.",
        "Hun lærte om havet. Hval er ikke en fisk, forklarte hun.",
        "De snakket om hagen. Ask er et treslag å plante nær huset.",
    ],
)
def test_a_thing_before_its_predicate_noun_keeps_its_word(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # a noun of people: role, company, the treebanks' people, an agent's ending
        ("Vi ringte i går. Hval er en dyktig snekker, sier hun.", "[H] er en dyktig snekker"),
        ("Hun kom innom. Hval er en god venn av familien.", "[H] er en god venn"),
        ("Han hadde det travelt. Ørn er et geni med tall.", "[Ø] er et geni"),
        ("Vi møtte dem. Hval var en klok kvinne.", "[H] var en klok kvinne"),
        ("Vi møtte dem. Ørn er en ung pasient.", "[Ø] er en ung pasient"),
        ("Vi møtte dem. Ørn er en annen nå.", "[Ø] er en annen"),
        # no plain noun phrase: a preposition, a conjunction inside, a hyphen
        ("Hun fortalte. Hval var en af de første.", "[H] var en af"),
        ("Hun fortalte. Ørn er en skarp og klok fugl.", "[Ø] er en skarp og klok"),
        ("Hun fortalte. Hval er en god langrenns-løper.", "[H] er en god"),
        # a verb of doing: the person, as before
        ("Vi ventet. Hval ringte i går.", "[H] ringte"),
    ],
)
def test_a_person_before_a_persons_predicate_is_still_removed(
    redactor: Redactor, text: str, redacted: str
) -> None:
    assert redacted in redactor.redact(text).text


def test_thing_predicate_reads_the_phrase() -> None:
    assert thing_predicate("ask er et lyst treslag.", 3, ("nb",))
    assert thing_predicate("ørn er en stor rovfugl vi ser", 3, ("nb", "da"))
    assert not thing_predicate("ask er et lyst treslag.", 3, ("sv",))
    assert not thing_predicate("ask er lyst.", 3, ("nb",))
    assert not thing_predicate("ask er en dyktig lærer.", 3, ("nb",))


def test_person_nouns_come_from_the_treebanks() -> None:
    nouns = person_nouns()
    assert {"mann", "kvinne", "geni", "barn"} <= nouns
    assert "fugl" not in nouns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("er en god venn av familien.", True),
        ("var en flink lærer.", True),
        ("är en bra vän,", True),
        ("er ikke en pasient her.", False),  # "her" is no preposition: the phrase runs on
        ("er et gammelt håndværk.", False),
        ("er et hårdt arbejde.", False),
        ("er en klok fugl, sier bestemor.", False),
        ("ringte i går.", False),
    ],
)
def test_a_copula_and_a_noun_of_people_is_what_only_a_person_is(text: str, expected: bool) -> None:
    assert noun_predicates.person_noun_predicate(text, 0) is expected
