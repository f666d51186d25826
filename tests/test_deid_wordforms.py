"""English manner adverbs in "-ly" that the word lists lack (`casebook.deid.wordforms.adverb`):
read as words through `vocab.is_word_form` when their base is a known English word, never a
name in "-erly", "-elly" or "-illy". Every sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import vocab, wordforms
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("narratively", "narrative"),
        ("ineptly", "inept"),
        ("passably", "passable"),
        ("lethargically", "lethargic"),
        ("contrastingly", "contrasting"),
        ("kimberly", None),  # a given name: "-erly"
        ("donnelly", None),  # a family name: "-elly"
        ("amberly", None),
        ("zorbaly", None),  # no English word before "-ly"
    ],
)
def test_an_adverb_is_read_from_its_base(word: str, base: str | None) -> None:
    assert wordforms.adverb(word, vocab.ordinary_in(("en",))) == base


@pytest.mark.parametrize(
    "text",
    [
        "It was fine. Narratively, the second half is a plodding mess.",
        "From the discussion, as noted: Passably entertaining but also mechanical.",
        "Contrastingly, in its moving final scene the hall went quiet.",
    ],
)
def test_an_adverb_opening_a_sentence_is_no_name(text: str) -> None:
    assert Redactor(Registry([])).spans(text) == []


def test_a_stranger_in_ly_met_at_the_gate_stays_a_name() -> None:
    spans = Redactor(Registry([])).spans("The nurse met Zorbaly at the gate.")
    assert [(s.start, s.end) for s in spans] == [(14, 21)]
