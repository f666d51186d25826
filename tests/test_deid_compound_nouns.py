"""A compound noun of one Nordic language that no list holds whole is a word, not a stranger's
family name (`casebook.deid.compound_nouns`, asked by `unregistered`); family names built of
words ("Lindqvist", "Granholm", "Ängmark") and a name's genitive stay names."""

from __future__ import annotations

import pytest
from casebook.deid import compound_nouns
from casebook.deid.compound_nouns import is_compound_noun
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p1", "Maja Holm", "[Person 1]")]))


@pytest.mark.parametrize(
    "word",
    [
        "skolsköterskor",
        "barnsköterskor",
        "läkarbesök",
        "folkpensionen",
        "skolesøsteren",
        "kotikäynti",
        "pöytäkirja",
    ],
)
def test_compounds_of_one_language_are_nouns(word: str) -> None:
    assert is_compound_noun(word)


@pytest.mark.parametrize(
    "word",
    [
        "lindqvist",
        "bergström",
        "kivimäki",
        "granholm",
        "älvhage",
        "sandras",
        "makunga",
        "ängmark",
        "stenbrandsen",
        "havsbrandsen",
        "kissaineen",
        "ranta-aho",
    ],
)
def test_family_names_and_mixed_words_are_no_compounds(word: str) -> None:
    assert not is_compound_noun(word)


@pytest.mark.parametrize(
    "text",
    [
        "Skolsköterskor sa att vaccinet kommer i maj.",
        "Barnsköterskor jobbar natt den här veckan.",
        "Skolesøsteren sa at hun kom.",
        "Kotikäynti: Maja Holm oli kotona.",
        "Anteckning av ssk\nTandvårdsbesök, tandläkaren närvarande.",
        "Anteckning av ssk\nSjukhusbesök, kuratorn närvarande.",
    ],
)
def test_a_compound_opening_a_sentence_stays(redactor: Redactor, text: str) -> None:
    found = [text[s.start : s.end] for s in redactor.spans(text)]
    assert found in ([], ["Maja Holm"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lindqvist sa att vaccinet kommer i maj.", "Lindqvist"),
        ("Kivimäki sanoi, että rokote tulee.", "Kivimäki"),
        ("Granholm jobbar natt.", "Granholm"),
        ("Ängmark jobbar natt.", "Ängmark"),
        ("Ekvall jobbar natt.", "Ekvall"),
        ("Anteckning av ssk\nLindqvist, kuratorn närvarande.", "Lindqvist"),
        ("Anteckning av ssk\nStenbrandsen, kuratorn närvarande.", "Stenbrandsen"),
    ],
)
def test_a_stranger_whose_name_is_made_of_words_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in [text[s.start : s.end] for s in redactor.spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A stranger's name that splits into two Norwegian words (stein + giver), inside a
        # sentence or after a given name: no capital is in doubt there
        ("Jag träffade Stengiver på stationen.", "Stengiver"),
        ("Hon hade pratat med Stengiver om flytten.", "Stengiver"),
        ("Vi ringde till Zurab Stengiver i morse.", "Zurab Stengiver"),
    ],
)
def test_a_compound_inside_a_sentence_is_still_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    at = text.index(name)
    covered = {i for s in redactor.spans(text) for i in range(s.start, s.end)}
    assert covered >= {i for i in range(at, at + len(name)) if text[i].isalpha()}


@pytest.mark.parametrize(
    "text",
    [
        "Stengiver sa att det var lugnt.",  # the same word opening the sentence stays
        "Hon kom i tid. Stengiver var inte med.",
        "Matkustin Tampereelle eilen.",  # a town's case that splits: the town, no person
        "Jag ringde om det Folkpensionen får man ändå.",  # a noun with its article
        "Nobody answered the call Folkpensionen får man ändå.",  # glued onto English
    ],
)
def test_the_same_compound_opening_a_sentence_stays(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.spans(text)] == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("kansliet", True),  # Swedish, the chancellery: "kansli" and its article
        ("kontoret", True),  # the office
        ("karen", False),  # a name of the lexicon, though "kar" is a word
        ("kansli", False),  # no article
    ],
)
def test_definite_noun(word: str, expected: bool) -> None:
    assert compound_nouns.definite_noun(word) is expected
