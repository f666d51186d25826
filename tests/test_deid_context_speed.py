"""`context.previous_word`'s fast path (a word of letters and one space, read with string
methods) gives what its character loops gave, on random text."""

from __future__ import annotations

from casebook.deid.context import _SPACE, _label_at, previous_word
from hypothesis import given, settings
from hypothesis import strategies as st


def _old_previous_word(low: str, index: int) -> tuple[str, str]:
    """The reference: `context.previous_word` as Casebook read it before the fast path."""
    i = index
    while i > 0 and low[i - 1] in _SPACE:
        i -= 1
    if i > 1 and low[i - 1] == "\n" and low[i - 2].isalpha() and not _label_at(low, index):
        i -= 1
    gap = ""
    if i > 0 and low[i - 1] in ",.":
        gap = low[i - 1]
        i -= 1
        while i > 0 and low[i - 1] in _SPACE:
            i -= 1
    j = i
    while j > 0 and low[j - 1].isalpha():
        j -= 1
    if j == i:
        return "", gap
    return low[j:i], gap


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
        assert previous_word(low, index) == _old_previous_word(low, index), index


def test_previous_word_at_the_window_s_edges() -> None:
    for low in ("a" * 38 + " x", "a" * 39 + " x", "a" * 40 + " x", "b " + "a" * 39 + " x"):
        index = len(low) - 1
        assert previous_word(low, index) == _old_previous_word(low, index), low
    assert previous_word("a" * 45 + " x", 46) == ("a" * 45, "")
    assert previous_word("med\njenny", 4) == ("med", "")
    assert previous_word("samtal med jenny", 11) == ("med", "")
