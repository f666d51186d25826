"""Interjections, pronouns and Finnish adverbs that open a subtitle or chat line before a
name are the line's words (`closed_words.py`, cut by `function_edges.py`): "Joo Satu tulee"
loses only "Satu", a lone "Mä" is no name. A word that is also a name ("Eli", "Per") is not
in the list and stays for the name rules; the name after the word stays removed, and a
registered name is never cut. Every line here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, closed_words

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Okko Rautio", "[patient P-1]")]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Okei Tuuli", ["Tuuli"]),
        ("Kyllä Onni", ["Onni"]),
        ("Mä ja Ahmed", ["Ahmed"]),
        ("Nyt Kerttu", ["Kerttu"]),
        ("Niin Satu", ["Satu"]),
        # greetings, thanks and apologies
        ("Kiitos, Onni", ["Onni"]),
        ("Moikka Satu", ["Satu"]),
        ("Takk Kari", ["Kari"]),
        ("Tjena Kari", ["Kari"]),
        ("Undskyld Kari", ["Kari"]),
    ],
)
def test_the_closed_word_goes_back_to_the_line(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_a_registered_name_is_never_cut(redactor: Redactor) -> None:
    assert removed(redactor, "Joo Okko Rautio soitti eilen") == ["Okko Rautio"]


def test_the_list_holds_closed_words_and_no_names() -> None:
    assert all(closed_words.closed(w) for w in ("joo", "okei", "kyllä", "mä", "she", "jag"))
    assert all(closed_words.closed(w) for w in ("kiitos", "takk", "hejsan", "undskyld"))
    assert not any(closed_words.closed(w) for w in ("per", "eli", "satu", "de", "af", "house"))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Xe said xe would bring xyr book tomorrow.", []),
        ("Fae told us that faer bike was stolen.", []),
        ("Per said per would call back after lunch.", []),
        ("Ey phoned to say eir train was late.", []),
        # no form of the set shows: the name stays
        ("Per said he would call back after lunch.", ["Per"]),
        ("Per said the fee is ten euros per day.", ["Per"]),
        ("Per Larsson sa att pers cykel var trasig.", ["Per Larsson"]),
    ],
)
def test_an_invented_pronoun_is_read_by_its_set(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_nordic_prepositions_are_those_of_norwegian_and_danish() -> None:
    assert all(closed_words.nordic_preposition(w) for w in ("i", "på", "hos", "af"))
    assert not any(closed_words.nordic_preposition(w) for w in ("in", "at", "tone", "gry"))
