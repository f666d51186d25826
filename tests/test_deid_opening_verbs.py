"""A registered name that is also a word, opening a sentence before a finite verb in shapes
the lists of verbs missed: a Norwegian or Danish present of a vowel-final verb or a past of a
verb doubling its consonant (`nordic_verb_shapes`), a Finnish finite verb in a line too short
to tell its language (`neighbour_openings`), an English past after an adverb of time
(`adverb_pasts`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.adverb_pasts import past_after_adverb
from casebook.deid.nordic_verb_shapes import finite

REGISTRY = Registry(
    [
        NameEntry("p:1", "Mark Price", "[P1]"),
        NameEntry("p:2", "Rose Hill", "[P2]"),
        NameEntry("p:3", "Bill Moss", "[P3]"),
        NameEntry("p:4", "Love Berg", "[P4]"),
        NameEntry("p:5", "May Jones", "[P5]"),
        NameEntry("p:6", "Will Smith", "[P6]"),
        NameEntry("p:7", "Even Dahl", "[P7]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        (
            "Klare for en siste runde med kjevlene. Mark forstår ingenting av livet på en pub.",
            "[P1] forstår",
        ),
        (
            "11:31 Høye hæler dunker taktfast mot tregulvet.\n"
            "11:39 Rose skjønte ikke at det var noe unormalt ved det.",
            "[P2] skjønte",
        ),
        (
            "16:07 Tällaisiin toimenpiteisiin ryhdytään taloudellisen globalisaation kanssa.\n"
            "16:19 Bill otti kassistaan kissanmakkaroita.",
            "[P3] otti",
        ),
        ("The patient had surgery years ago. Love then developed ataxia and nausea.", "[P4] then"),
        ("Seen in clinic today. Mark later admitted he had been drinking.", "[P1] later"),
        ("Follow-up call. Rose also denied chest pain.", "[P2] also"),
    ],
)
def test_person_before_verb(redactor: Redactor, text: str, tag: str) -> None:
    assert tag in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Love is all you need, she said.",
        "May I come in? She waited at the door.",
        "Will you help me with the forms?",
        "Mark the date in your calendar.",
        "Even then decided nothing, the board waited.",
        "Love also helps, she says.",
        "Vi snakket om økonomien. Mark og eng ligger brakk.",
    ],
)
def test_word_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("verb", ["forstår", "står", "tror", "skjønte", "kjente", "brente"])
def test_finite_shapes(verb: str) -> None:
    assert finite(verb)


@pytest.mark.parametrize("word", ["hytte", "rente", "penger", "søster", "tre", "tår"])
def test_not_finite(word: str) -> None:
    assert not finite(word)  # nouns: "hytter", "renter" are their plurals


def test_adverb_then_past() -> None:
    low = "love then developed ataxia"
    assert past_after_adverb(low, 0, 4) == low.index("developed")
    assert past_after_adverb("even then decided", 0, 4) is None  # a focusing adverb
    assert past_after_adverb("love developed", 0, 4) is None
