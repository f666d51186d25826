"""The small shapes several rules read, each in one home: the whole next word
(`context.NEXT_WORD`), a capital of any Latin script (`address_words.U`) and the vowels of
Finnish (`neighbour_forms.FINNISH_VOWELS`). Each example is written for this test."""

from __future__ import annotations

import re

from casebook.deid import address_words, context, neighbour_forms, town_names


def test_the_next_word_is_whole_after_one_space() -> None:
    assert context.NEXT_WORD.match("Aino tuli", 4)[1] == "tuli"
    assert context.NEXT_WORD.match("Aino on-line", 4)[1] == "on"  # the run of letters
    assert context.NEXT_WORD.match("Aino  tuli", 4) is None  # two spaces: a table's cell
    assert context.NEXT_WORD.match("Aino 3 tuli", 4) is None


def test_a_capital_of_any_latin_script() -> None:
    capital = re.compile(address_words.U)
    assert all(capital.fullmatch(c) for c in "AÅÜŚŁŻŞĐ")
    assert not any(capital.fullmatch(c) for c in "aåś1-Я")


def test_finnish_vowels() -> None:
    assert set(neighbour_forms.FINNISH_VOWELS) == set("aeiouyäö")


def test_town_names_read_through_the_shared_word_list_reader() -> None:
    assert town_names.given("gyula")
    assert not town_names.given("stockholm")
