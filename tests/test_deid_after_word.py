"""after_word.matches finds exactly what re.finditer of the whole pattern finds: the scans of
cued_pairs and genitive_slips moved to it for speed, with the same matches."""

from __future__ import annotations

import random
import re

import pytest
from casebook.deid import after_word, cued_pairs, genitive_slips

_SENTENCES = [
    "Naboen, Knut Vold, tittet innom.",
    "x 1, Ab Cd, Ef Gh.",  # no word before the first comma: the second pair is still found
    "Naboen, Knut Vold, Per Berg.",  # the second pair's word is inside the first match
    "Ring Sten Vold før du drar. Ring Per Dal nu",
    "Ring\tSten Vold\nRing Per Dal",
    "a_b, Cd Ef. ab2, Cd Ef, Gh Ij,",
    "The neighbour, Abelardo, had seen her. With a cousin, Dragoljub.",
    "Betes bike and Makas hat; abs car, Xs fun, Øys Øys bok",
]


def _whole(pattern: re.Pattern[str], text: str) -> list[tuple[int, ...]]:
    return [
        (m.start(), *[i for g in range(2, pattern.groups + 1) for i in m.span(g)])
        for m in pattern.finditer(text)
    ]


def _split(tail: re.Pattern[str], text: str, least: int = 1) -> list[tuple[int, ...]]:
    return [
        (start, *[i for g in range(1, tail.groups + 1) for i in m.span(g)])
        for start, _word, m in after_word.matches(tail, text, least)
    ]


_PAIRS = [
    (cued_pairs._APPOSITION, cued_pairs._APPOSITION_TAIL),
    (cued_pairs._APPOSED_WORD, cued_pairs._APPOSED_WORD_TAIL),
    (cued_pairs._IMPERATIVE, cued_pairs._IMPERATIVE_TAIL),
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_same_matches_as_the_whole_pattern(text: str) -> None:
    for whole, tail in _PAIRS:
        assert _split(tail, text) == _whole(whole, text)
    genitive = [(m.start(1), m.start(2), m.end(2)) for m in genitive_slips._GENITIVE.finditer(text)]
    assert _split(genitive_slips._GENITIVE_TAIL, text, least=3) == genitive


def test_same_matches_on_random_texts() -> None:
    pieces = ["Ab", "Cd", "Éf", "Ring", "naboen", ",", ", ", ". ", " ", "\t", "\n", "1", "_", "²"]
    pieces += ["Betes", "abs", "s", "Øys", "bike", "Tres", "!", ")"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        test_same_matches_as_the_whole_pattern(text)


def test_words_are_found() -> None:
    found = list(after_word.matches(cued_pairs._APPOSITION_TAIL, "Naboen, Knut Vold, kom."))
    assert [(start, word, m.group(1), m.group(2)) for start, word, m in found] == [
        (0, "Naboen", "Knut", "Vold")
    ]


def test_letter_is_the_class_of_letters() -> None:
    letter = re.compile(r"[^\W\d_]")
    for code in range(0x110000):
        char = chr(code)
        assert after_word._letter(char) == (letter.match(char) is not None), hex(code)
