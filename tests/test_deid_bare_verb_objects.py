"""A capitalised registered word-name right after a bare English verb and before a
preposition is the verb's object, not a sentence whose full stop was left out
(`bare_verb_objects.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.bare_verb_objects import object_of_bare_verb

REGISTRY = Registry(
    [
        NameEntry("p:1", "Mark Price", "[P1]"),
        NameEntry("p:2", "Hope Berg", "[P2]"),
        NameEntry("p:3", "Will Moss", "[P3]"),
        NameEntry("p:4", "Ida Baker", "[P4]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("On the stairs they blame Mark for the broken gate.", "Mark"),
        ("She begged us not to mention Hope in the minutes.", "Hope"),
        ("Most of them thank Baker for the new bike racks.", "Baker"),
        ("You should ask Will about the spare keys.", "Will"),
    ],
)
def test_object_of_a_bare_verb_is_the_person(redactor: Redactor, text: str, redacted: str) -> None:
    assert [text[s.start : s.end] for s in redactor.spans(text)] == [redacted]


@pytest.mark.parametrize(
    "text",
    [
        "The form came back from the office Mark the date in the calendar, please.",
        "We waited for the lift Will it ever be fixed?",
    ],
)
def test_a_sentence_whose_stop_was_left_out_still_opens(redactor: Redactor, text: str) -> None:
    assert redactor.spans(text) == []


def test_object_of_bare_verb_reads_the_slot() -> None:
    text = "they blame mark for it. the blame mark for it. to quote mark in full."
    assert object_of_bare_verb(text, text.index("mark"))
    assert not object_of_bare_verb(text, text.index("mark", 20))  # "the blame": a noun
    assert object_of_bare_verb(text, text.rindex("mark"))  # "in" follows: a preposition
