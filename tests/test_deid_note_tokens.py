"""The white-space tokens of a note, split once for every pass (`casebook.deid.note_tokens`)."""

from __future__ import annotations

import re

import pytest
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


_RELATION_NOTES = [
    "hennes granne, robbin leech, hjälper till.\nmamma ringde; (bror) kom.",
    "naapuri thora ackert auttaa. isä-kuratorn sa: mor2 och far_ ja syster's",
    "ingen släkting nämns här alls",
    "",
    "mor mor mor, moren og farens bror-syster",
]


def test_runs_among_words_are_those_of_every_run_of_the_note() -> None:
    words = frozenset({"mor", "far", "bror", "syster", "granne", "naapuri", "isä", "mamma"})
    among = note_tokens.RunsAmong(words)
    for low in _RELATION_NOTES:
        expected = words & set(re.findall(r"[^\W\d_]+", low))
        assert among.among(low) == expected, low
        assert among.among(low) == expected  # read again from the table: the same
    assert among.among("mor2 far_") == {"mor", "far"}  # a digit or "_" ends a run
    assert among.among("moren farens") == set()  # a run is a whole word, not a prefix


def test_runs_among_words_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(note_tokens, "_RUNS_MAX", 3)
    among = note_tokens.RunsAmong(frozenset({"bror"}))
    assert among.among("a b c d e bror") == {"bror"}
    assert len(among._table) <= 3
    assert among.among("bror f g h") == {"bror"}  # a dropped token is read again
