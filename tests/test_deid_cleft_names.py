"""Who a cleft sentence puts in focus (`casebook.deid.cleft_names`): "It was X who", "Det var X
som", "Det er X der"; an authority, a known word or a pronoun in that place stays."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _removed(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The boots are hard to walk in. It was Zbyszka who arranged the meeting.", "Zbyszka"),
        ("It was Mark who had arranged the meeting.", "Mark"),
        ("It's Signe Frisk who decides about the visits.", "Signe Frisk"),
        ("Hon berättade att det var Zbyszka som ordnade mötet.", "Zbyszka"),
        ("Det är Zbyszka, som bestämmer hemma.", "Zbyszka"),
        ("Det var Zbyszka som ordnet møtet i går.", "Zbyszka"),
        ("Det er Zbyszka der bestemmer derhjemme.", "Zbyszka"),
    ],
)
def test_the_person_a_cleft_puts_in_focus_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in _removed(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Det var Skatteverket som ringde i morse.",
        "Det var Försäkringskassan som skickade brevet.",
        "It was He who made the heavens, she sang.",
        "It was Monday that we met again.",
        "It was Christmas who brought them together, she joked.",
        "Det var Stockholm som vann matchen.",
    ],
)
def test_an_authority_a_town_or_a_word_in_focus_stays(redactor: Redactor, text: str) -> None:
    assert _removed(redactor, text) == []
