"""The first word on the line under a closing formula is the writer's name
(`casebook.deid.namecontext.signed_off`), unless that line is a sentence of its own: four
words or more ending in "!" or "?", as a review or a message goes on after its thanks. Every
sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import namecontext
from casebook.deid.redactor import redact
from casebook.deid.registry import Registry


@pytest.mark.parametrize(
    "text",
    [
        "It was fine.\nThanks again!\nGood local steakhouse, I recommend it!\nWe went home.",
        "It was fine.\nThanks!\nGreat little shop, would you believe it?\n",
    ],
)
def test_a_sentence_under_a_closing_is_no_signature(text: str) -> None:
    assert redact(text, Registry([])).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Vi ses.\nMvh\nVormenak Quissel\n",
        "Vi ses.\nMvh\nVormenak!\n",
        "See you.\nBest regards,\nVormenak Quissel, support worker at the day centre.\n",
    ],
)
def test_the_writers_line_under_a_closing_is_still_signed(text: str) -> None:
    start = text.index("Vormenak")
    assert namecontext.signed_off(text.lower(), start)
    assert "Vormenak" not in redact(text, Registry([])).text
