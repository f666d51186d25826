"""Spoken Finnish written as said (`spoken_finnish.py`): a capitalised spoken form opening a
sentence is the word, not a stranger's name; a name of the lexicon is never read so."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, neighbour_forms, spoken_finnish


@pytest.mark.parametrize(
    "word",
    ["itte", "hiljasta", "tällanen", "kauhee", "kattoo", "mettässä"],
)
def test_spoken_forms_of_listed_words(word: str) -> None:
    assert spoken_finnish.written_form(word)
    assert neighbour_forms.is_form(word, "fi")


@pytest.mark.parametrize("word", ["itse", "sellainen", "tt", "kuusikko"])
def test_listed_and_unknown_words_are_no_spoken_forms(word: str) -> None:
    assert not spoken_finnish.written_form(word)


@pytest.mark.parametrize("word", ["otto", "mette", "mattila"])
def test_a_name_of_the_lexicon_is_never_read_as_spoken(word: str) -> None:
    assert not neighbour_forms.is_form(word, "fi")


def test_a_spoken_form_opening_a_sentence_stays() -> None:
    text = "Kävin eilen. Hiljasta oli koko päivän."
    assert Redactor(Registry([]))(text) == text


def test_a_spoken_form_is_no_registered_name_inflected() -> None:
    """ "Mettässä" is spoken "metsässä" (in the forest), not Mette in a Finnish case."""
    registry = Registry([NameEntry("p:1", "Mette Berg", "[M]")])
    text = "Mettässä oli hiljaista koko päivän."
    assert Redactor(registry)(text) == text
    assert Redactor(registry)("Soitin Mettelle eilen.") == "Soitin [M] eilen."


@pytest.mark.parametrize("word", ["miks", "kaks", "sillon", "aiva", "sitte"])
def test_the_commonest_words_worn_down_in_speech(word: str) -> None:
    assert spoken_finnish.frequent_form(word)
    assert neighbour_forms.is_form(word, "fi")


@pytest.mark.parametrize("word", ["varas", "tuomas", "kalon", "miksi", "enne"])
def test_rarer_words_and_names_are_no_worn_forms(word: str) -> None:
    """A word whose restored form is no frequent word ("varas" + "i" is a possessive), a
    listed word, or a name of the lexicon ("enne": "ennen") is not read so."""
    assert not spoken_finnish.frequent_form(word) or not neighbour_forms.is_form(word, "fi")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("juuh", True),
        ("jooh", True),
        ("huhhuh", True),
        ("sarah", False),  # a short vowel before the "h": a name's shape
        ("noah", False),
        ("nana", False),  # a part of two letters said twice
        ("juu", False),  # listed itself
    ],
)
def test_interjections_typed_as_breathed(word: str, expected: bool) -> None:
    assert spoken_finnish.interjection(word) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Kävin siellä eilen. Juuh, samalla näin paljon uutta.",
        "Luin koko ketjun. Huhhuh, vähän on ollut meininkiä täällä.",
        "En tiedä vielä. Miks sä et tullut eilen kotiin?",
        "Olin ihan poikki. Sillon on parempi vaan nukkua.",
    ],
)
def test_worn_forms_and_interjections_opening_a_sentence_stay(text: str) -> None:
    assert Redactor(Registry([]))(text) == text


def test_a_worn_form_one_slip_from_a_registered_name_is_the_word() -> None:
    """ "Miks" is one slip from a registered Mika, but the spoken "miksi" (why) opening a
    Finnish question is among the language's commonest words; a slip that is no such form
    stays the person's ("Mikq soitti")."""
    registry = Registry([NameEntry("p:1", "Mika Laine", "[M]")])
    text = "En tiedä vielä. Miks sä et tullut eilen kotiin?"
    assert Redactor(registry)(text) == text
    assert "[M]" in Redactor(registry)("En tiedä vielä. Mikq soitti eilen kotiin.")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ainiin", True),  # "ai niin"
        ("noniin", True),  # "no niin"
        ("teoman", False),  # the second part opens with a vowel
        ("kupari", False),  # "pari" is no frequent word
        ("jatekee", False),  # "ja tekee" (and does): a content word, no function word
    ],
)
def test_particles_said_as_one(word: str, expected: bool) -> None:
    assert spoken_finnish.glued_particles(word) is expected


def test_particles_said_as_one_opening_a_sentence_stay() -> None:
    text = "Kävin eilen siellä. Ainiin, ja en missään nimessä mene uudestaan."
    assert Redactor(Registry([]))(text) == text
