"""A chat or text-message log exported with a direction mark after each message's time stamp
("09:14 < " received, "09:15 > " sent): the message opens after the mark, so a registered word
opening it is read as at any sentence's start (`context.sentence_start`); and a label of two
capitalised words opening such a message before a colon or comma is one person's name
(`stranger_halves`). Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor

from tests.deid_helpers import name_spans, numbered_redactor

_NAMES = ["Will Okafor", "May Lindqvist", "Mark Eriksson", "Grace Holm", "Olivia Brandtzæg"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(_NAMES)


@pytest.mark.parametrize(
    "line",
    [
        "Will we meet at the library tomorrow?",
        "May we bring the children along?",
        "Mark the boxes that still need a signature.",
        "Grace was sung by the whole table.",
    ],
)
@pytest.mark.parametrize("mark", ["<", ">"])
def test_a_message_after_its_direction_mark_opens_a_sentence(
    redactor: Redactor, line: str, mark: str
) -> None:
    text = f"Log from the phone\n10:02 {mark} Thanks for today.\n10:04 {mark} {line}\n"
    assert name_spans(redactor, text) == []
    bracketed = f"Log from the phone\n[10:04] {mark} {line}\n"
    assert name_spans(redactor, bracketed) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Will said he would come after lunch.", ["Will"]),
        ("Mark Eriksson will drive us there.", ["Mark Eriksson"]),
        ("I saw Grace at the bus stop.", ["Grace"]),
    ],
)
def test_the_person_opening_a_message_is_still_found(
    redactor: Redactor, line: str, names: list[str]
) -> None:
    text = f"Log from the phone\n10:04 < {line}\n"
    assert name_spans(redactor, text) == names


def test_a_mark_without_a_stamp_or_inside_a_line_opens_nothing(redactor: Redactor) -> None:
    """Only a time stamp opening the line makes the mark a message's: "a < b" in a sentence
    and a mark with no stamp leave the word inside its sentence."""
    assert name_spans(redactor, "We thought the cost < Will could pay.") == ["Will"]
    assert name_spans(redactor, "It was at 10:04 and < Will came in.") == ["Will"]


@pytest.mark.parametrize(
    "text",
    [
        "Log from the phone\n10:04 > Hyacinth Brandtzæg: we are on our way now.\n",
        "Log from the phone\n10:04 < Hyacinth Brandtzæg, can you call me back?\n",
        "Log from the phone\n10:04 Hyacinth Brandtzæg: we are on our way now.\n",
        "Hyacinth Brandtzæg: we are on our way now.",
        # a town's name that opens Norwegian sentences as a word, before the colon
        "Det var en lang dag.\n10:04 > Molde Brandtzæg: Dette skjemaet lar deg angi etiketten.",
    ],
)
def test_a_speaker_of_two_names_opening_a_message_is_one_person(
    redactor: Redactor, text: str
) -> None:
    """A rare word ("Hyacinth", a flower) before a registered family name, the two closed by a
    colon or comma where a message or line opens: a speaker's label or the person addressed."""
    assert name_spans(redactor, text)[-1] == "Brandtzæg"
    assert len(name_spans(redactor, text)) == 2  # the first word is the other half


def test_a_rare_word_opening_a_sentence_before_a_name_without_a_label_is_left(
    redactor: Redactor,
) -> None:
    text = "Log from the phone\n10:04 > Hyacinth Brandtzæg planted by the door.\n"
    assert name_spans(redactor, text) == ["Brandtzæg"]
