"""A heading of a structured note in a neighbour language is no name (`deid/headings.py`).

A word opening a line before a colon is a speaker or a heading. A Finnish, Norwegian, Danish
or German heading ("Hengitys:", breathing) is judged by the language of the lines around it,
since its own "sentence" is the heading alone; a speaker nobody registered, a name of the
lexicon and a word no list knows stay names. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, headings


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


@pytest.mark.parametrize(
    "text",
    [
        "Shift diary, page 30\n\nPäivä: 28.5.2025\nWe sorted the coats.\n",
        "Message thread\n\n- Päivä: 20. helmikuuta 2025\nThe van came late.\n",
    ],
)
def test_a_neighbour_word_labelling_a_date_is_no_name(redactor: Redactor, text: str) -> None:
    # Finnish "Päivä" (day) as a form's field in an English note: "Paiva" is a family name
    # once its marks are gone, but the field's value is a date, not a turn
    assert "Päivä" in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Shift rota\n\nPäivi: 28.5.2025\nWe sorted the coats.\n",  # a name as written
        "Shift diary\n\nPäivä: I think so, she said.\n",  # a speaker's turn
    ],
)
def test_a_name_before_a_date_or_a_turn_stays(redactor: Redactor, text: str) -> None:
    word = text.split("\n\n")[1].split(":")[0]
    assert word not in redacted(redactor, text)


def test_a_number_label_opens_its_line_before_a_digit() -> None:
    text = "Päivä: 28.5.2025\nHe met Päivä: 3 times"
    assert headings.number_label(text, 0, 5)
    at = text.index("Päivä", 5)
    assert not headings.number_label(text, at, at + 5)  # inside a sentence
    assert not headings.number_label("Päivä: kiva", 0, 5)
