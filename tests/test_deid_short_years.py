"""A written date with a two-digit year: "15 jan 24", "15-Jan-24", "15/Jan/24", "15.Jan.24",
"Jan 15 '24", "January 15, 24", in every language of the calendar Casebook reads from CLDR
(`app/casebook/deid/short_years.py`). Each stayed half in the release before ("[date] 24"), the
year telling the shift of the note's date. Beside them, counts after a date that must stay.
Dates are written for this test with Babel's CLDR data (`format_date`), not from a corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import datetime as dt

import pytest
from babel import dates
from casebook.deid import Redactor, Registry
from casebook.deid.calendar_words import name_months, weak_months

from bench.build_calendar import LOCALES


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen 15 jan 24 at the clinic.", "Seen [date] at the clinic."),
        ("Seen 15 Jan. 24, then home.", "Seen [date], then home."),
        ("Seen 15-Jan-24 and 15/Jan/24.", "Seen [date] and [date]."),
        ("Seen 15.Jan.24 at the clinic.", "Seen [date] at the clinic."),
        ("Seen Jan 15 '24 at the clinic.", "Seen [date] at the clinic."),
        ("Seen Jan 15, '24 and January 15, 24.", "Seen [date] and [date]."),
        ("Kom 3 mars 24 till mottagningen.", "Kom [date] till mottagningen."),
        ("Kam am 3. März 24 und blieb.", "Kam am [date] und blieb."),
        ("Vino el 3 de mayo de 24 a casa.", "Vino el [date] a casa."),
        ("Geldi 3 Mayıs 24 Cuma.", "Geldi [date]."),
        ("Den 3 mars 24 kl 10.30 ringde hon.", "[date] kl 10.30 ringde hon."),
        # a German preposition fused with its article, a Danish or Norwegian one
        ("Sie schrieb 16. April 17 ins Tagebuch.", "Sie schrieb [date] ins Tagebuch."),
        ("Sie kam am 3. Mai 24 zum Arzt.", "Sie kam am [date] zum Arzt."),
        ("Hun kom 3. maj 24 efter skole.", "Hun kom [date] efter skole."),
    ],
)
def test_a_two_digit_year_goes_with_its_written_date(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seen 15 Jan 24 hours later.", "Seen [date] 24 hours later."),
        ("On 3 May 24 patients came.", "On [date] 24 patients came."),
        ("Sie kam am 3. Mai 24 Minuten zu spät.", "Sie kam am [date] 24 Minuten zu spät."),
        ("Han kom 20. mai 16 timer senere.", "Han kom [date] 16 timer senere."),
        ("Den 14 mars 10.30 kom hon.", "[date] 10.30 kom hon."),
        ("Seen 3 set 24 reps.", "Seen 3 set 24 reps."),  # "set": a word, not a month, here
    ],
)
def test_a_count_after_a_date_stays(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_every_language_of_the_calendar(redactor: Redactor, locale: str) -> None:
    weak = weak_months() | name_months()
    for pattern in ("d MMMM yy", "d MMM yy", "d. MMMM yy"):
        for month in range(1, 13):
            written = dates.format_date(dt.date(2024, month, 15), pattern, locale=locale)
            word = written.split(" ")[1].rstrip(".").lower()
            if word in weak:  # an ordinary word too: only with its apostrophe
                written = written.replace(" 24", " '24")
            assert redactor.redact(f"Kom {written}.").text == "Kom [date].", written
