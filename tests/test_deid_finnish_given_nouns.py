"""Finnish given names that are everyday Finnish words (Arvo, value; Aina, always; Toivo,
hope): the word kept in a Finnish sentence, the person still found where the note speaks of
them. Sentences written for this test.

- After a genitive relative or interrogative pronoun ("jonka", "joiden", "kenen", "minkä")
  the word is a possessed noun, like after "hänen" or "sen" (`name_inflection.DETERMINERS`).
- Right after the Finnish negation verb ("ei", "en", "emme", ...) a registered name that is
  a Finnish word is that word even where the sentence is too short to tell its language
  (`finnish_lower.word_here`).
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry


def _redactor(*names: str) -> Redactor:
    return Redactor(Registry([NameEntry(f"p{i}", n, f"[P{i}]") for i, n in enumerate(names)]))


@pytest.mark.parametrize(
    "text",
    [
        "Palo uhkasi omaisuutta, jonka arvo on suuri.",
        "Talot, joiden arvo on noussut, myytiin.",
        "Kenen toivo on suurin?",
        "Illalla tuuli puhalsi kovaa.",
        "Hän on aina myöhässä.",
    ],
)
def test_the_word_after_a_genitive_pronoun_stays(text: str) -> None:
    assert _redactor().redact(text).text == text


@pytest.mark.parametrize(
    "text",
    ["Ei aina.", "En usko.", "Palo uhkasi omaisuutta, jonka arvo on suuri."],
)
def test_a_registered_word_name_stays_the_word(text: str) -> None:
    redactor = _redactor("Aina Virtanen", "Usko Niemi", "Arvo Koskinen")
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuuli soitti eilen.", "[P0] soitti eilen."),
        ("Tapasin Tuulin eilen.", "Tapasin [P0] eilen."),
        ("Arvo soitti aamulla.", "[P1] soitti aamulla."),
        ("Aina ei tullut tapaamiseen.", "[P2] ei tullut tapaamiseen."),
        ("Tuuli Virtanen ei tullut.", "[P0] ei tullut."),
    ],
)
def test_the_registered_person_is_still_found(text: str, expected: str) -> None:
    redactor = _redactor("Tuuli Virtanen", "Arvo Koskinen", "Aina Heikkinen")
    assert redactor.redact(text).text == expected
