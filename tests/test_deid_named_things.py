"""Organisations, places, titles and languages whose names hold a person's name are no
stranger's name (`named_things.py`): "the Kaiser Building", "San Francisco", "Marion, Ohio",
"the Governor of Virginia", "Bayot speakers" keep their words for the analyst. A person's name
beside such words stays removed ("Tom Molomby, SC", "Maria Park", "Anna, Virginia and Tom"),
and a registered name is never kept. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Ingrid Lindqvist", "[patient P-1]")]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a head noun of an organisation or a building after the name
        ("Her brother studies at King's College and works weekends.", []),
        ("The interview took place in the Kaiser Building on a rainy day.", []),
        ("He joined the Cambridge Whig Club when he was young.", []),
        # a title or a territory before "of"
        ("He wrote a long letter to the Governor of Virginia about the road.", []),
        ("The Mayor of Marion opened the new school on Friday.", []),
        # a place's first word
        ("They moved from San Francisco to a small town.", []),
        ("Her son lives in St. Louis now and rarely calls.", []),
        ("The family farmed wheat in North Dakota for years.", []),
        # a state after a town and a comma
        ("Her aunt still lives in Marion, Ohio with two dogs.", []),
        # a noun of speakers or languages
        ("Only a few hundred Kaasa speakers remain in the valley.", []),
        # "the" before a name of one word: an organisation, a group or a building
        ("Eskil from the Samaritans joined late and left early.", ["Eskil"]),
        ("Arben works at the Ikea warehouse now.", ["Arben"]),
    ],
)
def test_the_name_of_a_thing_is_kept(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a whole name before a comma and a postnominal that spells a state
        ("Speaking for the family, Tom Molomby, SC, said they would appeal.", ["Tom Molomby"]),
        # a name that is a state, in a list of people
        ("Anna, Virginia and Tom came to the meeting together.", ["Anna", "Virginia", "Tom"]),
        # a family name that is also a word of places stays in the name
        ("Maria Park said she would come back on Monday.", ["Maria", "Park"]),
        # a family after "the": in the plural, or before a noun of family
        ("The Kowalczyks came late and left early.", ["Kowalczyks"]),
        ("She stayed at the Okonkwos for a week.", ["Okonkwos"]),
        ("She stayed with the Okonkwo family for a week.", ["Okonkwo"]),
        # a whole name before a head stays removed: the verifier would call it a leak
        ("She was born at the Astrid Lindgren Hospital in May.", ["Astrid Lindgren Hospital"]),
        # "St." closing a street is no saint's town
        ("Lives on Main St. Francisco came by later.", ["Francisco"]),
        # a given name is a person before a language word, a country or an unheaded head
        ("Only a few hundred Marta speakers remain in the valley.", ["Marta"]),
        ("Fatima speaking with her son about school.", ["Fatima"]),
        ("Amina language skills improving.", ["Amina"]),
        ("Met Omar, Kenya was discussed.", ["Omar"]),
        ("Talked with Karim Institute staff.", ["Karim Institute"]),
        # a state that is also a given name, after a comma, is a second person
        ("Spoke with Omar, Victoria was there too.", ["Omar", "Victoria"]),
        ("Hi Sara, Victoria here.", ["Sara", "Victoria"]),
        # a family name after a place's first word is a person's ("Santa" is a given name too)
        ("Santa Lopez called about the meeting.", ["Santa Lopez"]),
        ("Lake Anderson came by after lunch.", ["Anderson"]),
        # a place's first word alone may be someone's name
        ("The children said that Santa seems to have come early.", ["Santa"]),
        # a title of nobility names its holder
        ("The old Earl of Clare never visited the village.", ["Clare"]),
        # a person's name after "of" that is no title
        ("It was the idea of Francisco, who runs the shop.", ["Francisco"]),
        ("Francisco told us about the Kaiser Building.", ["Francisco"]),
    ],
)
def test_a_person_beside_such_words_stays_removed(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_a_registered_name_is_removed_wherever_it_stands(redactor: Redactor) -> None:
    text = "Ingrid Lindqvist talked about the Ingrid Lindqvist Foundation."
    assert removed(redactor, text) == ["Ingrid Lindqvist", "Ingrid Lindqvist"]
