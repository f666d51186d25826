"""In a list of people after a label, a word alone in brackets after an item is the item's
role when it is an ordinary Danish, Norwegian or Finnish word ("Antit (kasserer)"), not a
second person typed in lower case (`lowercase_names._bracketed_note`). A word no list knows
stays a name there, and so does any word after a relation. Every sentence here was written
for this test."""

from __future__ import annotations

import pytest
from casebook.deid import lowercase_names
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Sixten Lindqvist", "[S]")]))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Närvarande: Sixten Lindqvist, Bengt Ohlin (kasserer) och Niels.", "kasserer"),
        ("Närvarande: Sixten Lindqvist (sekretær), Gunnel Sjöberg.", "sekretær"),
    ],
)
def test_a_role_in_brackets_stays(redactor: Redactor, text: str, role: str) -> None:
    assert role in redactor.redact(text).text
    assert "Sixten" not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Närvarande: mor (stina), Sixten Lindqvist.", "stina"),  # after a relation
        ("Närvarande: Sixten Lindqvist (annie), Gunnel Sjöberg.", "annie"),  # no word
        ("Närvarande: annie, Sixten Lindqvist.", "annie"),  # no brackets
    ],
)
def test_a_name_in_brackets_is_still_removed(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text).text


def test_only_a_word_alone_in_brackets() -> None:
    low = "närvarande: bo (kasserer)"
    assert lowercase_names._bracketed_note(low, low.index("kasserer"), len(low) - 1)
    low = "närvarande: bo (kasserer og formand)"
    start = low.index("kasserer")
    assert not lowercase_names._bracketed_note(low, start, start + len("kasserer"))
