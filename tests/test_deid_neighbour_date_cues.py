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
