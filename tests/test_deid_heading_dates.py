"""A day and month closing a note's first line after its heading is the note's date
(`deid/headings.py`, `dated_heading`): "Intervju 23, 12/7", "Haastattelu 9, 16.2.",
"Kenttäpäiväkirja – 5.12.". A fraction, a score or a clock time in running text, or on a
first line that goes on after it, stays. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "date"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Intervju 23, 12/7\n\nI: Hur länge har du bott här?", "12/7"),
        ("Fältdagbok – 11/12\n\nBarnen lekte på gården hela dagen.", "11/12"),
        ("Observation, 1/4\n\n13:41 Hon satt vid fönstret.", "1/4"),
        ("Haastattelu 9, 16.2.\n\nH: Kuinka kauan olet asunut täällä?", "16.2."),
        ("Kenttäpäiväkirja – 5.12.\n\nLapset leikkivät pihalla koko päivän.", "5.12."),
        ("Havainnointi, 24.5.", "24.5."),
        ("Feltdagbok - 3/9\nBarna lekte ute.", "3/9"),
    ],
)
def test_a_day_and_month_closing_the_heading_is_a_date(
    redactor: Redactor, text: str, date: str
) -> None:
    assert dates(redactor, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Intervju 4, 3/4 av dem kom\n\nI: Vilka kom?",  # a part of a whole after the heading
        "Vi vann 2/1, sedan åkte vi hem.",
        "We won 2/1 in the end.\nThen we went home.",
        "Samtal, 10:15\n\nHon kom i tid.",  # a clock time
        "Möte, kl 10.15.\n\nHon kom i tid.",
        "Hon åt 3/4 av maten.\nIntervju 2, 3/4",  # not the note's first line
        "Smärta, 7/10\n\nHon sov dåligt.",  # a score out of ten
    ],
)
def test_fractions_scores_and_clock_times_stay(redactor: Redactor, text: str) -> None:
    assert dates(redactor, text) == []
