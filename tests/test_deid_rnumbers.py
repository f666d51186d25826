"""Dates, identity numbers and phone numbers that a note's layout or a letter's wording names:
a day and month after a log's clock time before the entry's colon ("12:00 13/8: inget möte"),
a line of its own under the note's title ("== Intervju 3 ==\\n9/10"), after Norwegian "treff";
a day spelled out before a wrapped line is no date ("den tredje\\nvej"); the Dutch BSN after a
letter's reference word; a German mobile of twelve digits under a Finnish "t." signature.
Sentences written for this test, none taken from a corpus or a readable set."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.kind) for s in redactor.spans(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a log's clock time, then the day the entry is about, then its colon
        ("Kom hem sent.\n12:00 13/8: inget möte\n12:06 Har inte hunnit", "13/8"),
        ("Kom hem sent.\n12.46 2/8: inget möte\n12.51 Men visst", "2/8"),
        ("Kom hem sent.\n[09:15] 3.4.: ingen kontakt\n", "3.4."),
        # a line of its own under the note's title (marked, or the first line with its number)
        ("== Utskrift, intervju omgång 12 ==\n9/10\nI: Hur mår du idag?", "9/10"),
        ("Observationslogg nr 29\n4/10\n09.35 Hon kommer in i rummet.", "4/10"),
        # a line of its own, then the first entry of the day's log
        ("Sov dåligt.\n4/9\n10:08 Hon ska nu gå ut.", "4/9"),
        # Norwegian "treff" (a meeting), as Swedish "träff"
        ("Dagbok 12\nNeste treff 22.8..\nHvor kan vi møtes?", "22.8."),
        ("Neste treff 7.1. hos legen.", "7.1."),
    ],
)
def test_dates_the_layout_names(redactor: Redactor, text: str, date: str) -> None:
    assert (date, "date") in _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # fractions, scores and decimals stay
        "Kom hem sent.\n12.46 1/2 av dem kom\n12.51 Men visst",
        "Smärta\n3/10\n12:00 ok",
        "Hon åt 3/4 av maten.",
        "About 9/10 people agreed.",
        "Growth was 2.8 % last year.",
        "We updated to version 2.8.",
        "Vi treff 2.5 ganger i uka.",
        # a day spelled out before a wrapped line goes on with its noun
        "Kritikerne ser den tredje\nvej som en form for liberalisme.",
        "Vi tog den femte\nvägen hem.",
    ],
)
def test_fractions_scores_and_ordinals_stay(redactor: Redactor, text: str) -> None:
    assert not [f for f in _found(redactor, text) if f[1] == "date"]


def test_a_day_spelled_out_before_a_new_line_stays_a_date(redactor: Redactor) -> None:
    assert ("den tjugonde", "date") in _found(redactor, "Vi ses den tjugonde\nSen åker vi.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Reference number 8492.44.389 (from the letter)", "8492.44.389"),
        ("I: Reference number 386499688 (from the letter)\nP: Yes.", "386499688"),
        ("Uw kenmerk: 386499688", "386499688"),
        # a bare number word on a form's field: the person's own number
        ("Deelnemer: number 386499688\nI: Welkom.", "386499688"),
        ("Number: 386499688", "386499688"),
    ],
)
def test_a_bsn_as_a_letters_reference(redactor: Redactor, text: str, number: str) -> None:
    assert (number, "personnummer") in _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "I: Reference number 386499687 (from the letter)",  # the eleven-test fails
        "order number 386499688 was sent",  # an order's number, no letter's reference
        "Deelnemer: number 386499687",  # a bare number word, the eleven-test fails
        "Participant: order number 386499688",  # an order's number on the field
        "the number 386499688 of the batch",  # no field's label
        "It cost 8492.44.389 kr",
    ],
)
def test_other_nine_digit_numbers_stay(redactor: Redactor, text: str) -> None:
    assert not [f for f in _found(redactor, text) if f[1] == "personnummer"]


def test_a_twelve_digit_mobile_under_a_finnish_signature(redactor: Redactor) -> None:
    text = "Kiitos avusta.\n\nt.\nJon\n015101083584\n"
    assert ("015101083584", "phone") in _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kiitos avusta.\n\nJon\n015101083584\n",  # no sign-off above the name
        "Kiitos avusta.\n\nt.\nJon\n0151010835841\n",  # thirteen digits
        "Kiitos avusta.\n\nt.\nJon\n115101083584\n",  # no trunk 0
    ],
)
def test_other_twelve_digit_runs_stay(redactor: Redactor, text: str) -> None:
    assert not [f for f in _found(redactor, text) if f[1] == "phone"]
