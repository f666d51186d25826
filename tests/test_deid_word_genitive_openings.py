"""A registered name with an "s" glued on that is itself a word of its sentence's Scandinavian
language, opening the sentence, is that word before no noun a genitive would own
(`owner_genitives.word_not_genitive`): "Annars ringer jag" beside a registered Annar. Before
a relation or a belonging the "s" stays the genitive. The sentences are written for this
test."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [NameEntry("p:1", "Annar Kvist", "[P1]"), NameEntry("p:2", "Iblan Sandberg", "[P2]")]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Annars, ring mig i morgon bitti.",
        "Annars tror jag att mötet blir av.",
        "Annars går det bra med flytten.",
        "Iblands kommer hon för sent.",
    ],
)
def test_a_word_ending_in_s_opening_a_sentence_stays(redactor: Redactor, sentence: str) -> None:
    note = f"Vi talade i telefon i går.\n{sentence}"
    assert redactor(note) == note


@pytest.mark.parametrize(
    ("sentence", "redacted"),
    [
        ("Annars mamma ringde i går.", "[P1]s mamma ringde i går."),
        ("Annars lägenhet är för liten.", "[P1]s lägenhet är för liten."),
        ("Vi talade med Annars syster.", "Vi talade med [P1]s syster."),
    ],
)
def test_the_genitive_before_a_relation_or_belonging_is_the_person(
    redactor: Redactor, sentence: str, redacted: str
) -> None:
    note = f"Vi talade i telefon i går.\n{sentence}"
    assert redactor(note) == f"Vi talade i telefon i går.\n{redacted}"
