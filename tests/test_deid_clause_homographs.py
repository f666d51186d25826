"""Capitalised homographs as a clause's subject (`clause_homographs.py`): the capitals the
scan leaves out are ones the rule's own first test would drop."""

from __future__ import annotations

import re

from casebook.deid import clause_homographs
from casebook.deid.context import previous_word
from hypothesis import given
from hypothesis import strategies as st

# The scan as it was, every capitalised word after a space.
_EVERY_CAPITAL = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-ɏ](?<= .)[^\W\d_]{2,})(?![^\W\d_'’-])")


def _common(word: str) -> str:
    return "C"


def test_a_homograph_after_an_opener_is_taken_and_one_after_a_full_stop_is_not() -> None:
    text = "Vi pratade länge men Lisa drack hälften. Lisa drack hälften."
    assert clause_homographs.find(text, text.lower(), [], _common) == [(21, 25)]


@given(
    st.lists(
        st.sampled_from(list(" ,.\n\tLlAaMmeénÖö") + ["men ", "att ", "Lisa ", ". Lisa"]),
        max_size=30,
    ).map("".join)
)
def test_the_capitals_left_out_are_ones_after_a_full_stop_or_comma(text: str) -> None:
    low = text.lower()
    new = {m.span(1) for m in clause_homographs._CAPITAL.finditer(text)}
    old = {m.span(1) for m in _EVERY_CAPITAL.finditer(text)}
    assert new <= old
    for start, _end in old - new:
        assert previous_word(low, start)[1] in (".", ",")
