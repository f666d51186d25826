"""A lower-case "will" that is the modal: before a past that is also a transitive verb's bare
form with its object ("will lay a trap", `homographs.bare_with_object`), and after a title
that an article or possessive makes a common noun ("the town doctor will", `names.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry([NameEntry("p:1", "Will Carter", "[P1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "The path was muddy. The hunters will lay a snare by the river tonight.",
        "The path was muddy. Our foresters will fell the old oak next spring.",
        "The path was muddy. The village doctor will not see anyone after six.",
        "The path was muddy. Your nurse will call you back in the morning.",
    ],
)
def test_the_modal_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("The path was muddy. Then will lay on the sofa all day.", "Then [P1] lay on"),
        ("The path was muddy. I phoned doctor will about it.", "doctor [P1] about"),
        ("The path was muddy. Then dr. will came in late.", "dr. [P1] came"),
    ],
)
def test_the_person_is_still_taken(redactor: Redactor, text: str, redacted: str) -> None:
    assert redacted in redactor.redact(text).text
