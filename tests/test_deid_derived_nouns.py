"""A Norwegian, Danish or Swedish abstract noun by its derivational ending
(`neighbour_forms.derived_noun`): a lower-case pair after "med" whose second word is such a
noun is no stranger's given and family name."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, neighbour_forms


@pytest.mark.parametrize(
    "word", ["hjelpeløshet", "forventningsfullhet", "ensomhed", "forståelse", "vennskap"]
)
def test_abstract_nouns_by_their_ending(word: str) -> None:
    assert neighbour_forms.derived_noun(word)


@pytest.mark.parametrize("word", ["blanchet", "medjahed", "mikkelsen", "bertelsen", "het"])
def test_names_and_patronymics_are_no_derived_nouns(word: str) -> None:
    assert not neighbour_forms.derived_noun(word)


def test_an_adjective_and_an_abstract_noun_after_med_stay() -> None:
    text = "Hun møtte dem med tillært hjelpeløshet."
    assert Redactor(Registry([]))(text) == text


def test_a_strangers_lower_case_name_after_med_is_still_taken() -> None:
    text = "Vi snakket med nattapong boonmee i går."
    assert Redactor(Registry([]))(text) == "Vi snakket med [name] i går."
