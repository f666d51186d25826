"""A registered given name misspelt into an ordinary word, capitalised inside a sentence in a
place the syntax keeps for a person (after "enligt"/"ifølge"/"according to", a verb of
meeting, "med" after talking), is that person (`slot_slips.py`); the word stays a word where
it opens a sentence, stands in no such place, or is as near to two registered people."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Rinda Shawkisson", "[RINDA]"),
            NameEntry("p:2", "Hina Engbjerg", "[HINA]"),
            NameEntry("p:3", "Karlos Abdelkerim", "[KARLOS]"),
            NameEntry("p:4", "Tilla Nansen", "[TILLA]"),
            NameEntry("p:5", "Mira Ek", "[MIRA]"),
            NameEntry("p:6", "Mina Ek", "[MINA]"),
            NameEntry("p:7", "Stark Lund", "[STARK]"),
            NameEntry("p:8", "Shell Berg", "[SHELL]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I: Lyssna på dig själv. Enligt Rida har det blivit lugnare.",
            "I: Lyssna på dig själv. Enligt [RINDA] har det blivit lugnare.",
        ),
        (
            "Int: Vi pratade länge med Hinna om flytten.",
            "Int: Vi pratade länge med [HINA] om flytten.",
        ),
        (
            "D1: Jeg mødte Karls uden for butikken.",
            "D1: Jeg mødte [KARLOS] uden for butikken.",
        ),
        ("Ifølge Rida er det roligere nå.", "Ifølge [RINDA] er det roligere nå."),
        ("According to Rida, the flat is cold.", "According to [RINDA], the flat is cold."),
        # whom someone sat beside or waited for, before what closes the phrase
        ("I sat next to Stack in the third row.", "I sat next to [STARK] in the third row."),
        ("We waited for Shelf outside the hall.", "We waited for [SHELL] outside the hall."),
    ],
)
def test_a_slip_into_a_word_in_a_persons_place_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    result = redact(text, registry)
    assert result.text == expected
    assert [s.via for s in result.spans] == ["near"]  # listed for the study lead's review


@pytest.mark.parametrize(
    "text",
    [
        "Rida är roligt. Hinna hem före sex.",  # opening a sentence: the words
        "Vi hann inte rida i dag.",  # lower case
        "klikk deretter Blokker, Tillat for økt sikkerhet.",  # a screen's label, no person slot
        "Vi pratade länge med Mika om flytten.",  # as near to Mira and Mina: neither
        "Hon tänkte på Hinna hela dagen.",  # no slot for a person
        "De läste boken Enligt Rida i skolan.",  # a capitalised cue inside: a title's word
        "I sat next to Stack Street in the sun.",  # the phrase goes on: a street's name
        "We looked for Shelf outside the hall.",  # no verb of waiting, sitting or standing
    ],
)
def test_ordinary_words_and_labels_stay(registry: Registry, text: str) -> None:
    assert not [s for s in redact(text, registry).spans if s.key]
