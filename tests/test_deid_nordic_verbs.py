"""A registered name typed in lower case where a Norwegian sentence puts a verb
(`nordic_verbs.py`): the verb there, the person elsewhere."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.nordic_verbs import listed_verb, verb_here

REGISTRY = Registry(
    [
        NameEntry("p:1", "Gro Berge", "[P1]"),
        NameEntry("p:2", "Snorre Mette", "[P2]"),
        NameEntry("p:3", "Tove Aas", "[P3]"),
    ]
)


def _found(text: str) -> list[str]:
    return [text[span.start : span.end] for span in Redactor(REGISTRY).spans(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Bestefaren begynte å snorre så fort filmen startet i går kveld.", "snorre"),
        ("Hun prøver å ikke snorre når hun sover hos venninnen sin.", "snorre"),
        ("Vi måtte berge bøkene ut av kjelleren før vannet steg mer.", "berge"),
        ("Hvis ugresset får gro i hele bedet, blir det mye arbeid etterpå.", "gro"),
        ("Han fikk berge sykkelen sin før bilen rygget over den.", "berge"),
        ("Vi hørte ham snorre i rommet ved siden av hele natten.", "snorre"),
        ("Vi lot hekken gro vill hele sommeren, og naboene klaget.", "gro"),
        ("Etter middagen, snorre han foran fjernsynet hver eneste kveld.", "snorre"),
        ("Med nok regn, gro det raskt i hagen bak huset vårt.", "gro"),
        ("Etter turen, mette hele gjengen seg med vafler og kakao.", "mette"),
    ],
    ids=[
        "after-marker",
        "split-infinitive",
        "modal-pronoun",
        "modal-definite-noun",
        "fikk",
        "heard-object",
        "let-object",
        "fronted-pronoun",
        "fronted-det",
        "fronted-determiner",
    ],
)
def test_word_name_in_a_verb_slot_is_the_verb(text: str, word: str) -> None:
    assert word not in _found(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("I går fikk gro beskjed om at søknaden var godkjent av kontoret.", "gro"),
        ("Etter møtet, snorre, vi må snakke om saken din igjen.", "snorre"),
        ("Vi måtte berge komme hit for å signere papirene i dag.", "berge"),
        ("Vi ringte til gro i dag, og hun kommer på mandag.", "gro"),
        ("Etter møtet ringte snorre og ba om en ny time neste uke.", "snorre"),
    ],
    ids=["inverted-subject", "vocative", "modal-subject-before-infinitive", "after-til", "subject"],
)
def test_registered_name_in_a_person_slot_is_still_removed(text: str, word: str) -> None:
    assert word in _found(text)


def test_listed_verb_reads_the_norwegian_lists() -> None:
    assert listed_verb("gro") and listed_verb("berge")
    assert not listed_verb("tove")


def test_verb_here_needs_a_norwegian_sentence() -> None:
    text = "then we had to berge the boat before the storm came in tonight"
    start = text.index("berge")
    assert not verb_here(text, text, start, start + 5)
