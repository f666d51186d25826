"""Finnish given names that are nouns (Onni, luck; Satu, fairy tale) opening a sentence before
a predicate only a thing takes: a that-clause fused with the negation verb ("Onni oli, ettei
...") and "jäi kesken" (was left unfinished). A person opening the same verbs is still found.
Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry

from tests.deid_helpers import name_spans

_NOTE = "Kävimme puistossa aamupäivällä ja söimme eväät penkillä. {} Illalla satoi vettä."


def _registered() -> Redactor:
    entries = [
        NameEntry("p0", "Onni Virta", "[P0]"),
        NameEntry("p1", "Satu Laine", "[P1]"),
        NameEntry("p2", "Toivo Heino", "[P2]"),
    ]
    return Redactor(Registry(entries))


def _unregistered() -> Redactor:
    return Redactor(Registry([NameEntry("p", "Anna Berg", "[P]")]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Onni oli, ettei kukaan kaatunut liukkaalla tiellä.",
        "Toivo on, etteivät he luovuta.",
        "Satu jäi kesken, kun puhelin soi.",
        "Satu jäi kesken.",
        "Onni on jäänyt kesken.",
    ],
)
def test_the_noun_before_a_thing_predicate_stays(sentence: str) -> None:
    text = _NOTE.format(sentence)
    assert name_spans(_registered(), text) == []
    assert name_spans(_unregistered(), text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Onni oli iloinen, ettei kukaan kaatunut.",
        "Satu jäi kotiin, kun puhelin soi.",
        "Satu jäi kesken matkan pois bussista.",
        "Satu kertoi, että hän tulee huomenna.",
        "Onni tuli myöhässä kouluun.",
        "Toivo oli paikalla koko päivän.",
    ],
)
def test_the_person_opening_the_sentence_is_still_found(sentence: str) -> None:
    text = _NOTE.format(sentence)
    assert name_spans(_registered(), text) == [sentence.split()[0]]
