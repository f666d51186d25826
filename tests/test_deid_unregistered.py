"""Capitalised words of `casebook.deid.unregistered` that may be slips of a registered name."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry

_REGISTRY = Registry([NameEntry("p1", "Mike Rowntree", "[P1]")])


@pytest.mark.parametrize(
    "text",
    [
        "Mine came with a wall adapter, but it charges when plugged in.",
        "The old one broke. Mine came with a wall adapter.",
        "Mentor: Mine came with a wall adapter.",
    ],
)
def test_a_possessive_pronoun_opening_a_sentence_is_no_slip(text: str) -> None:
    assert redact(text, _REGISTRY).text == text


@pytest.mark.parametrize(
    "text",
    [
        "The nurse met Mine at the gate.",  # capitalised inside a sentence: a name
        "I asked Mine about it.",
        "Mkie came with a charger.",
    ],
)
def test_a_slip_of_the_name_stays_removed(text: str) -> None:
    assert "[P1]" in redact(text, _REGISTRY).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I sat next to Wae in the third row.", "I sat next to [name] in the third row."),
        ("She stood beside Qwerzy at the gate.", "She stood beside [name] at the gate."),
        ("We waited for Mary outside the hall.", "We waited for [name] outside the hall."),
    ],
)
def test_whom_someone_sat_beside_or_waited_for_is_a_person(text: str, expected: str) -> None:
    """After a verb of sitting or standing and "next to" or "beside", or after a verb of
    waiting and "for" (a name of the lexicon only: an unknown word there is as often an event
    or a firm), a capitalised word that closes the phrase is a person."""
    assert redact(text, Registry([])).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "She sat next to Lake Vättern in the sun.",
        "We waited for Brexit for years.",
        "She sat next to Oslo in the list of towns.",
    ],
)
def test_a_place_an_event_or_a_lake_in_those_slots_stays(text: str) -> None:
    assert redact(text, Registry([])).text == text
