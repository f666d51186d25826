"""Dates that a note's words date (`dates.DATE_CUE`) and written dates inside quotation marks
(`patterns.TRIGGERS`): a document's date ("daterad"), a call or a message ("ringde", Finnish
"soitti", Danish "ringede"), a visit ("komma förbi"), a booking ("booked for"), a Finnish
meeting and its clock time ("Tapaaminen 16.6. klo 14"), a cue at the end of a wrapped line,
and a month name before a closing quotation mark. Sentences written for this test, none
taken from a corpus."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Epikris daterad 15/9, signerad.", "Epikris daterad [date], signerad."),
        ("Remissen daterad 240719 kom i dag.", "Remissen daterad [date] kom i dag."),
        ("Tapaaminen 16.6. klo 14.", "Tapaaminen [date] klo 14."),
        (
            "Fastighetsskötaren ska komma förbi 11/11.",
            "Fastighetsskötaren ska komma förbi [date].",
        ),
        ("Interpreter booked for 22/1.", "Interpreter booked for [date]."),
        ("Hans bror ringde 21/11 och frågade.", "Hans bror ringde [date] och frågade."),
        ("Hän soitti 26/11 ja kysyi.", "Hän soitti [date] ja kysyi."),
        ("Hun ringede 6/5 og spurgte.", "Hun ringede [date] og spurgte."),
        (
            "Påminnelse skickad den\n260526 till henne.",
            "Påminnelse skickad den\n[date] till henne.",
        ),
        ("«Vi ses 3. mai»", "«Vi ses [date]»"),
        ('"I last saw her on 3 May", he said.', '"I last saw her on [date]", he said.'),
        ("”Vi ses den 4 juni”, sa hon.", "”Vi ses [date]”, sa hon."),
        # an appointment with someone: the preposition and up to three words of who
        ("Återbesök hos leg. psykolog Dahl 17/9.", "Återbesök hos leg. psykolog [name] [date]."),
        ("Follow-up with the home team 18/2.", "Follow-up with the home team [date]."),
        ("Uppföljning med kurator 250413 bokad.", "Uppföljning med kurator [date] bokad."),
        # a matter reported, and an appointment ("timen") a few words back, in Norwegian
        ("Skaden ble meldt 7/3 og behandlet.", "Skaden ble meldt [date] og behandlet."),
        ("Timen hos tannlegen er 9/2.", "Timen hos tannlegen er [date]."),
        ("Legetimen er flyttet til 15.1.", "Legetimen er flyttet til [date]"),
        # ... across a line a pasted letter was wrapped at
        (
            "Hun har fått ny time.\nTimen\nhos legen er 9/2.",
            "Hun har fått ny time.\nTimen\nhos legen er [date].",
        ),
        # a heading split by commas, closing the note's first line
        ("Besøk, notat, 8/3\n\nHun var hjemme.", "Besøk, notat, [date]\n\nHun var hjemme."),
    ],
)
def test_a_dated_day_and_month(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hon tog 1/2 tablett.",
        "Mood 7/10, sleep 5/10.",
        "Han ringde 3/4 av dem.",
        "Booked for 3/4 of the group.",
        "Hon sms:ade 12 gånger.",
        "«Jeg har ikke hørt fra henne siden juni»",
        # an event word, then a clause that rates something
        "Besök hos kurator, hon klarade 7/8.",
        "Visit went well and scored 7/8.",
        "Meeting with the group, she got 7/9 right.",
        "Follow-up with the team about 3/4 of the group.",
        "Timen varte 3/4 av dagen.",
        "Timen\nvarte 3/4 av dagen.",
        "Saken ble meldt av 2/3 av styret.",
    ],
)
def test_a_fraction_a_score_or_a_month_alone_stays(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Said goodbye at the door; the next time is 2/4.", "the next time is [date]."),
        ("Nästa gång är 3/5 hos tandläkaren.", "Nästa gång är [date] hos"),
        ("Neste gang er 4/6, sa hun.", "Neste gang er [date], sa"),
    ],
)
def test_the_next_meeting_of_a_series_dates_its_day(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert expected in redactor.redact(text).text


@pytest.mark.parametrize(
    "text", ["The next time is 2/3 of the cost.", "Next time 2/4 of them came."]
)
def test_a_fraction_after_next_time_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text
