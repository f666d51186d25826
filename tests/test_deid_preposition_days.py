"""A day and month in digits closing its clause after a preposition of time is a date
(`preposition_days.py`); a fraction, a ratio, a result or a part after it stays. Sentences
written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import date_spans


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The flat is empty at 9/9.", "9/9"),
        ("He was away during 12/03.", "12/03"),
        ("Vi ses på 9/9.", "9/9"),
        ("Hon ska ringa innan 14/2, sa hon.", "14/2"),
        ("Hun er sykemeldt til 12/03.", "12/03"),
        ("Hun har bodd der siden 3/5.", "3/5"),
        ("Han flyttet etter 9/9", "9/9"),
        ("Hun ringer igen inden 12/3.", "12/3"),
        ("Hun kom fra 28/2;", "28/2"),
        ("Han skal svare innen 9/9!", "9/9"),
        ("Brevet kom innan 4/1 och hon blev arg.", "4/1"),
        ("Vi snakkes igjen 9/9.", "9/9"),
        # a verb of talking or meeting with "last": the day it last happened
        ("Vi pratet sist sammen 7/2.", "7/2"),
        ("We last spoke 9/5, she said.", "9/5"),
    ],
)
def test_a_day_closing_its_clause_after_a_preposition(
    redactor: Redactor, text: str, date: str
) -> None:
    assert date_spans(redactor, text) == [date], redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "The dose was cut down to about 1/2.",
        "Dosen ble redusert til 1/2.",
        "Hon åt upp på 3/4.",
        "He runs at 3/4 speed now.",
        "Hun kom til 9/9 møter i år.",
        "The ratio was at 3/1.",
        "Han vant kampen på 3/1.",
        "Hun svarte riktig på 7/9.",
        "The team won 3/1.",
        "He said 5/6 in the end.",
        "Hun kom til 3/4 og gikk.",
        "He tried again 2/3.",
        "Vi snakket sist om 3/4 av pengene.",
        "Vi snakket sist sammen 1/2.",  # a half
    ],
)
def test_fractions_ratios_and_parts_stay(redactor: Redactor, text: str) -> None:
    assert date_spans(redactor, text) == [], redactor(text)
