"""Who spoke, named after a Finnish quotation (`finnish_speakers.py`): "..., Comey jatkoi.",
"– Ei ole, Carpén vastaa." are people; a long compound noun ("Kuluttajariitalauta totesi")
and a pronoun are not. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Se ei ole mahdollista, Comey jatkoi.", ["Comey"]),
        ("– Ei ole, Carpén vastaa.", ["Carpén"]),
        ("Asia on selvä, Murtazin lisäsi.", ["Murtazin"]),
        ('"Asia on selvä" Halmari painottaa.', ["Halmari"]),
        # a long compound is a body's name, no person's
        ("Päätös oli oikea, Kuluttajariitalauta totesi.", []),
        ("Asia on selvä, hän sanoo.", []),
    ],
)
def test_the_speaker_after_a_quotation(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names
