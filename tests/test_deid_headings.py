"""A heading of a structured note in a neighbour language is no name (`deid/headings.py`).

A word opening a line before a colon is a speaker or a heading. A Finnish, Norwegian, Danish
or German heading ("Hengitys:", breathing) is judged by the language of the lines around it,
since its own "sentence" is the heading alone; a speaker nobody registered, a name of the
lexicon and a word no list knows stay names. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Potilas nukkui hyvin.\nHengitys: Ajoittain omia hengityksiä harvanlaisesti.",
        "Potilas nukkui hyvin koko yön.\n- Hengitys: Tasaista, ei lisähappea.\nKipu: Ei kipuja.",
    ],
)
def test_a_heading_in_the_language_of_the_note_is_kept(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Potilas nukkui hyvin yöllä.\nZlatko: Ei kipuja, nukkui hyvin.", "Zlatko"),
        ("Potilas nukkui hyvin yöllä.\nSisko: Soitti illalla ja kysyi vointia.", "Sisko"),
        ("Potilas nukkui hyvin yöllä.\nHengitys: Vasiliki soitti illalla.", "Vasiliki"),
        ("Pasienten sov godt i natt.\nMirela: Hun ringte i kveld og spurte.", "Mirela"),
    ],
)
def test_a_speaker_before_a_colon_is_still_found(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redacted(redactor, text)
