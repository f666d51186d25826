"""A lower-case word that ends in "s" before a home or a relative is that word, not the
genitive of a lexicon name: "this room" is no "Thi's room" (found on `bench/real_sentences`,
spoken English from a Universal Dependencies treebank; the sentences here are written for
this test). A lower-case name's genitive before such a word is still a stranger's.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry([NameEntry("p:1", "Inga Sjöberg", "[participant P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Inga Sjöberg showed us round. She said this room gets the morning sun.",
        "Inga Sjöberg was tired. Is this family the one from the third floor?",
        "Inga Sjöberg laughed: this place is too small for a party.",
    ],
)
def test_a_word_ending_in_s_is_no_genitive(redactor: Redactor, text: str) -> None:
    redaction = redactor.redact(text)
    assert "this" in redaction.text
    assert "Inga Sjöberg" not in redaction.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Inga Sjöberg came. We met at jessica's flat on Monday.", "jessica"),
        ("Inga Sjöberg came. hiwas mamma ringde i morse.", "hiwa"),
    ],
)
def test_a_lower_case_name_before_its_possessive_is_still_a_stranger(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redactor.redact(text).text
