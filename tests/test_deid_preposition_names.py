"""A name that is also a word, capitalised after "med", "hos", "with", "enligt" in lower case
(`casebook.deid.preposition_names`); the same word in lower case, after a title-cased heading,
before a capitalised word or a place word, and months stay."""

from __future__ import annotations

import pytest
from casebook.deid.preposition_names import find
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arbetsterapeuten lovade en ny tid med Kaj nästa vecka.", "Kaj"),
        ("Hon bor hos Ros sedan i somras.", "Ros"),
    ],
)
def test_a_capitalised_word_after_the_preposition_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Båten ligger vid kajen, hon promenerar med kaj och hamn i sikte.",  # lower case
        "Meeting With Grace Church on Sunday.",  # a heading in title case
        "Hon arbetar med Röda Korset.",  # a name of a body, judged whole elsewhere
        "Vi pratade med Maj om sommaren.",  # a month
        "Hon har kontakt med Malmö stad.",  # a town
    ],
)
def test_other_words_stay(redactor: Redactor, text: str) -> None:
    assert find(text, [], redactor.unregistered.word_class) == []  # type: ignore[union-attr]
