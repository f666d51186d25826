"""A day and month with its own full stop ending a Finnish sentence (`closed_days`), when the
sentence's full stop is typed after it as well ("muutti tänne 30.1..") or a log's clock opens
the line ("[14:48] Hän muutti tänne 7.1."); and a day and month after the study's interview,
a few words back ("Intervjun gjordes 12/7", `dates._EVENT_BACK`). Values stay."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hän muutti uuteen asuntoon 14.3..", "14.3."),
        ("Hän muutti uuteen asuntoon 14.3..\nSeuraava käynti sovitaan.", "14.3."),
        ("[10:12] Hän muutti uuteen asuntoon 22.4.", "22.4."),
        ("15:40 Perhe palasi lomalta 9.8.. Kaikki hyvin.", "9.8."),
        ("Intervjun gjordes hemma 9/6.", "9/6"),
        ("Intervjun hölls 3/4 på biblioteket.", "3/4"),
        ("Intervjuet ble gjort 5/9.", "5/9"),
        ("Haastattelu tehtiin kotona 21.5..", "21.5."),
    ],
)
def test_a_day_and_month_of_an_event_is_a_date(redactor: Redactor, text: str, date: str) -> None:
    assert removed(redactor, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Hb oli 12.1..",  # a copula: a value
        "[10:12] Hän sai 40 ml 7.1.",  # a figure before in the clause: a series of values
        "Versio 1.2.. Muutokset alla.",  # a version
        "Intervjun varade 3/4 av tiden.",  # a part of a whole
    ],
)
def test_values_stay(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # Norwegian and Danish write a decimal with a comma, as Finnish does: a day and month
        # with its stop ending a sentence of theirs is a date
        ("Fristen er satt til 1.4.. Hun ringer hvis noe skjer.", "1.4."),
        ("Hun kom hjem igjen 3.9..", "3.9."),
        ("Kontrollen er avtalt til 12.11. Hun kommer.", "12.11."),
        ("Samtalen ble gjennomført 28.2. Hun var glad.", "28.2."),
        # the word before is Swedish too ("sist"); "møttes" and "vi" say a Norwegian act
        ("Vi møttes sist 14.10.. Det var hyggelig.", "14.10."),
        ("Jeg traff henne sist 2.6. Hun var glad.", "2.6."),
    ],
)
def test_a_nordic_sentence_ending_in_a_day_and_month(
    redactor: Redactor, text: str, date: str
) -> None:
    assert removed(redactor, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Hb var 12.1. Hun er bedre.",  # a copula: a value
        "CRP steg til 21.7. Hun er bedre.",  # a measure's abbreviation in the clause
        "Hun fikk 40 ml til 6.1. Hun sov.",  # a figure before in the clause
        "Se kapittel 3.2. Der står det.",  # a part of a document
        "Versjon 1.2. Alt virker.",  # a version
        "Prøven viste sist 4.1. Hun er bedre.",  # "sist" Swedish too, nobody's act: a value
        "Vi träffades sist 14.10. Det var trevligt.",  # Swedish writes no such date
    ],
)
def test_nordic_values_stay(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []
