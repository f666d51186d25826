"""The subject of a reporting verb in the third person (`casebook.deid.reporting_subjects`):
a given name that is a word too, in capitals or lower case, and a word nobody knows shaped like
a name; ordinary words, abbreviations and modal verbs before the verb stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("After the pause Radu verbalizes how tired he feels.", "Radu"),
        ("VISIT 2: JOHN STATES HIS MOTHER MOVED IN LAST SPRING.", "JOHN"),
        ("notes from the kitchen. sue states she has not slept.", "sue"),
        ("In the end Tavish acknowledged the letter had come.", "Tavish"),
    ],
)
def test_the_reporting_subject_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Patient states the pain is less today.",
        "Pt states he slept. Family reports he ate.",
        "NEURO STATES UNCHANGED SINCE MORNING.",
        "Will states it later, the interviewer wrote.",
        "pain reports vary from day to day.",
    ],
)
def test_ordinary_words_before_the_verb_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
