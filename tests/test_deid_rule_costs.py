"""The checks the day-and-month and ordinary-word rules make cost no more than they need:
each is asked only where its answer can matter (bench/redaction_digest.py shows that the
output stays the same)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from casebook.deid import note_language, written_dates


class _Counted:
    """A compiled pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args: Any) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(*args)


def _month(text: str, word: str) -> tuple[int, int, str] | None:
    start = text.index(word)
    return written_dates.month(text, text.lower(), start, start + len(word) + 1, len(text))


def test_a_day_before_a_month_is_looked_for_only_where_a_digit_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = _Counted(written_dates._DAY_BEFORE)
    monkeypatch.setattr(written_dates, "_DAY_BEFORE", counted)
    _month("She said on the phone in March that it went well.", "March")
    assert counted.searches == 0  # no digit in the 20 characters before "March"
    found = _month("We met on3 March and spoke for an hour.", "March")
    assert counted.searches == 1
    assert found is not None and found[0] == "We met on".index("on") + 2  # "3 March"


def test_whether_a_sentence_opens_at_a_word_is_asked_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = note_language.sentence_start

    def counted(text: str, index: int) -> bool:
        calls.append(index)
        return real(text, index)

    monkeypatch.setattr(note_language, "sentence_start", counted)
    text = "Hän sanoi, että kaikki on hyvin. Mutta hän ei tullut kotiin eilen illalla."
    start = text.index("Mutta")
    assert note_language.ordinary_here(text, text.lower(), start, "mutta", name=True)
    assert calls.count(start) == 1
