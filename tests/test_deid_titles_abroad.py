"""Titles of the neighbours' and immigrant languages before a name nobody registered
(`vocab.FORMAL_TITLES`): notes quote Finnish and German messages ("herra X soitti", "Frau X
erreichen Sie unter ..."), and the name after such a title is unknown to every lexicon as
often as not. A cause read from validation H's misses, tested on sentences of our own."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Ebba Kronqvist", "[patient P-1]")]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rouva Oyelaran soitti eilen ja kysyi ajasta.",
            "rouva [name] soitti eilen ja kysyi ajasta.",
        ),
        ("Eilen herra Tanvir soitti taas.", "Eilen herra [name] soitti taas."),
        ("Terveisin tohtori Chidinma", "Terveisin tohtori [name]"),
        ("Frau Zaneta kommt morgen nicht.", "Frau [name] kommt morgen nicht."),
    ],
)
def test_a_name_after_a_title_of_another_language(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor(text) == expected
