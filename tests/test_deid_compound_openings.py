"""A capitalised word-name opening its sentence before a bare singular noun and a verb is that
noun's modifier, no person (`compound_openings.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import compound_openings
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p1", "Wren Osei", "[P1]"),
            NameEntry("p2", "Lark Mbeki", "[P2]"),
            NameEntry("p3", "Anna Wheeler", "[P3]"),
            NameEntry("p4", "Carter Lindahl", "[P4]"),
            NameEntry("p5", "Tulip Andersen", "[P5]"),
            NameEntry("p6", "Kim Sexton", "[P6]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "We sat by the shed. Wren song filled the whole morning.",
        "Lark work was finished long before the rain came.",
        "Quiet day.\nWren song is the first thing you hear.",
        "Frost at night. Tulip bulbs were still hard in the ground.",
        "Tulip bulbs don't like wet soil.",
        "Sexton beetles are burying the mouse under the hedge.",
        "We looked closer. Wren nests weren't easy to find.",
        "Tulip stems have bent in the wind again.",
    ],
)
def test_the_modifier_of_a_bare_noun_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Anna work was done by noon.", "Anna"),  # no English word: the person
        ("Wren Osei called the office.", "Wren"),  # her family name after it
        ("Wren said the shed was locked.", "Wren"),  # the verb right after it
        ("Wren tonight said she would come.", "Wren"),  # a noun of time: the person
        ("Wren son called about the plot.", "Wren"),  # a relation: her son
        ("Wren family moved away in May.", "Wren"),  # whose family: no thing
        ("Lark household came to the meeting.", "Lark"),
        ("Carter and Anna came at nine.", "Carter"),
        ("Lark, she called me when it was over.", "Lark"),
        ("Then Wren song carried on.", "Wren"),  # mid-sentence: the person
        ("Tulip said the bulbs were soft.", "Tulip"),  # a verb of saying after her
        ("Tulip leaves early on Fridays.", "Tulip"),  # her verb, no plural verb after
        ("Tulip kids were at the gate.", "Tulip"),  # her children: no thing
        ("Tulip parents were at the gate.", "Tulip"),  # a relation: no thing
        ("Sexton says were leaving at five.", "Sexton"),  # "we're" typed "were"
        ("Tulip leaves were going, she said.", "Tulip"),  # a verb a person takes
        ("Tulip Andersen and Kim Sexton were there.", "Tulip"),
        ("Kim Sexton bulbs were planted.", "Sexton"),  # not the sentence's first word
    ],
)
def test_the_person_stays_removed(registry: Registry, text: str, removed: str) -> None:
    assert removed not in redact(text, registry).text


def test_only_a_listed_noun_then_a_verb() -> None:
    text = "Wren song carried over it."
    assert compound_openings.modifier(text, text.lower(), 0, 4)
    text = "Wren songs carried over it."  # a plural: no bare singular noun
    assert not compound_openings.modifier(text, text.lower(), 0, 4)
    text = "Wren song over the hedge."  # no verb after the noun
    assert not compound_openings.modifier(text, text.lower(), 0, 4)
    assert "song" in compound_openings.bare_nouns()
    assert "today" not in compound_openings.bare_nouns()


def test_a_plural_noun_before_a_plural_verb() -> None:
    text = "Wren nests were empty."
    assert compound_openings.modifier(text, text.lower(), 0, 4)
    text = "Wren nests weren't empty."
    assert compound_openings.modifier(text, text.lower(), 0, 4)
    text = "Wren nests was empty."  # no verb that agrees with a plural only
    assert not compound_openings.modifier(text, text.lower(), 0, 4)
    text = "Wren boys were late."  # a noun of people
    assert not compound_openings.modifier(text, text.lower(), 0, 4)
    text = "Wren class were late."  # no plural ("-ss")
    assert not compound_openings.modifier(text, text.lower(), 0, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor visits always bring a photographer along.",
        "She mentioned that mayor visits always bring a photographer along.",
        "Also, mayor visits never take long.",
        "Tulip bulbs usually come up in March.",
    ],
)
def test_a_plural_noun_an_adverb_then_a_plural_verb(text: str) -> None:
    registry = Registry(
        [NameEntry("p1", "Mayor Friis", "[P1]"), NameEntry("p2", "Tulip Andersen", "[P2]")]
    )
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Friis visits the shop.",
        "Mayor visits always on Monday.",  # no verb after the adverb
        "Also, mayor visits his mother.",  # "visits" is the person's verb
        "mayor visits always brings cake",  # a verb of the third person
    ],
)
def test_the_person_before_an_adverb_stays_removed(text: str) -> None:
    registry = Registry([NameEntry("p1", "Mayor Friis", "[P1]")])
    assert "[P1]" in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "He told me that laurel leaves went into the soup she made.",
        "Laurel leaves went into the soup she made in the kitchen.",
        "On the way out, laurel leaves went into the soup.",
        "Then rosemary sprigs came out of the bag.",
    ],
)
def test_a_plural_noun_then_a_simple_past(text: str) -> None:
    registry = Registry(
        [NameEntry("p1", "Laurel Moss", "[P1]"), NameEntry("p2", "Rosemary Holt", "[P2]")]
    )
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Laurel leaves at five.",
        "Then laurel leaves early.",  # "leaves" is the person's verb
        "Then laurel says went well.",  # a clause with its subject left out
        "Then laurel went home.",
    ],
)
def test_the_person_before_a_verb_in_s_stays_removed(text: str) -> None:
    registry = Registry([NameEntry("p1", "Laurel Moss", "[P1]")])
    assert "[P1]" in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "Before long, sander pads were running low again.",
        "Sure enough, sander noise filled the back room.",
        "The shed was cold. wren song filled the morning.",
        "At the back, tulip bulbs were still hard.",
    ],
)
def test_a_lower_case_modifier_opening_its_clause_stays(text: str) -> None:
    registry = Registry(
        [
            NameEntry("p1", "Sander Berg", "[P1]"),
            NameEntry("p2", "Wren Osei", "[P2]"),
            NameEntry("p3", "Tulip Andersen", "[P3]"),
        ]
    )
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before long, sander said yes.", "Before long, [P1] said yes."),
        ("After the break, sander repairs bikes.", "After the break, [P1] repairs bikes."),
        ("Sure enough, sander mum called.", "Sure enough, [P1] mum called."),
        ("Later, tulip kids were at the gate.", "Later, [P3] kids were at the gate."),
    ],
)
def test_a_lower_case_person_opening_its_clause_stays_removed(text: str, expected: str) -> None:
    registry = Registry(
        [
            NameEntry("p1", "Sander Berg", "[P1]"),
            NameEntry("p3", "Tulip Andersen", "[P3]"),
        ]
    )
    assert redact(text, registry).text == expected
