"""A name of the lexicon written alone in capitals in text typed in mixed case
(`casebook.deid.shouted_names`), in the study's languages and with a genitive; the acronyms,
codes and stressed words of notes stay."""

from __future__ import annotations

import pytest
from casebook.deid import shouted_names
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

from tests.deid_helpers import name_spans as _names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Men när VICTORIA skrek av njutning, såg jag inte hennes ansikte.", "VICTORIA"),
        ("Jeg må spørre kona mi og kanskje AURORA tenker andre ting.", "AURORA"),
        ("Emme voi todistaa mitään. ALEKSANDRA on se joka veti minut autosta.", "ALEKSANDRA"),
        ("Et spektrum af mennesker. SIMON køber en gave til sin kæreste.", "SIMON"),
        ("Det var gryning när jag såg CAMILLAS ansikte på heden.", "CAMILLA"),
        ("Men grensen går der hvor JOHANS frihet forårsaker ufrihet.", "JOHAN"),
        ("It's a bird. Dealers like cleaning SOPHIE'S. The saddle goes on first.", "SOPHIE"),
        ("Dealers like seeing cars, MIKKO'S especially.", "MIKKO"),
    ],
)
def test_a_shouted_name_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert any(name in found for found in _names(redactor, text)), _names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Patienten har ADHD och går på BUP sedan 2019.",
        "Skattning med PHQ-9 och MADRS gjordes. ULF-enkät ifylld.",
        "Han äter LARO-medicin, kontakt med HVB.",
        "NOTE: pt seen, NICE guidelines followed. SOFA score 4. CAGE negative.",
        "Vi använder SARA 2 och ANNA/BVC i uppföljningen.",
        "NEURO: PERLA, MAE, weaned off propofol to assess.",
        "Remiss till NASA och IKEA.",
        "Hon gick INTE dit, sa hon. Det var VIKTIGT.",
        "Samtal om EVA och IVA igår.",  # three letters: as often an acronym
    ],
)
def test_acronyms_and_stressed_words_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


_REGISTERED = Registry([NameEntry("p1", "Inga Berg", "[P1]"), NameEntry("p2", "Will Holm", "[P2]")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a registered word alone in capitals opening a clause before a verb any noun takes
        ("Vi väntade länge. INGA har kommit.", "Vi väntade länge. [P1] har kommit."),
        (
            "Sorry for the delay. WILL has called again.",
            "Sorry for the delay. [P2] has called again.",
        ),
        # capitals that mark nothing: other capitals near it; the word unmarked
        ("Vi väntade på SMS. INGA har kommit.", "Vi väntade på SMS. INGA har kommit."),
        (
            "Sorry, see the FAQ. WILL has called again.",
            "Sorry, see the FAQ. WILL has called again.",
        ),
        ("Vi väntade länge. Inga har kommit.", "Vi väntade länge. Inga har kommit."),
        # unmarked, it is judged as any opening word: a verb people do after an auxiliary
        # makes it the person (clause_subjects.person_subject)
        (
            "Sorry for the delay. Will has called again.",
            "Sorry for the delay. [P2] has called again.",
        ),
    ],
)
def test_a_registered_word_alone_in_capitals_before_its_verb(text: str, expected: str) -> None:
    assert Redactor(_REGISTERED).redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Hej igen. ROSE har ringt.", "ROSE", True),
        ("Hej igen. ROSE-enkät har kommit.", "ROSE", False),  # a compound's acronym
        ("Hej igen. ROSE 2 har kommit.", "ROSE", False),  # a code and its figure
        ("Hej igen. ROSE/IVA har ringt.", "ROSE", False),
        ("Hej igen, ROSE har ringt, OK?", "ROSE", False),  # another word in capitals
        ("HEJ IGEN. ROSE HAR RINGT.", "ROSE", False),  # a line in capitals
        ("Hej igen. Rose har ringt.", "Rose", False),
    ],
)
def test_registered_alone(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert shouted_names.registered_alone(text, start, start + len(word)) is expected
