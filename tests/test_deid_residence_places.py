"""`residence_places` and `headings.heading_line`: a town where somebody lives, grew up or
moved, and a heading alone on its line, are no stranger's names; names elsewhere still are."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, headings, residence_places


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Per Lind", "[P-1]")]))


@pytest.mark.parametrize(
    "text",
    [
        "Vaks opp i Tangen.",  # Nynorsk, a town shaped like a family name
        "Bor i Iversen sedan i fjol.",
        "Har flytta til Andresen.",
        "Asuu nyt Isojoki:ssa.",  # Finnish inessive after a colon
        "Muutti Taipalsaari:iin viime vuonna.",
        "Kotoisin Mynämäki:sta.",
        "Samandrag:\nHan kom heim i går.",
        "Reiste til Svendsen i helga.",
        "Kom heim frå Gulbrandsen i går.",
        "Arbeider i Solberg.",
        "Moved to North Duncan last year.",
        "Matkusti Sauvo:iin.",
        "- Muistiinpano:\nHän nukkui hyvin.",
    ],
)
def test_towns_and_headings_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Skrev till Johannessen igår.", "Johannessen"),  # writing to somebody: a person
        ("Vaks opp hos Johannessen.", "Johannessen"),  # "hos": with somebody
        ("Puhuimme Virtanen:sta.", "Virtanen"),  # elative without a verb of place: "about"
        ("Bor i Tangen med Per Lind.", "Per Lind"),  # the registered name still goes
        ("Zlatko:\nring me tomorrow", "Zlatko"),  # a name of the lexicon as a label
        ("Works in Hansen's shop.", "Hansen"),  # a possessive: the owner
        ("A letter came from Johannessen.", "Johannessen"),  # not coming home from a place
        ("Otti yhteyttä Virtanen:iin.", "Virtanen"),  # contacted: illative of a person
    ],
)
def test_names_still_go(redactor: Redactor, text: str, kept: str) -> None:
    assert kept not in redactor.redact(text).text


def test_settings() -> None:
    low = "hon växte upp i tangen. lives now in brompton. flyttade till anna."
    assert residence_places.after_residence_verb(low, low.index("tangen"))
    assert residence_places.after_residence_verb(low, low.index("brompton"))
    assert not residence_places.after_residence_verb(low, low.index("anna"))  # a given name
    assert not residence_places.after_residence_verb("kär i tangen", 5)
    assert residence_places.finnish_place_case("asuu isojoki:ssa", 5, 12)
    assert not residence_places.finnish_place_case("soitti smith:iin", 7, 12)
    assert residence_places.residence_verb("vaks opp i", 0, 4)
    assert not residence_places.residence_verb("vaks sa det", 0, 4)
    assert not residence_places.residence_verb("bo i lund ringde", 0, 2)  # Bo, a given name


def test_heading_line() -> None:
    text = "Samandrag:\nHan kom heim.\nTajunta: hyvä\nLoppu:\n"
    assert headings.heading_line(text, 0, 9)
    at = text.index("Tajunta")
    assert not headings.heading_line(text, at, at + 7)  # its value on the same line
    at = text.index("Loppu")
    assert not headings.heading_line(text, at, at + 5)  # nothing under it


def test_registered_family_name_as_a_town() -> None:
    registry = Registry(
        [NameEntry("p:1", "Per Larsen", "[P-1]"), NameEntry("p:2", "Anna Tangen", "[P-2]")]
    )
    redactor = Redactor(registry)
    assert redactor.redact("Bur i Larsen no.").text == "Bur i Larsen no."
    assert redactor.redact("Vaks opp i Tangen.").text == "Vaks opp i Tangen."
    assert redactor.redact("Larsen ringde i går.").text == "[P-1] ringde i går."
    assert redactor.redact("Skrev till Larsen igår.").text == "Skrev till [P-1] igår."
    assert redactor.redact("Flyttade till Anna i maj.").text == "Flyttade till [P-2] i maj."
