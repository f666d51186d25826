"""The words that make a number before them a count or an amount (`count_words.py`), after
a date's figures and after a house number. Each sentence is written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, address_tails, count_words, dates, romance_streets


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_after_a_date_a_dose_a_part_or_a_count() -> None:
    for after in (" tabl", " av dem", " frågor", " gånger", " kg", " år", "\u00a0mg"):
        assert dates.AMOUNT_AFTER.match(after), after
    for after in (" hos", " på", " tablå", " agenda"):
        assert not dates.AMOUNT_AFTER.match(after), after


def test_after_a_house_number_only_units_of_time_money_and_measure() -> None:
    for after in (" puta", " Gånger", "%", " kr", " TIMES", " dana"):
        assert address_tails.AMOUNT_AFTER.match(after), after
    for after in (" av", " tabl", " frågor", " Oslo"):
        assert not address_tails.AMOUNT_AFTER.match(after), after


def test_the_two_lists_share_their_units() -> None:
    shared = count_words.TIMES | count_words.DURATIONS | count_words.MONEY
    assert shared <= count_words.AFTER_A_DATE & count_words.AFTER_A_HOUSE_NUMBER
    assert "av" in count_words.AFTER_A_DATE - count_words.AFTER_A_HOUSE_NUMBER


@pytest.mark.parametrize(
    "text",
    [
        "Hon har träffat Maj 3 gånger och Juli 8 kg lättare.",  # a name and a count
        "Vi läste Engelska 2 gånger i veckan.",  # a school subject, no street
    ],
)
def test_a_count_after_a_name_is_no_date_and_no_street(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.spans(text) if s.kind in ("date", "address")], redactor(text)


def test_a_romance_street_number_before_people_pages_or_a_unit_is_a_count() -> None:
    for after in (" people", " Pages", " stk", " months", " kg"):
        assert romance_streets._COUNT_AFTER.match(after), after
    for after in (" bis", " Paris", "people"):
        assert not romance_streets._COUNT_AFTER.match(after), after


def test_after_a_date_a_danish_part_and_a_ratings_stars() -> None:
    for after in (" af dem", " stars", " stjerner", " stjärnor", " tähteä"):
        assert dates.AMOUNT_AFTER.match(after), after
