"""How far a cue for a person reaches: not across a sentence's end after a title written in
full ("doctor.", "fru."), not to the verb after a role in the Nordic definite form ("Lægen
rådede"), not to a lower-case word after a capitalised given name ("Ifølge Manfred lukker"),
and not to a Finnish noun after a determiner ("Tämä vuori on") (`patterns.TRIGGERS`,
`caseless`, `cued_names`, `name_inflection.finnish_setting`)."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


def _redactor() -> Redactor:
    return Redactor(Registry([NameEntry(key="p1", canonical="Anna Berg", tag="[P1]", aliases=())]))


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _redactor().spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "I went to the doctor. There is always trouble after midnight in big cities.",
        "She thought that I was a doctor. The toilet is behind the staircase.",
        "He made up his mind to be a doctor. Don't dwell on your past mistakes!",
        "Jag har en ung fru. Sex blev inbjudna, inklusive pojken.",
        "Han talar jämt illa om sin fru. Vilka är alla de här människorna?",
        "Jag har en ung fru. Taket på mitt hus är rött.",
        "went to the doctor. ferrari is a car",
    ],
)
def test_a_title_written_in_full_cues_nothing_across_a_full_stop(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr. Rand came in.", "Rand"),
        ("We spoke to Mrs. Brown today.", "Brown"),
        ("seen by dr. holden today", "holden"),
        ("Samtal med fru Strand idag.", "Strand"),
    ],
)
def test_an_abbreviated_title_still_cues_the_name_after_its_full_stop(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lægen rådede mig til at tabe mig.",
        "Lægen undersøger ham lige nu.",
        "Om bare legen hadde kommet litt fortere.",
    ],
)
def test_the_verb_after_a_definite_role_is_no_name(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("legen kari nordmann sa at det gikk bra", "kari nordmann"),
        ("ifølge overlege kari nordmann er det bra", "kari nordmann"),
        ("ssk falco kom in", "falco"),
    ],
)
def test_a_name_after_a_role_is_still_taken(text: str, name: str) -> None:
    assert name in _found(text)


def test_a_lower_case_verb_after_a_capitalised_given_name_is_no_family_name() -> None:
    assert _found("Ifølge Manfred lukker klubben klokken seks.") == ["Manfred"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("per carol wolfe", "carol wolfe"), ("per Carol wolfe", "Carol wolfe")],
)
def test_a_family_name_after_a_reporting_cue_is_still_taken(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Tämä vuori on koko vuoden lumen peitossa.",
        "Tämä mäki on koko vuoden lumen peittämä.",
        "Mun sisko on kaunis.",
        "Se saarni oli vielä lämmin.",
        "Vanhempi veli asui kylässä.",
    ],
)
def test_a_finnish_noun_after_a_determiner_is_no_name(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eilen jukka soitti minulle.", "jukka"),
        ("Olin ulkona ja jukan kanssa.", "jukan"),
    ],
)
def test_a_lower_case_finnish_name_before_its_verb_is_still_taken(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Järvi on neljä mailia leveä.",
        "Saari on näkyvissä selkeällä säällä.",
        "Hän asui lähellä. Linna on nyt raunioina.",
    ],
)
def test_a_finnish_family_name_that_is_a_noun_opening_a_copula_clause_is_the_noun(
    text: str,
) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Liisa Järvi tuli aamulla. Järvi oli väsynyt.", "Järvi"),  # taken up after the full name
        ("Järvi kertoi, että hän tulee.", "Järvi"),  # a verb of saying: the person
        ("Virtanen on kotona.", "Virtanen"),  # no word of Finnish
    ],
)
def test_a_finnish_family_name_is_still_a_person_where_the_note_says_so(
    text: str, name: str
) -> None:
    assert _found(text)[-1] == name


def test_a_sentence_after_a_dated_label_with_no_full_stop_opens_with_a_word() -> None:
    assert _found("Dato: 27.06.2026 Jeg tror vi har funnet ut av det nå.") == []


def test_a_stranger_after_a_dated_label_is_still_a_name() -> None:
    assert _found("Dato: 27.06.2026 Zlatko ringde.") == ["Zlatko"]


def test_a_sentence_after_an_identity_number_with_a_check_letter_opens_with_a_word() -> None:
    redactor = Redactor(
        Registry([NameEntry(key="p1", canonical="Mina Berg", tag="[P1]", aliases=())])
    )
    text = "Henkilötunnus: 250773-620L Minä en lähde talosta."
    assert [s.kind for s in redactor.spans(text)] == ["personnummer"]
    named = "Henkilötunnus: 250773-620L Mina soitti."
    assert [s.tag for s in redactor.spans(named) if s.kind == "name"] == ["[P1]"]
