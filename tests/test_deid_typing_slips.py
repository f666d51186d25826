"""Ordinary words typed with two neighbouring letters swapped are no names
(`casebook.deid.typing_slips`); names nobody knows, names a swap would make and names one
letter from a word stay redacted."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry
from casebook.deid.typing_slips import slip


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        "Phone log: Neice called twice about the interview time.",
        "Visit cut short. Neice called, asked us to come back on Monday.",
    ],
)
def test_a_swapped_ordinary_word_stays(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Andrwe called about the interview time.", "Andrwe"),  # Andrew, mistyped
        ("Dr. Sparkes aware of the change in plan.", "Sparkes"),  # one letter from a word
        ("Family: Radu called twice about the interview time.", "Radu"),
    ],
)
def test_names_stay_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redact(text, redactor).text


def test_slips_are_swaps_of_ordinary_words_only() -> None:
    assert slip("neice") and slip("nuero")
    assert not slip("niece")  # the word itself
    assert not slip("boel")  # a letter left out: not read
    assert not slip("andrwe")  # a swap gives a name


def test_a_near_miss_of_several_registered_names_is_no_slip() -> None:
    # "Baan" is "bana" with two letters swapped, but also one letter from two participants
    registry = Registry(
        [
            NameEntry("participant:1", "Baran Ali", "[P1]"),
            NameEntry("participant:2", "Bayan Omar", "[P2]"),
        ]
    )
    out = Redactor(registry).redact("Inget nytt. Baan tyckte att målet är för stort.").text
    assert out == "Inget nytt. [name] tyckte att målet är för stort."


def test_a_word_after_a_title_is_no_slip(redactor: Redactor) -> None:
    # "Sutt" is "stut" with two letters swapped, but "dr" says it is somebody
    out = redactor.redact("Återbesök bokat hos dr Sutt. Per telefon går det sämre.").text
    assert "Sutt" not in out
