"""Clinical shorthand in a care note is no stranger's name (`casebook.deid.clinical_marks`):
the plural of an abbreviation ("CKs", "EMTs") and a medicine beside its dose, route or
frequency stay; a registered participant's name, a person after a title and a given name
outside a clinical setting are still removed."""

from __future__ import annotations

import pytest
from casebook.deid.clinical_marks import clinical
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        "Heart rate steady overnight. Monitor CKs Q 6 and call with results.",
        "He fainted at the bus stop; when the EMTs arrived he was alert again.",
        "Anxious at night. Versad started at 2 mg/hr.",
        "Urine output poor, pt given 40mg Furosimide with good effect.",
    ],
)
def test_clinical_shorthand_stays(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name of the lexicon names someone whatever stands beside it
        ("Farida's son Karim 2 units of blood last week.", "Karim"),
        ("BP low at 5am. Neo started at 40-80mcg/minute with good response.", "Neo"),
        # routes that are words of the study's languages are not read
        ("Pratade med Zaituni pr telefon igår.", "Zaituni"),
    ],
)
def test_a_name_beside_clinical_words_stays_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redact(text, redactor).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dr Okafor 2 units ordered for the evening.", "Okafor"),  # a title: a person
        ("Family: Radu called twice about the interview time.", "Radu"),
        ("Interview moved: Neo Marwick called to say she is at work.", "Marwick"),
    ],
)
def test_names_stay_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redact(text, redactor).text


def test_a_registered_name_is_removed_even_beside_a_dose() -> None:
    registry = Registry([NameEntry("p:1", "Lasic Banda", "[P1]")])
    text = "Lasic 40 mg was what Banda said she took; Lasic IV never."
    out = redact(text, registry).text
    assert "Lasic" not in out and "Banda" not in out


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Monitor PVC's overnight", "PVC's", True),
        ("Ativan IV given", "Ativan", True),
        ("Neo called her sister", "Neo", False),
        ("Mona came at noon", "Mona", False),
        ("Mona came at 5 mg", "Mona", False),  # a dose, but not next to the word
    ],
)
def test_clinical(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert clinical(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("text", "kept", "name"),
    [
        (
            "Abilify Maintena 400 mg every four weeks. Mohammed 20 mg sertraline.",
            "Abilify",
            "Mohammed",
        ),
        ("Elvanse 30mg på morgonen, sa Farida 20 mg.", "Elvanse", "Farida"),
    ],
)
def test_a_given_name_before_a_dose_is_a_person(
    redactor: Redactor, text: str, kept: str, name: str
) -> None:
    # capitalised words before a dose are a medicine, but not a given name of the lexicon
    out = redact(text, redactor).text
    assert kept in out and name not in out
