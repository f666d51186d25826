"""The article and the preposition of a day's date go with it (`date_articles.py`): a release
keeps no "on the" of "on the [date]" and no "den" of "den [date]", and an ordinal of things
stays. Sentences written for this test."""

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
        ("She came back on the 12th of March, tired.", "on the 12th of March"),
        ("We met on 3rd of May at the clinic.", "on 3rd of May"),
        ("The 21st of June was the hardest day.", "The 21st of June"),
        ("10:42 the 2nd of August he phoned again.", "the 2nd of August"),
        ("- by the 22nd of December the rent is due", "by the 22nd of December"),
        ("She will come in on the 3rd.", "on the 3rd"),
        ("He left the twelfth of March, she said.", "the twelfth of March"),
        ("It was until the 31st of October, 2020.", "until the 31st of October, 2020"),
        ("Vi ses den 3:e maj på mottagningen.", "den 3:e maj"),
        ("Hon kom hem den 21:a.", "den 21:a"),
        ("Mötet är d. 1:sta april kl 10.", "d. 1:sta april"),
    ],
)
def test_article_and_preposition_go_with_the_date(redactor: Redactor, text: str, date: str) -> None:
    assert date in date_spans(redactor, text), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "She gave the 3rd of the children a book.",
        "He came 3rd in the race on the day.",
        "On the 2nd floor there is a kitchen.",
        "Den 3:e gången gick det bra.",
    ],
)
def test_ordinals_of_things_stay(redactor: Redactor, text: str) -> None:
    assert date_spans(redactor, text) == [], redactor(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the Nordic languages read a day after "den" as an ordinal however it is written
        ("Hun kom tilbake den 3. mai og var sliten.", "den 3. mai"),
        ("Vi ses den 4 juni på kontoret.", "den 4 juni"),
        ("Hon fyller 40 den 12/3.", "den 12/3"),
        ("Nytt besök är bokat den 14 oktober.", "den 14 oktober"),
        ("Mødet er flyttet til d. 3. marts.", "d. 3. marts"),
        ("Hon kom den femte mars med sonen.", "den femte mars"),
    ],
)
def test_a_nordic_day_takes_its_den(redactor: Redactor, text: str, date: str) -> None:
    assert date_spans(redactor, text) == [date], redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hon köpte den för 300 kr och gav den 3 gånger till sonen.",
        "Den 3:e gången gick det bra.",
        "Vi tog den 12 minuter senare.",
    ],
)
def test_den_before_no_date_stays(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text


def test_a_weekday_before_keeps_its_span(redactor: Redactor) -> None:
    text = "She came back Wednesday the 3rd and slept."
    assert date_spans(redactor, text) == ["Wednesday the 3rd"], redactor(text)
