"""The white-space tokens of a note, split once for every pass (`casebook.deid.note_tokens`)."""

from __future__ import annotations

from casebook.deid import neighbour_homographs, note_tokens


def test_tokens_are_the_distinct_white_space_tokens() -> None:
    low = "pratade med anna.  anna ringde\tsen\nigen"
    assert note_tokens.tokens(low) == {"pratade", "med", "anna.", "anna", "ringde", "sen", "igen"}
    assert note_tokens.tokens("") == frozenset()


def test_the_same_note_is_split_once() -> None:
    low = "hun kom hjem i går og sa at hun var trett " * 20
    assert note_tokens.tokens(low) is note_tokens.tokens(low)


def test_neighbour_marks_read_from_the_shared_tokens() -> None:
    long_swedish = "patienten kom i tid och var lugn under samtalet " * 12
    assert not neighbour_homographs.neighbour_marked(long_swedish)
    assert neighbour_homographs.neighbour_marked(long_swedish + " og hun sa")
    assert not neighbour_homographs.neighbour_marked(long_swedish + " dog")  # "og" in a word
