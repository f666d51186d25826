"""Ordinary Norwegian and Danish words where a name could stand: a verb right after "the
doctor" or after a name a reporting cue announced, a noun after "spoke with", the possessive
"jeres" (yours) before a phone or a house, a common noun or verb opening a sentence whose
other words Swedish shares too, and a word of the sentence's language one slip from a
registered name (`cued_names`, `lowercase_pairs`, `note_language`, `unregistered`). Names in
the same places are still found. Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Nasser Holm", "[P1]"),
        NameEntry("p:2", "Ingrid Berg", "[P2]"),
        NameEntry("p:3", "Petter Lund", "[P3]"),  # a registered name of Passer's shape
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        # a verb after the doctor (Danish "lægen", Norwegian "legen"), no name of the doctor
        "Lægen anbefalede en ny behandling.",
        "Overlægen undersøger hende i morgen.",
        "Legen hadde ikke tid til oss.",
        "Det er farligt at lege nær vandet.",  # "lege", to play; "nær", near
        # the verb after a name a reporting cue announced, no family name
        "Ifølge Solveig stenger butikken klokken fem.",
        "Ifølge Solveig lukker butikken klokken fem.",
        # a noun of the lists after "snakket med"
        "Jeg snakket med bestyreren i går.",
        "Jeg snakket med lærerinnen i går.",
        # Danish "jeres" (yours) before what the possessive names
        "Vi skal låne jeres telefon i morgen.",
        "Er det jeres telefon?",
        "Jeres hus er stort.",
        # a common word opening a sentence whose other words Swedish writes too
        "Firmaet sa opp fem av oss.",
        "Selskapet sa opp fem personer.",
        "Veit du kor han bur?",
        # a Norwegian word one slip from a registered name (Nasser), in a Norwegian sentence
        "Du har rett. Passer det for deg hvis vi kommer klokken fem?",
        "Passer det dig at komme i morgen?",
    ],
)
def test_neighbour_words_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text.replace("Solveig", "[name]")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Legen Solveig ringte i går.", "Solveig"),
        ("Ifølge overlege kari nordmann er det stabilt.", "nordmann"),
        ("Jeg snakket med Birgitte i går.", "Birgitte"),
        ("Vi skal låne Ingrids telefon.", "Ingrid"),
        ("Nasser ringte i morges.", "Nasser"),
        ("Passer ringte i morges.", "Passer"),  # Nasser misspelt, before a verb of his
        ("Veit Schneider kommer i morgen.", "Schneider"),
    ],
)
def test_names_in_the_same_places_are_still_found(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor(text), redactor(text)


@pytest.fixture(scope="module")
def finnish_redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Viktoria Ståhl", "[P1]")]))


@pytest.mark.parametrize(
    "text",
    [
        # a borrowed word (Swedish "vektor") in the Finnish plural, after the linking "i"
        "Hän istui alas. Vektorien pituudet lasketaan tällä kaavalla.",
        "Hän istui alas. Vektorit ovat tärkeitä tässä.",
    ],
)
def test_a_borrowed_word_in_a_finnish_case_is_no_slip_of_a_name(
    finnish_redactor: Redactor, text: str
) -> None:
    assert finnish_redactor(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Hän istui alas. Viktorian kanssa puhuimme eilen.",
        "Hän istui alas. Vktorian kanssa puhuimme eilen.",  # misspelt, in a case
    ],
)
def test_the_registered_name_in_a_finnish_case_is_still_found(
    finnish_redactor: Redactor, text: str
) -> None:
    assert "[P1]" in finnish_redactor(text)


@pytest.fixture(scope="module")
def mona_redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Mona Lind", "[P1]")]))


@pytest.mark.parametrize(
    "text",
    [
        "Hän laski ääneen. Kasi plus yks on ysi.",  # spoken Finnish numerals, "kasi" eight
        "Läraren är punktlig varje dag.",  # a Swedish adjective in "-lig" of a noun
        "Vår kurator är punktlig och noggrann.",
    ],
)
def test_spoken_numerals_and_derived_adjectives_are_words(
    mona_redactor: Redactor, text: str
) -> None:
    assert mona_redactor(text) == text


def test_a_finnish_identity_numbers_check_letter_ends_a_clause(mona_redactor: Redactor) -> None:
    redacted = mona_redactor("Henkilötunnus: 120580-123K Minä en tiedä mitään siitä.")
    assert redacted == "Henkilötunnus: [personnummer] Minä en tiedä mitään siitä."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soitin Kasille eilen.", "Kasi"),
        ("Mona tuli kotiin eilen.", "Mona"),
        ("Läraren är Mona Lind.", "Mona"),
    ],
)
def test_names_beside_them_are_still_found(mona_redactor: Redactor, text: str, name: str) -> None:
    assert name not in mona_redactor(text), mona_redactor(text)
