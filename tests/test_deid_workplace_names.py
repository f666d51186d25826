"""Strangers named with the office they come from, opening a sentence ("Bertil Wahlgren from
the housing office joined late"; `casebook.deid.workplace_names`), also when the given name is
a rare dictionary word or a word of a neighbour language ("Florin", "Cilia", Finnish
"senaa"); and strangers named after a naming cue of Norwegian, Danish, Finnish, Swedish or
English ("ved navn", "hedder", "mainitsi nimen", "by the name of"; `person_cues.named_as`).
Ordinary words, firms in capitals and a frequent opening word stay."""

from __future__ import annotations

import pytest
from casebook.deid import workplace_names
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


def test_the_workplace_phrase_follows_a_sentence_opening_run() -> None:
    text = "Det var lugnt. Doru Vestersen på vårdcentralen ringde."
    assert workplace_names.named_by_workplace(text, 15, 29)
    text = "Vi ringde Doru Vestersen på vårdcentralen igår."
    assert not workplace_names.named_by_workplace(text, 10, 24)  # not opening a sentence
    text = "Doru Vestersen på torsdag ringde."
    assert not workplace_names.named_by_workplace(text, 0, 14)  # no definite noun
    text = "Doru Vestersen på vårdcentralen."
    assert not workplace_names.named_by_workplace(text, 0, 14)  # no clause goes on
    text = "Varsinkin Meta kakkosesta käsin katsottuna se on hyvä."
    assert not workplace_names.named_by_workplace(text, 0, 14)  # "especially": an adverb


@pytest.mark.parametrize(
    "text",
    [
        "Florin Ekvestersen på legekontoret kom sent.",  # "florin": a coin
        "Cilia Lövqvist på vårdcentralen kom sent.",  # "cilia": English
        "IP: Arian Obdurahman från bostadskontoret ringde igen.",
        "Det er stille nå. Florin Krenborg fra boligkontoret kom for sent.",
        "Cilia Vestergaard fra jobcentret ringede i går.",
        "10:37 Florin Ekvestersen from the housing office joined late.",
        "K1: Senaa Mäkivuori sosiaalitoimistosta soitti eilen.",  # "senaa": a Finnish form
    ],
)
def test_a_stranger_from_an_office_is_taken_whole(redactor: Redactor, text: str) -> None:
    names = _names(redactor, text)
    assert len(names) == 1 and len(names[0].split()) == 2, names


@pytest.mark.parametrize(
    "text",
    [
        "Det var en trevlig dag. Vi ringde på torsdag och kom sent.",
        "Röda Korset på torget har öppet.",  # ordinary words: no run of names
        "IKEA KUNGENS på lagret kom sent.",  # capitals: a firm, not asked
    ],
)
def test_ordinary_openings_before_an_office_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


def test_a_frequent_opening_word_stays_out_of_the_name(redactor: Redactor) -> None:
    assert _names(redactor, "Kun Mäkivuori sosiaalitoimistosta soitti, lähdin.") == ["Mäkivuori"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hän mainitsi nimen Ingebritt Vaaralahti.", "Ingebritt Vaaralahti"),
        ("Paikalla oli mies nimeltä Florin Ekvestersen.", "Florin Ekvestersen"),
        ("Det kom en mann ved navn Florin Krenborg.", "Florin Krenborg"),
        ("Hun hedder Cilia Vestergaard.", "Cilia Vestergaard"),
        ("A man by the name of Florin Ekvestersen rang.", "Florin Ekvestersen"),
    ],
)
def test_a_naming_cue_says_person(redactor: Redactor, text: str, name: str) -> None:
    assert " ".join(_names(redactor, text)) == name


def test_a_naming_cue_before_an_ordinary_word_keeps_it(redactor: Redactor) -> None:
    assert _names(redactor, "Laiva sai nimen Titanic muistoksi.") == []
    assert _names(redactor, "Dagen hed Fredag.") == []  # a weekday
