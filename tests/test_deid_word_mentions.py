"""A word mentioned as a word, the subject of a copula whose predicate is the noun "word", is
no person (`word_mentions.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.word_mentions import named_as_word

REGISTRY = Registry(
    [
        NameEntry("p:1", "Ulla Berg", "[P1]"),
        NameEntry("p:2", "Vilja Lind", "[P2]"),
        NameEntry("p:3", "Toivo Salo", "[P3]"),
        NameEntry("p:4", "Tove Holm", "[P4]"),
        NameEntry("p:5", "Vilje Haugen", "[P5]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # Danish and Norwegian: the copula before "et ord" / "eit ord", negated or not
        ("Ulla Berg kom i dag.\nUlla var ikke et ord hun brugte.", "Ulla var ikke et ord"),
        ("Ulla Berg kom i dag.\nUlla er eit sjeldan ord no.", "Ulla er eit sjeldan ord"),
        # Swedish, where the same person is named before (which made it a name)
        ("Vilja Lind kom i dag.\nVilja är inte ett ord hon använder.", "Vilja är inte ett ord"),
    ],
)
def test_a_word_named_as_a_word_is_no_person(redactor: Redactor, text: str, second: str) -> None:
    assert redactor.redact(text).text.split("\n", 1)[1].startswith(second)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Ulla Berg kom i dag.\nUlla var syg i går.", "[P1] var syg"),
        ("Ulla Berg kom i dag.\nUlla er et navn hun kan lide.", "[P1] er et navn"),  # a name
        ("Ulla Berg kom i dag.\nUlla var ikke en af dem.", "[P1] var ikke en af dem"),
        ("Vilja Lind kom i dag.\nVilja var ordförande i föreningen.", "[P2] var ordförande"),
    ],
)
def test_a_person_before_a_copula_stays(redactor: Redactor, text: str, second: str) -> None:
    assert redactor.redact(text).text.split("\n", 1)[1].startswith(second)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A registered word no English or Swedish list holds, in a sentence too short to tell
        # its language: "the word for", "the local word", still the word itself
        ("Holm är ordet för en ö utan hus.", "Holm är ordet för en ö utan hus."),
        ("Vilje er det gamle ordet for lyst.", "Vilje er det gamle ordet for lyst."),
        # after a filler and its comma, no opening: still the word
        ("Typ, Holm är ordet för en ö utan hus.", "Typ, Holm är ordet för en ö utan hus."),
        # the same names before a predicate of a person stay taken
        ("Holm är ute och går.", "[P4] är ute och går."),
        ("Vilje er ordfører i laget.", "[P5] er ordfører i laget."),
        ("Typ, Holm är ute och går.", "Typ, [P4] är ute och går."),
    ],
)
def test_a_word_named_as_a_word_in_any_language(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


def test_the_predicate_must_be_the_noun_word() -> None:
    assert named_as_word("toivo on sana", 5)
    assert named_as_word("hope is not the word", 4)
    assert not named_as_word("ulla var ordentlig", 4)
    assert not named_as_word("ulla var ikke ordfører", 4)
    assert not named_as_word("ulla, var det et ord", 4)


@pytest.mark.parametrize(
    "text",
    [
        "Läraren skrev ordet ulla på tavlan och frågade vad det betydde.",
        "She had never heard the word tove before that evening.",
    ],
)
def test_a_lower_case_word_after_the_noun_word_is_no_person(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised: a name, whatever stands before it
        ("Läraren skrev ordet Ulla på tavlan.", "Läraren skrev ordet [P1] på tavlan."),
        # "ordet" the floor of a meeting, given to a person
        ("Ordföranden gav ordet ulla efter pausen.", "Ordföranden gav ordet [P1] efter pausen."),
    ],
)
def test_a_person_after_the_noun_word_stays(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected
