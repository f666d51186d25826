"""Lower-case strangers (`casebook.deid.lowercase_names`): a Finnish verb that is an English
word too ("on") names the word before it only in a Finnish sentence, or where the word is no
English adverb misspelt. Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import Registry


def test_an_adverb_misspelt_before_english_on_is_no_stranger() -> None:
    # "soley" is a given name and "solely" with a letter left out; "on" is English here,
    # not Finnish "is"
    assert "soley" in redact("We rely soley on volunteers and donations.", Registry([])).text


@pytest.mark.parametrize(
    "text",
    ["Eilen soley on kotona ja nukkuu.", "i saw aino on the bus.", "called milly on monday."],
)
def test_a_lower_case_name_before_on_stays_a_name(text: str) -> None:
    word = next(w for w in ("soley", "aino", "milly") if w in text)
    assert word not in redact(text, Registry([])).text
