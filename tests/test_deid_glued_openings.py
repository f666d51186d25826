"""A capitalised registered word that is also a word, right after a lower-case word, opening a
sentence whose full stop was left out (`glued_openings.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.glued_openings import opens
from casebook.deid.registry import PLACE

REGISTRY = Registry(
    [
        NameEntry("p:1", "Hans Dahl", "[P1]"),
        NameEntry("p:2", "Mark Price", "[P2]"),
        NameEntry("p:3", "My Ek", "[P3]"),
        NameEntry("p:4", "Aina Koski", "[P4]"),
        NameEntry("p:5", "Inga Lund", "[P5]"),
        NameEntry("p:6", "Will Moss", "[P6]"),
        NameEntry("p:7", "Tuli Salo", "[P7]"),
        NameEntry("p:8", "Hope Berg", "[P8]"),
        NameEntry("p:9", "Bo Ek", "[P9]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Han satt hela dagen i soffan Hans mamma ringde under mötet.",
        "The form came back from the office Mark the date in the calendar, please.",
        "We had the best bagels in town My son wants to go back.",
        "Samtal om ekonomin Inga nya händelser sedan förra veckan.",
        "Hän istui koko päivän kotona Aina kun hän menee ulos, hän pelkää.",
        "Hon var trött hela veckan Bo själv har gått bättre än väntat.",
        # a Finnish word opening a sentence after a noun, not after a participle
        "Hän istui koko päivän kotona Aina kun sataa, hän pelkää.",
    ],
)
def test_word_opening_a_sentence_without_its_stop_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # After a word that takes a person: a verb, a preposition, a relation.
        ("Vi träffade Hans igår på mötet.", "Vi träffade [P1] igår på mötet."),
        ("I met Mark yesterday at the clinic.", "I met [P2] yesterday at the clinic."),
        ("We talked with Hope about the flat.", "We talked with [P8] about the flat."),
        ("Pratade länge med Inga om boendet.", "Pratade länge med [P5] om boendet."),
        ("Kontaktperson Bo ringer i morgon.", "Kontaktperson [P9] ringer i morgon."),
        # Before a finite verb: the subject.
        (
            "The whole week went by Will called back after lunch.",
            "The whole week went by [P6] called back after lunch.",
        ),
        (
            "Hän istui koko päivän kotona Tuli kertoi, että hän oli väsynyt.",
            "Hän istui koko päivän kotona [P7] kertoi, että hän oli väsynyt.",
        ),
        (
            "I den neste stunda reiser Hans seg og går ut.",
            "I den neste stunda reiser [P1] seg og går ut.",
        ),
        # After a Finnish past participle: the subject put after the perfect, or its object.
        (
            "Pihatyöt on hoitanut Aina koko kesän.",
            "Pihatyöt on hoitanut [P4] koko kesän.",
        ),
    ],
)
def test_person_in_mid_sentence_is_taken(redactor: Redactor, text: str, redacted: str) -> None:
    assert redactor.redact(text).text == redacted


def test_opens_reads_both_neighbours() -> None:
    def at(text: str, word: str) -> bool:
        start = text.index(f" {word} ") + 1
        return opens(text, text.lower(), start, start + len(word))

    assert at("veckan var lång Hans mamma ringde", "Hans")
    assert not at("veckan var lång Hans ringde", "Hans")  # a finite verb after it
    assert not at("vi ringde Hans mamma", "Hans")  # a verb before it
    assert not at("efter mötet  Hans mamma ringde", "Hans")  # no single space
    assert not at("veckan var lång HANS mamma", "HANS")  # capitals: emphasis or a name


@pytest.mark.parametrize(
    "text",
    [
        "Vi satt bredvid Inga hela kvällen.",  # a Swedish preposition before: the person
        "Vi gick förbi Inga hela tiden.",
        "Aina og mark kom for sent.",  # a conjunction after: a list of people
    ],
)
def test_a_person_after_a_preposition_or_before_a_conjunction_stays_found(
    redactor: Redactor, text: str
) -> None:
    assert "[P" in redactor.redact(text).text


def test_a_registered_place_after_a_finnish_noun_of_place_is_the_place() -> None:
    """ "kunnassa Kotka ja": the place's name in apposition, uninflected, not a sentence that
    "kotka" (an eagle) opens; a word before that is no noun of place still opens one."""
    registry = Registry([NameEntry("x:1", "Kotka", "[PLACE 1]", kind=PLACE)])
    text = "Isä asui pitkään kunnassa Kotka ja muutti sitten pois."
    assert Redactor(registry).redact(text).text == (
        "Isä asui pitkään kunnassa [PLACE 1] ja muutti sitten pois."
    )
    glued = "Lapset leikkivät pihalla Kotka ja varis istuivat puussa."
    start = glued.index("Kotka")
    assert opens(glued, glued.lower(), start, start + 5)
    apposed = text.index("Kotka")
    assert not opens(text, text.lower(), apposed, apposed + 5)
