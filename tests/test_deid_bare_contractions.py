"""An English contraction of a pronoun and a verb typed without its apostrophe, opening a
sentence before English words ("Ive just moved", "Theres a bus"), is no stranger's name
(`casebook.deid.bare_contractions`); the same word before a family name or in a Swedish
sentence stays a name. Every sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.bare_contractions import FORMS


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_the_closed_class() -> None:
    assert {"ive", "im", "theres", "thats", "theyre", "shes", "youve"} <= FORMS
    assert "ives" not in FORMS and "thems" not in FORMS


@pytest.mark.parametrize(
    "text",
    [
        "A: Ive just moved to the coast and love it.",
        "Theres a bus at noon if you want it.",
        "We talked for ages. Thats really kind of you.",
        "[10:02] Me: Ive never been there myself.",
        "Pasted from the support chat: Im from hitech music solution pvt ltd.",
    ],
)
def test_a_bare_contraction_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.spans(text)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ive Lindahl called about the meeting.", "Ive"),
        ("Ive flyttade till kusten i våras.", "Ive"),  # a Swedish sentence
        ("Theres Berg kom hem i går.", "Theres"),
        ("Ive från hitech ringde i går.", "Ive"),  # "från": Swedish, no frequent English word
    ],
)
def test_the_name_stays(redactor: Redactor, text: str, name: str) -> None:
    assert any(text[s.start : s.end].startswith(name) for s in redactor.spans(text))
