"""The number, case, part and version words after which figures are no date by their shape
(`number_words.py`), as the three shape readings ask them. Each sentence is written for
this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, number_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_a_word_before_figures_is_read_whole_with_its_full_stop_and_gap() -> None:
    pattern = number_words.before(number_words.COMMON, gap="[ :]*")
    for before in ("kap. ", "Dnr: ", "s. ", "tabell ", "v "):
        assert pattern.search(before.lower()), before
    for before in ("mapp ", "bokstav ", "hos ", "kapitelvis "):
        assert not pattern.search(before), before  # "p" and "v" only as whole words


def test_the_gap_is_each_rules_own() -> None:
    assert number_words.before({"kod"}, gap="[ :#]*").search("kod #")
    assert not number_words.before({"kod"}).search("kod #")


@pytest.mark.parametrize(
    "text",
    [
        "Se tabell 18/9 i rapporten.",  # a slash day after a part of a document
        "Läs kap. 220322 igen.",  # six digits after a chapter word
        "Hon läste ärende 14.2. i går kväll.",  # a closed day after a case word
    ],
)
def test_figures_after_a_number_or_part_word_are_no_date(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.spans(text) if s.kind == "date"], redactor(text)


def test_the_same_figures_without_the_word_are_a_date(redactor: Redactor) -> None:
    for text in ("Se henne 18/9 i rapporten.", "Hon kom hem 220322 och sov."):
        assert [s for s in redactor.spans(text) if s.kind == "date"], text
