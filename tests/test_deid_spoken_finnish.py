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
