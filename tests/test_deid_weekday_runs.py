"""Weekday abbreviations that are names too ("Tor", torsdag; "Man", mandag): the day where a
note lists days or gives its hour, the person elsewhere. Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry
from casebook.deid.weekday_runs import names_day

from tests.deid_helpers import name_spans, numbered_redactor


@pytest.mark.parametrize(
    "text",
    [
        "Tor och lör jobbar han kväll.",
        "Tor, fre och sön har mottagningen stängt.",
        "Hon tränar mån–Tor varje vecka.",
        "Mån till Tor är han hos pappa.",
        "Tor. og fre. er kontoret stengt.",
        "Man til fre er hun på jobb.",
        "Tor 14.30 ringer vi upp igen.",
        "Nästa tid: Tor kl. 9 på mottagningen.",
    ],
)
def test_a_registered_weekday_name_listing_days_is_the_day(text: str) -> None:
    assert name_spans(numbered_redactor(["Tor Lind", "Man Berg"]), text) == []


@pytest.mark.parametrize(
    "text",
    ["Tor och lör jobbar han kväll.", "Hon tränar mån–Tor varje vecka."],
)
def test_an_unregistered_weekday_name_listing_days_is_the_day(text: str) -> None:
    redactor = Redactor(Registry([NameEntry("p", "Anna Berg", "[P]")]))
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tor och Anna kom till mötet.", ["Tor", "Anna"]),
        ("Tor ringde i går om tiden.", ["Tor"]),
        ("Anna och Tor kom sent.", ["Anna", "Tor"]),
        ("Tor sa att han mår bättre.", ["Tor"]),
        ("Tor og Tue kom sammen.", ["Tor", "Tue"]),
        ("Tue og Tor kom sammen.", ["Tue", "Tor"]),
        ("Tor och Sun kom till mötet.", ["Tor", "Sun"]),
    ],
)
def test_the_person_named_tor_is_still_found(text: str, expected: list[str]) -> None:
    # Tue (a Danish name) and Sun are weekdays' letters too: registered, they are people
    people = ["Tor Lind", "Anna Berg", "Tue Holm", "Sun Park"]
    assert name_spans(numbered_redactor(people), text) == expected


def test_names_day_reads_the_words_around() -> None:
    assert names_day("Tor och fre", 0, 3)
    assert names_day("mån-tor", 4, 7)
    assert not names_day("Tor och Anna", 0, 3)
    assert not names_day("Per och Tor", 0, 3)  # "per" is a weekday of no note's language
    assert not names_day("Anna och fre", 0, 4)  # no weekday itself
