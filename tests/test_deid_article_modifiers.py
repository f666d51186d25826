"""A capitalised word-name right after an English article and before a noun, or ending the
article's phrase, or after a title's own "The", names a thing, no person
(`article_modifiers.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import article_modifiers
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p1", "Ivory Osei", "[P1]"),
            NameEntry("p2", "Glory Lindahl", "[P2]"),
            NameEntry("p3", "Tad Mbeki", "[P3]"),
            NameEntry("p4", "Petty Andersen", "[P4]"),
            NameEntry("p5", "Witty Sexton", "[P5]"),
            NameEntry("p6", "Brink Wheeler", "[P6]"),
            NameEntry("p7", "Flood Carter", "[P7]"),
            NameEntry("p8", "Golden Hill", "[P8]"),
            NameEntry("p9", "Mats Holm", "[P9]"),
            NameEntry("p10", "Hills Dahl", "[P10]"),
            NameEntry("p11", "Crisp Moe", "[P11]"),
            NameEntry("p12", "Kitty Lund", "[P12]"),
            NameEntry("p13", "Woods Nygaard", "[P13]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "We met in the Ivory room because the big hall was booked.",
        "We ordered the Tad popcorn tin for the season.",
        "He said the Petty cash tin was empty again.",
        "There is a Golden kiosk by the station now.",
        "He told me that the Witty Owl quiz night took the hall.",
        "We watched After the Flood, a title everyone got wrong.",
        "As she put it, the film The Brink is next on the list.",
    ],
)
def test_a_thing_named_after_an_article_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The nurse met Ivory in the room.", "Ivory"),
        ("She gave Glory the bakery keys.", "Glory"),
        ("He told Petty cash was short.", "Petty"),
        ("We saw the Glory sisters at the door.", "Glory"),
        ("It was not the Tad I met last year.", "Tad"),
        ("It was the Tad who came first.", "Tad"),
        ("We thanked the Glory volunteer twice.", "Glory"),
        ("Witty, the volunteer, came early.", "Witty"),
        ("Glory and Tad came to the film.", "Glory"),
        ("I told her Glory bakery was closed.", "Glory"),
        ("We talked about the Petty case again.", "Petty"),
        ("Then the Ivory visit went well.", "Ivory"),
        ("The staff met at the Tad house on Friday.", "Tad"),
        ("She cried after the Glory meeting.", "Glory"),
    ],
)
def test_a_person_keeps_her_name(registry: Registry, text: str, name: str) -> None:
    assert name not in redact(text, registry).text


def test_the_word_must_be_an_english_word_and_no_plural() -> None:
    assert article_modifiers.modifier("the Ivory room", 4, 9)
    assert not article_modifiers.modifier("the Hansen family", 4, 10)
    assert not article_modifiers.modifier("the Browns room is", 4, 10)
    assert not article_modifiers.modifier("the Browns were", 4, 10)


@pytest.mark.parametrize(
    "text",
    [
        "We met at the Kitty bathing hut after the swim.",
        "The lost property box held a pair of Crisp mittens.",
        "Someone left a towel at the Mats car park.",
        "Coffee was poured at the Hills jetty, then we left.",
        "Snow was cleared at the Woods bathing hut.",
        "A member had bought a Woods rucksack for the trip.",
        "The map showed the Mats bus stop.",
    ],
)
def test_a_thing_named_by_a_word_in_s_or_before_a_compound_stays(
    registry: Registry, text: str
) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We met the Hills at the jetty.", "Hills"),
        ("The Hills were late again.", "Hills"),
        ("We gave the Mats family a lift.", "Mats"),
        ("The Woods boys came early.", "Woods"),
        ("Then the Hills meet at noon.", "Hills"),
        ("We saw the Hills swim today.", "Hills"),
        ("Mats parked the car.", "Mats"),
        ("We waited for Kitty at the bus stop.", "Kitty"),
        ("A friend of Crisp came.", "Crisp"),
        ("A pair of Crisp's mittens lay there.", "Crisp"),
        ("I saw the Kitty eating lunch.", "Kitty"),
        ("We saw the Hills bathing today.", "Hills"),
        ("We called the Hills parents.", "Hills"),
        ("We called the Kitty parents.", "Kitty"),
        ("Then we met the Glory neighbours.", "Glory"),
        ("Coffee with the Mats grandparents, then home.", "Mats"),
    ],
)
def test_a_family_or_person_near_a_thing_keeps_the_name(
    registry: Registry, text: str, name: str
) -> None:
    assert name not in redact(text, registry).text


def test_a_name_of_the_lexicon_after_the_word_keeps_the_person() -> None:
    text = "We read the Glory Hill report today."
    start = text.index("Glory")
    assert not article_modifiers.modifier(text, start, start + 5)
    text = "We ran the Witty Owl quiz night today."
    start = text.index("Witty")
    assert article_modifiers.modifier(text, start, start + 5)
