"""A stranger's unknown name inside a sentence, where a pronoun could have stood
(`casebook.deid.inner_strangers`); towns after a preposition of place, a word after a
determiner, runs of capitalised words, peoples' words, Finnish towns in a case and German
nouns stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Därefter fick Wuoleth anstränga sig för att vara lugn.", "Wuoleth"),
        ("10:42 Vi gav Wuoleth en kopp kaffe och pratade en stund.", "Wuoleth"),
        ("- I scenen der dei står i kø, grip Wuoleth inn til forsvar.", "Wuoleth"),
        ("• We will take Wuoleth to the clinic tomorrow.", "Wuoleth"),
        ("Mutta sitä Wuolethin ei olisi kannattanut tehdä.", "Wuolethin"),
    ],
)
def test_an_unknown_name_inside_a_sentence_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Hon har vuxit upp i Wuoleth och flyttade sedan.",  # a place after "i"
        "We read the Wuoleth every morning.",  # after a determiner: a thing's name
        "Hon arbetar på Wuoleth Bygg sedan i våras.",  # a run: judged whole elsewhere
        "Hän asui pitkään Tampereella ennen muuttoa.",  # a Finnish town in a case
        "Er hat gestern Kaffee und Kuchen gekauft.",  # German nouns are capitalised
        "Vi pratade länge, bättre än sist Undskyld at jeg ikke kom.",  # Danish run on
        "Hennes syster bor numera Oulussa med familjen.",  # a Finnish town in a case
        "The office later became Wuolethbank in 1973.",  # after a copula
        "She showed us a post on Wuoleth about the illness.",  # after a preposition
        "Hon pratade om Skattewuolethen hela tiden.",  # a compound in the definite
        "Poika muutti Kuusamoon viime vuonna.",  # a Finnish town in the illative
        "Rođen je 1990. godine u Wuolethu.",  # after a Croatian preposition
        "Ai jetoi gjithë jetën në Wuolethë me familjen.",  # after an Albanian preposition
        "Vi köpte bröd och Wuoleth kakor till kaffet.",  # a list of things after "och"
    ],
)
def test_places_things_peoples_and_german_nouns_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text


def test_a_peoples_word_a_particle_and_a_capitalised_word_before_are_no_cue() -> None:
    from casebook.deid import inner_strangers

    unknown = lambda word: "U"  # noqa: E731
    assert inner_strangers.find("they said Wuolethians were late", [], unknown) == []
    assert inner_strangers.find("we met doktor af Wuoleth today", [], unknown) == []
    assert inner_strangers.find("we met the Migration Wuoleth today", [], unknown) == []
    assert inner_strangers.find("we walked past Wuolethgatan today", [], unknown) == []
    assert inner_strangers.find("we met Wuoleth today", [], unknown) == [(7, 14)]


def test_a_given_name_in_lower_case_before_keeps_the_run_whole(redactor: Redactor) -> None:
    """ "tobias Wuoleth" is one person's name, taken whole by the lower-case pass, not a
    stranger after a lower-case word (which left "[name] [name]")."""
    assert redact("kontakt: tobias Wuoleth.", redactor).text == "kontakt: [name]."
