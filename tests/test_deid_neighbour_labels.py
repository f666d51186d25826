"""A common word of a Norwegian, Danish or Finnish sentence capitalised inside it (a button or
menu label) is the word, not a name nor a near miss of a registered one, unless the context
names it (`casebook.deid.neighbour_labels`); a registered name after such a word opening the
sentence keeps its own tag; strangers joined to such a word are found as before."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor

from tests.deid_helpers import name_spans, numbered_redactor

PEOPLE = ["Tilla Økland", "Liisa Rantanen", "Henk Visser", "Reino Aalto", "Enne Halme"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(PEOPLE)


def _tags(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.tag) for s in redactor.spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Åpne menyen og trykk deretter Tillat for å fortsette.",  # Norwegian: allow
        "Napsauta sitten Lisää uusi rivi -painiketta.",  # Finnish: add (more)
        "Vælg Hent i menuen, og gem filen bagefter.",  # Danish: fetch
    ],
)
def test_a_label_of_the_sentences_language_is_no_near_miss(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []


def test_a_finnish_adverb_opening_the_sentence_leaves_the_registered_name(
    redactor: Redactor,
) -> None:
    text = "Lopuksi Reino kysyi, milloin seuraava tapaaminen on."
    assert _tags(redactor, text) == [("Reino", "[P3]")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Jeg ringte Tillat i går kveld.", [("Tillat", "[P0]")]),  # named: a person verb
        ("Kävimme Ennen luona eilen illalla.", [("Ennen", "[P4]")]),  # Enne's, a case
    ],
)
def test_a_named_or_inflected_registered_name_stays(
    redactor: Redactor, text: str, found: list[tuple[str, str]]
) -> None:
    assert _tags(redactor, text) == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Møtet ble ledet av Gunnhild Nansen i går.", "Gunnhild Nansen"),
        ("Naboen Zarko havde hørt det hele i nat.", "Zarko"),
    ],
)
def test_a_stranger_joined_to_a_listed_word_is_still_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in name_spans(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Terve Meno, nähdään taas huomenna kotona.", "Meno"),  # greeted: "meno" is a word
        ("Ja, det gikk greit til slutt, Nato.", "Nato"),  # spoken to at the close
    ],
)
def test_a_listed_word_spoken_to_is_still_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert name in name_spans(redactor, text)
