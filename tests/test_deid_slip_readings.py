"""Misspelt registered names and strangers' names that a reading of the word hid, and a
flat's street with its house number after the name (`owner_genitives.not_owned`,
`word_readings.typed_for`, `name_halves._lower_slip`, `common_halves.whole_field`,
`addresses._FLAT`, `owner_genitives.doubled_s_end`).

Causes read from validation U's misses, tested on sentences of our own:
- "Wikins and how": the "s" of a misspelt Wilkins read as a Nordic genitive before "and",
  and the rest a slip of another person's name;
- "Seeell" (Sewell, "w" typed as its neighbour "e") read as "sell" drawn out as speech;
- "Fredrik runenberg": the family half after a registered given name in lower case, one
  slip off (its first letter left out);
- "Tim Michalsen:" opening a speaker's line and "God man: Knut Nunberg" filling a field:
  a pair of a word that is also a given name and an unknown family name, left as the word
  because a sentence opened there;
- "Flat 9, Park Close 76": the house number after the street's name was left out;
- "Tarass" (validation T): a registered name ending in "s" with an "s" doubled after it,
  read as the name and a genitive "s", which such a name never takes.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

from tests.deid_helpers import name_tags, removed

REGISTRY = Registry(
    [
        NameEntry("p:1", "Faith Wilkins", "[patient P-1]"),
        NameEntry("p:2", "Vicky Wharton", "[contact C-2]"),
        NameEntry("p:3", "Basil Sewell", "[contact C-3]"),
        NameEntry("p:4", "Fredrik Grunenberg", "[contact C-4]"),
        NameEntry("p:5", "William Ashton", "[contact C-5]"),
        NameEntry("p:6", "Jana Holm", "[contact C-6]"),
        NameEntry("p:7", "Taras Lind", "[contact C-7]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def test_an_english_conjunction_after_the_s_keeps_it_the_names(redactor: Redactor) -> None:
    text = "We talked about Wikins and how the week went."
    assert name_tags(redactor, text) == [("Wikins", "[patient P-1]")]


def test_a_nordic_genitive_before_its_noun_stays(redactor: Redactor) -> None:
    text = "Vi läste Wilkins brev i går."
    assert name_tags(redactor, text) == [("Wilkins", "[patient P-1]")]


def test_a_letter_typed_thrice_for_its_neighbour_is_the_name(redactor: Redactor) -> None:
    text = "I called Seeell but nobody answered."
    assert name_tags(redactor, text) == [("Seeell", "[contact C-3]")]


@pytest.mark.parametrize("text", ["Jaaa, det var bra.", "Neeej, sa hon.", "Sooo good!"])
def test_speech_drawn_out_stays(redactor: Redactor, text: str) -> None:
    assert name_tags(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name", "tag"),
    [
        ("Efter lunch kom Fredrik runenberg förbi.", "Fredrik runenberg", "[contact C-4]"),
        ("Kind regards,\nWilliam shton\n", "William shton", "[contact C-5]"),
    ],
)
def test_a_lower_case_family_half_one_slip_off(
    redactor: Redactor, text: str, name: str, tag: str
) -> None:
    assert name_tags(redactor, text) == [(name, tag)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Then William shouted at us.", "William"),  # a word of the language after him
        ("Efter lunch kom Fredrik tillbaka.", "Fredrik"),
    ],
)
def test_an_ordinary_word_after_the_given_name_stays(
    redactor: Redactor, text: str, name: str
) -> None:
    assert [n for n, _tag in name_tags(redactor, text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I: Hvad skete der?\nTim Michalsen: Vi sejlede ud.\nI: Og så?", "Tim Michalsen"),
        ("Anteckning\nGod man: Knut Nunberg\nVi träffades i går.", "Knut Nunberg"),
    ],
)
def test_a_pair_filling_a_label_or_a_field_is_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert [n for n, _tag in name_tags(redactor, text)] == [name]


def test_a_word_opening_a_sentence_before_a_name_stays_a_word(redactor: Redactor) -> None:
    text = "Will Dlamini come to the meeting?"  # a question, no label: the pair is no field
    assert name_tags(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: Flat 9, Park Close 76\nR1: yes", "Flat 9, Park Close 76"),
        ("She lives at Flat 2, Mill Lane 14B, Leeds.", "Flat 2, Mill Lane 14B, Leeds"),
    ],
)
def test_a_flats_street_takes_its_house_number_after_it(
    redactor: Redactor, text: str, address: str
) -> None:
    assert removed(redactor, text) == [address]


def test_a_time_after_a_flats_street_is_no_house_number(redactor: Redactor) -> None:
    text = "We met at Flat 2, Mill Lane 10:30 today."
    assert "Flat 2, Mill Lane" in removed(redactor, text)


def test_a_name_ending_in_s_takes_a_doubled_s_whole(redactor: Redactor) -> None:
    text = "Närvarande: Tarass, Jana Holm"
    assert name_tags(redactor, text) == [
        ("Tarass", "[contact C-7]"),
        ("Jana Holm", "[contact C-6]"),
    ]


def test_a_genitive_s_after_a_name_not_ending_in_s_stays_outside(redactor: Redactor) -> None:
    text = "Vi läste Janas brev."
    assert name_tags(redactor, text) == [("Jana", "[contact C-6]")]
