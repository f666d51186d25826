"""A registered name that is also a word, opening a sentence before "and I" in the study's
languages ("Talman och jag", "X og eg", "X ja minä"): one the writer did something with is a
person (`namecontext.coordinated_with_me`). In UD's English, Swedish, Norwegian and Finnish
treebanks a capitalised word opening a clause before "and I" is a person or a pronoun but for
two interjections. Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor

from tests.deid_helpers import name_spans, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(["Eva Talman", "Hope Lindqvist", "Tor Berg", "Love Ek"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Talman och jag gick igenom frågorna.", "Talman"),
        ("Talman ja minä kävimme kysymykset läpi.", "Talman"),
        # a family name in full-width letters reads as its plain letters
        ("Ｔａｌｍａｎ ja minä kävimme kysymykset läpi.", "Ｔａｌｍａｎ"),
        ("Talman og eg gjekk gjennom spørsmåla.", "Talman"),
        ("Talman og jeg gikk gjennom spørsmålene.", "Talman"),
    ],
)
def test_registered_word_before_and_i_is_the_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name_spans(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hope and faith kept her going.",
        "Talman och ledamöterna röstade.",
    ],
)
def test_registered_word_before_and_another_word_stays(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []
