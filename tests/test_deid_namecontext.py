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


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # a turn quoting a heading of its own after the organiser's label: what was read aloud
        ("Tovholder: Luettu oikeuksien illassa: Älköön kenenkään yksityiselämään puututtako.", []),
        ("Ordstyrer: Luettu oikeuksien illassa: Älköön mielivaltaisesti puututtako.", []),
        ("Nabo: Halvard Quissel", ["Halvard Quissel"]),  # the label of the line, its value
        ("14:30 Nabo: Halvard Quissel", ["Halvard Quissel"]),  # a clock's colon is no label
    ],
)
def test_only_the_last_label_of_a_line_names_a_role(text: str, removed: list[str]) -> None:
    from casebook.deid.redactor import Redactor

    spans = Redactor(Registry([])).spans(text)
    assert [text[s.start : s.end] for s in spans] == removed


@pytest.mark.parametrize(
    "text",
    [
        "Brev i klubbens mappe\n\nFra: Habtom\nHej alle,\n\nVi ses.",
        "Brev i klubbens mappe\n\nFra: Quissel\nHei alle,\n\nVi ses.",
    ],
)
def test_the_sender_after_a_danish_or_norwegian_from_header_is_a_person(text: str) -> None:
    assert "Fra: [name]" in redact(text, Registry([])).text


@pytest.mark.parametrize(
    "text",
    [
        "Brev\n\nFra: Kommunen\nHej alle,",
        "Hilsen fra: Habtom og resten.",  # "fra" after a word: the preposition
        "Notat\n\nFra: møtet i går kom det lite.",
    ],
)
def test_fra_elsewhere_or_before_a_word_reads_no_sender(text: str) -> None:
    assert redact(text, Registry([])).text == text
