"""A day and month by a slash after the neighbours' words for a sent message and a follow-up
(`dates.DATE_CUE`): Norwegian and Danish e-mail headers write "Sendt: 4/9", notes
"Opfølgning 8/6" (Danish), "Oppfølging 10/11" (Norwegian) and "Seuranta: 8/6" (Finnish) as
Swedish writes "Skickat:" and "Uppföljning"; a fraction after the same words stays. Sentences
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
        ("Fra: kontoret\nSendt: 4/9\nEmne: møte", "4/9"),
        ("Opfølgning 8/6.", "8/6"),
        ("Oppfølging 10/11.", "10/11"),
        ("Seuranta: 8/6.", "8/6"),
        # the cues already read in Swedish and English stay dates
        ("Skickat: 4/9", "4/9"),
        ("Uppföljning 8/6.", "8/6"),
    ],
)
def test_day_month_after_a_sending_or_follow_up_is_a_date(
    redactor: Redactor, text: str, date: str
) -> None:
    assert date_spans(redactor, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Han har sendt 1/2 av pengene.",
        "Oppfølging 2/3 ganger i uka.",
        "Opfølgning hver 1/2 time.",
    ],
)
def test_fraction_after_the_same_words_stays(redactor: Redactor, text: str) -> None:
    assert date_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a meeting agreed at parting
        ("Vi ses igen 3/11 på biblioteket.", "3/11"),
        ("Vi ses igjen 4/5 hos deg.", "4/5"),
        ("See you again 3/11 at the library.", "3/11"),
        ("Nähdään taas 3.5. kirjastossa.", "3.5."),
        # a loan and its return, in a form's label and in a sentence
        ("Udlånt: 4/12\nNavn: Pekka", "4/12"),
        ("Utlånt 3/3 til beboeren.", "3/3"),
        ("Tabletten skal afleveres 4/9. Hun var glad.", "4/9"),
        ("Telefonen leveres 6/10 på kontoret.", "6/10"),
        ("Datorn återlämnas 3/3.", "3/3"),
        ("Return 4/9 at the latest.", "4/9"),
        ("Aflever den senest 5/6.", "5/6"),
        # a visit in Norwegian and Danish a few words back, as Swedish "besök"
        ("Neste besøk blir 28.5.. Hun var glad.", "28.5."),
        ("Næste besøg er 3/6.", "3/6"),
    ],
)
def test_day_month_after_seeing_again_a_loan_or_a_return_is_a_date(
    redactor: Redactor, text: str, date: str
) -> None:
    assert date_spans(redactor, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har lånt 2/3 af pengene.",
        "I had to return 2/3 of the units.",
        "Would give back 4/5 stars.",
        "Udlånt 2/3 af tiden.",
        "Besøket varte 3/4 av dagen.",
    ],
)
def test_a_fraction_or_a_rating_after_the_same_words_stays(redactor: Redactor, text: str) -> None:
    assert date_spans(redactor, text) == []
