"""A day and month by a slash closing its clause after a verb of arriving or happening
("Provsvaret kom 4/3.") or after the copula that follows a verb of meeting ("Senast vi sågs
var 9/5."), in `preposition_days.py`; and the fractions, parts and scores after the same
verbs that stay. Sentences written for this test, none taken from a corpus."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senast vi sågs var 9/5.", "Senast vi sågs var [date]."),
        ("- Senast vi sågs var 11/11.", "- Senast vi sågs var [date]."),
        ("Provsvaret kom 4/3.", "Provsvaret kom [date]."),
        ("15:40 Provsvaret kom 11/12.", "15:40 Provsvaret kom [date]."),
        ("Beskedet kom 6/2, sa hon.", "Beskedet kom [date], sa hon."),
        ("The letter arrived 9/5 and she called.", "The letter arrived [date] and she called."),
        ("Last time we met was 8/6.", "Last time we met was [date]."),
        ("Sist jeg traff henne var 5/1.", "Sist jeg traff henne var [date]."),
        ("Sidst vi mødtes var 7/9.", "Sidst vi mødtes var [date]."),
        ("Det skjedde 9/6.", "Det skjedde [date]."),
    ],
)
def test_a_day_after_arriving_happening_or_meeting(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Av de inbjudna kom 2/3.",
        "Av de inbjudna kom 5/8 till mötet.",
        "Hon kom 4/5 gånger i tid.",
        "Andelen som sågs var 1/4.",
        "It happened 9/10 times.",
        "He came 5/9 in the ratio of the results.",
        "Vi sågs 3 gånger, sen var 5/8 kvar.",
    ],
)
def test_a_fraction_or_a_score_after_the_verb_stays(redactor: Redactor, text: str) -> None:
    assert "[date]" not in redactor(text), redactor(text)
