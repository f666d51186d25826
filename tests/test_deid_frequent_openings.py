"""A frequent word of a neighbour language opening a sentence before a given name is the
sentence's opening word, not the first half of the name; and the bench that measures it."""

from __future__ import annotations

import random

import pytest
from casebook.deid import Redactor, Registry

from bench import frequent_openings


def _names(text: str) -> list[str]:
    redactor = Redactor(Registry([]))
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Og Lars tok god med seg.\n", "Lars"),  # "og": no Swedish word, tips the sentence
        ("Han kom sent. Og Kari tok god med.\n", "Kari"),
        ("Mutta Matti meni kotiin.\n", "Matti"),  # "mutta" is a family name in some locale
        ("Mutta Pekka meni kotiin.\n", "Pekka"),  # "Pekka" is a family name too
        ("Koska Aino oli väsynyt, hän nukkui.\n", "Aino"),
        ("Men Mette sagde ikke noget om det.\n", "Mette"),
        ("Kotona Liisa söi leipää ja joi maitoa.\n", "Liisa"),  # no essive of a name "Koto"
        ("Alkuperäinen Pekka ei ole täällä.\n", "Pekka"),
    ],
)
def test_frequent_opening_word_is_cut_from_the_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Dag Hansen kom hjem i går.\n",  # "dag" (day) is also a given name
        "Dag Olav kom hjem i går.\n",  # the first of two given names
        "Aina Liisa tuli kotiin.\n",  # Finnish "aina" (always)
    ],
)
def test_a_frequent_word_that_is_a_given_name_keeps_the_run(text: str) -> None:
    assert _names(text) == [" ".join(text.split()[:2])]


def test_bench_shares_and_frames() -> None:
    assert [r for r in range(12) if frequent_openings.in_share(r, "held")] == [3, 7, 11]
    assert not frequent_openings.in_share(3, "tune")
    rng = random.Random(1)
    fillers = ["og", "det", "er", "en", "på"]
    line, at = frequent_openings.frame("hele", "clock", fillers, rng, "nb")
    assert line.startswith("10.42 Hele ") and line[at : at + 4] == "Hele"
    line, at = frequent_openings.frame("men", "before a name", fillers, rng, "da")
    assert line.split()[1] in frequent_openings.GIVEN["da"] and at == 0
    words = ["hele", "men", "dag"]
    [(text, where)] = list(frequent_openings.notes(words, fillers, "da"))
    assert [text[s:e].lower() for _, _, s, e in where] == words


def test_after_a_label_the_run_stays() -> None:
    # "mai" (May) is among the most frequent Danish and Norwegian words; after a label the
    # capitalised words are the name asked for.
    assert _names("Kontakt: Mai Hoàng\n") == ["Mai Hoàng"]
    assert _names("From: Nyeste Nagy\nSent: 3/4/2025 10:15\nTo: the ward\n") == ["Nyeste Nagy"]


def test_swedish_och_before_a_given_name_is_no_part_of_it() -> None:
    # "och" is a family name in some locale of the lexicon and Sweden's most frequent word.
    assert _names("Han var trött. Och Anna gick hem.\n") == ["Anna"]
    assert _names("Kontakt: Och Anna\n") != ["Anna"]  # after a label the run stays
