"""An initial and a family name that the words around them mark as a person
(`casebook.deid.initialled_names`), in mixed case and in capitals, with or without the full
stop, and a given name before an initialled name; germs, abbreviations and a name word nothing
marks as a person stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Interview ran late. K. Baker in to check the recorder.", ("K.", "Baker")),
        ("OBSERVATION 3: T. BAKER ARRANGING CHAIRS WHILE WE WAITED.", ("T.", "BAKER")),
        ("Consent form signed; H. Miller placing the copies in the file.", ("Miller",)),
        ("WARD ROUND RUNNING LATE. R BAKER ORDERED A SECOND INTERPRETER.", ("R BAKER",)),
        ("NIGHT SHIFT QUIET. NOTES BY EARL B. HOLM, RN", ("EARL", "HOLM")),
    ],
)
def test_the_initialled_person_is_removed(
    redactor: Redactor, text: str, gone: tuple[str, ...]
) -> None:
    out = redact(text, redactor).text
    assert "[name]" in out
    for word in gone:
        assert word not in out


@pytest.mark.parametrize(
    "text",
    [
        "E. coli grew in the second culture, so the plan changed.",
        "SPUTUM: S. AUREUS GROWING. A. FIB CONTROLLED ON THE MONITOR.",
        "Options: A. Baker street site, B. Market hall.",  # a list, nothing says person
        "We chose plan B. Waited for the bus until noon.",
        "Dsg D and I. X-ray confirmed the placement.",
        "Topics: I. Housing ordered by rent, II. Work.",  # a word, not a name
    ],
)
def test_initials_before_ordinary_words_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
