"""The clause of presence ("Paikalla oli myös Hilvi.") is looked for only in a text that holds
one of its words for "present" (`attendance_lists.PRESENCE_KEYS`): the look-up must not skip a
text the clause's pattern would match. Every word here is our own."""

from __future__ import annotations

import pytest
from casebook.deid import attendance_lists
from casebook.deid.attendance_lists import _PRESENCE, _PRESENT_WORDS, PRESENCE_KEYS
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from tests.deid_helpers import name_spans as _names


@pytest.mark.parametrize("word", [*_PRESENT_WORDS, "til \t stede", "also present"])
def test_every_word_for_present_holds_a_key(word: str) -> None:
    clause = f"{word} var hilvi."
    assert _PRESENCE.match(clause)
    assert any(key in clause for key in PRESENCE_KEYS)


@pytest.mark.parametrize(
    "text",
    [
        "Kokous alkoi.\nTil  stede var også hilvi.",
        "Kokous alkoi.\nTil\tstede var også hilvi.",
        "Kokous alkoi.\nTilstede var hilvi.",
        "Kokous alkoi.\nLäsnä olivat hilvi ja vella.",
    ],
)
def test_a_presence_clause_spaced_any_way_still_finds_its_people(text: str) -> None:
    # In lower case only the clause tells these are people.
    assert any("hilvi" in found for found in _names(Redactor(Registry([])), text))


def test_a_text_without_a_word_for_present_lists_no_one_by_clause() -> None:
    text = "Kokous alkoi. Oli myös Hilvi."
    assert attendance_lists.items(text, text.lower(), []) == []
