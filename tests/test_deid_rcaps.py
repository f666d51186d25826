"""Capitalised ordinary words that notes put where a name could stand are no strangers: a
Finnish participle labelling an interview turn ("Haastateltava:", the interviewee), a heading
typed in capitals ("HAVAINTOLOKI NRO 12"). Names in the same places are still found.
Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import neighbour_forms, shouted_names
from casebook.deid.redactor import Redactor

from tests.deid_helpers import name_spans, numbered_redactor

PEOPLE = ["Anna Berg", "Per Lund"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(PEOPLE)


INTERVIEW = (
    "Haastattelija: Mitä teitte eilen illalla?\n"
    "{label}: Kävimme kaupassa ja sitten kotiin.\n"
    "Haastattelija: Entä sen jälkeen?\n"
    "{label}: Katsoimme elokuvan yhdessä."
)


@pytest.mark.parametrize("label", ["Haastateltava", "Tutkittava"])
def test_a_finnish_participle_labelling_a_turn_is_no_name(redactor: Redactor, label: str) -> None:
    assert name_spans(redactor, INTERVIEW.format(label=label)) == []


@pytest.mark.parametrize("label", ["Anna", "Zlatko"])
def test_a_name_labelling_a_turn_is_still_found(redactor: Redactor, label: str) -> None:
    assert name_spans(redactor, INTERVIEW.format(label=label)) == [label, label]


@pytest.mark.parametrize(
    ("word", "participle"),
    [
        ("haastateltava", True),
        ("haastateltavan", True),  # its genitive
        ("tutkittavat", True),
        ("otava", False),  # family names in "-tava" have no such verb
        ("rautava", False),
        ("katava", False),  # "katu" is a street, no passive participle
    ],
)
def test_the_passive_participle_is_read_by_its_verb(word: str, participle: bool) -> None:
    assert neighbour_forms.is_form(word, "fi") is participle


@pytest.mark.parametrize(
    "text",
    [
        "HAVAINTOLOKI NRO 358\n09.18 Asiakas saapui ajoissa ja istui alas.",
        "OBSERVASJONSLOGG RUNDE 12\n13.24 Gruppen diskuterte planene for uka.",
        "FELTDAGBOK NR. 20\nVi møttes i kantina og snakket om været.",
        "DELTAGEROBSERVATION RUNDE 7\n14:58 Deltagerne talte om vejret.",
        "YHTEISTYÖPALAVERI VIIKKO 14\nKeskustelimme aikataulusta.",
    ],
)
def test_a_heading_in_capitals_of_ordinary_words_is_no_name(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ZLATKO HADZIC 12\nHan kom sent.", "ZLATKO HADZIC"),
        ("LOGG ANNA BERG\nHon kom sent.", "ANNA"),
    ],
)
def test_a_name_on_a_line_in_capitals_is_still_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert any(name in found for found in name_spans(redactor, text))


def test_a_heading_line_needs_every_word_ordinary() -> None:
    text = "MÖTE MED ZLATKO\nHan kom."
    assert not shouted_names.heading_line(text, 0, 4)
    text = "FELTDAGBOK NR 4\nVi kom."
    assert shouted_names.heading_line(text, 0, 10)
