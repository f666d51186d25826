"""`context.previous_word`'s fast path (a word of letters and one space, read with string
methods) gives what its character walk (`_walk_back`, the way every word before was read
before the fast path) gives, on random text."""

from __future__ import annotations

from casebook.deid.context import _walk_back, previous_word
from hypothesis import given, settings
from hypothesis import strategies as st

_LETTERS = st.characters(categories=["Lu", "Ll", "Lt", "Lm", "Lo"])
_OTHERS = st.characters(categories=["Nd", "Nl", "No", "Mn", "Pc", "Zs", "So"])
_SET = st.sampled_from(list(" \t\n\u00a0.:,;()-_'ab") + ["²", "Ⅻ", "ß", "ø"])
_TEXT = st.text(st.one_of(_LETTERS, _OTHERS, _SET, _SET, _SET), max_size=120)
_PIECES = st.sampled_from(["admin: ", "med ", "far\nAdmin:", "m. ", " , ", "a" * 45, "b" * 39])
_NOTE = st.lists(st.one_of(_TEXT, _PIECES), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NOTE)
def test_previous_word_reads_as_the_old_loops(low: str) -> None:
    for index in range(len(low) + 1):
        assert previous_word(low, index) == _walk_back(low, index), index


def test_previous_word_at_the_window_s_edges() -> None:
    for low in ("a" * 38 + " x", "a" * 39 + " x", "a" * 40 + " x", "b " + "a" * 39 + " x"):
        index = len(low) - 1
        assert previous_word(low, index) == _walk_back(low, index), low
    assert previous_word("a" * 45 + " x", 46) == ("a" * 45, "")
    assert previous_word("med\njenny", 4) == ("med", "")
    assert previous_word("samtal med jenny", 11) == ("med", "")
