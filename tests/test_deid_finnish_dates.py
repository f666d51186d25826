"""A Finnish day and month with its closing full stop that also ends the sentence
("Viimeksi nähty 1.12.", `closed_days.sentence_closing`), and the Finnish words that date
what follows them ("nähty", "tavattiin", a compound of "tapaaminen": `dates.DATE_CUE`).
Finnish writes a decimal with a comma and a date as "1.12.", one full stop ending both the
date and the sentence. Sentences written for this test.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hän on kuuluisa salapoliisi. Viimeksi nähty 1.12. Ensimmäisestä päivästä lähtien.",
            "Hän on kuuluisa salapoliisi. Viimeksi nähty [date] Ensimmäisestä päivästä lähtien.",
        ),
        ("Viimeksi nähty 13.2.", "Viimeksi nähty [date]"),
        ("Näyttely on avoinna 31.8.", "Näyttely on avoinna [date]"),
        ("Äiti tavattiin 22.12.\nHän oli iloinen.", "Äiti tavattiin [date]\nHän oli iloinen."),
        ("Tulotapaaminen 29.1.", "Tulotapaaminen [date]"),
        ("Hoitotapaaminen 7.7. Hän tuli ajoissa.", "Hoitotapaaminen [date] Hän tuli ajoissa."),
    ],
)
def test_a_finnish_day_and_month_ending_the_sentence_is_a_date(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Saanut 40 ml lääkettä, koska INR illalla 6.1.",  # a measure in the clause
        "Se on versio 1.12.",  # a version
        "Juna lähtee huomenna 10.05.",  # a clock time writes its minutes with a zero
        "Hb var 4.1. Hon mår bra.",  # Swedish: a value ending its sentence
        "The ratio rose to 3.2. Then it fell.",  # English writes a decimal with a full stop
        "Potilas söi 2 annosta, lämpö 37.5.",  # no day and month
        "Luku 3.2. Taustaa.",  # a chapter
    ],
)
def test_values_versions_and_times_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
