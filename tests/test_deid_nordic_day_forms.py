"""Days as Danish and Norwegian notes write them, and a heading's number that is no day
(`ordinal_words._nordic_article`, `closed_days._before_comma`, `slash_days.heading_number`).

Causes read from validation U's misses and false dates, tested on sentences of our own:
- "den" and a Danish or Norwegian ordinal before a month word that is also a word of
  another language ("den tolvte marts": English "marts") asked for a join word ("de") that
  these languages never write;
- a day and month with its closing full stop before a comma ("Vi ses igjen 26.5., sa hun")
  was read as a sentence's end;
- a heading's figures over a line that dates the note with another day ("Dagbog 14/2⏎fre
  23/4") were read as a second date: they number the document.
"""

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
        ("Ugebrev 12\nden tolvte marts\nVi gik en tur.", "den tolvte marts"),
        ("Vi ses den femtende marts.", "den femtende marts"),
    ],
)
def test_den_and_an_ordinal_before_a_weak_month(redactor: Redactor, text: str, date: str) -> None:
    assert date_spans(redactor, text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "O primeiro set foi longo.",  # Portuguese: the first set of a match
        "He won the third set easily.",
        "Det er den tredje set fra oven.",  # no month of that language after it
    ],
)
def test_an_ordinal_before_a_weak_month_word_without_den_stays(
    redactor: Redactor, text: str
) -> None:
    assert date_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("12.40 Vi ses igjen 14.6., sa han.", "14.6."),
        ("Hän tuli kotiin 3.4., kun muut olivat lähteneet.", "3.4."),
    ],
)
def test_a_closing_stop_before_a_comma_is_the_days(
    redactor: Redactor, text: str, date: str
) -> None:
    assert date_spans(redactor, text) == [date]


@pytest.mark.parametrize(
    "text",
    ["Hb var 4.1., CRP 12.", "Versjon 3.2., ny.", "1.2., bakgrund"],
)
def test_a_value_before_a_comma_stays(redactor: Redactor, text: str) -> None:
    assert date_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Dagbog 17/2\nfre 23/4\nVi spiste frokost.", ["fre 23/4"]),
        ("Weekly notes 19/2\n28 December 2026\nWe met.", ["28 December 2026"]),
        ("Dagbok 16/2\n11/11/2026\nVi åt.", ["11/11/2026"]),
    ],
)
def test_a_headings_figures_over_a_date_line_number_the_note(
    redactor: Redactor, text: str, dates: list[str]
) -> None:
    assert date_spans(redactor, text) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Fältdagbok 24/8\n\nVi gick till sjön.", ["24/8"]),  # nothing dated under it
        ("Protokoll 26/1\nNärvarande: P, anhörig", ["26/1"]),
        ("Dagbok 24/8\n24 augusti 2026\nVi åt.", ["24/8", "24 augusti 2026"]),  # the same day
        ("Vi ses 24/8\nfre 23/4\nHej", ["24/8", "fre 23/4"]),  # no heading: a sentence
    ],
)
def test_a_heading_date_stays(redactor: Redactor, text: str, dates: list[str]) -> None:
    assert date_spans(redactor, text) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a revision mark after the heading's figures, the line under still dates the note
        ("Dagbok 16/2 v2\n11/11/2026\nVi åt.", ["11/11/2026"]),
        ("Dagbog 17/2 (rev.)\nfre 23/4\nVi spiste.", ["fre 23/4"]),
        # the first entry dated in full before a colon; a part's noun that dates elsewhere
        ("Feltlogg, besøk 9/3 (rev.)\n2 mars 2026: Vi møttes ute.", ["2 mars 2026"]),
    ],
)
def test_a_revised_headings_figures_over_a_dated_entry_number_the_note(
    redactor: Redactor, text: str, dates: list[str]
) -> None:
    assert date_spans(redactor, text) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Dagbok 14/2\n15/2: mådde bra", ["14/2", "15/2"]),  # an entry without its year
        ("Besök 14/2\n3 mars 2026: Vi åt.", ["14/2", "3 mars 2026"]),  # no title before it
        ("Protokoll 26/1 (rev.)\nNärvarande: P, anhörig", ["26/1"]),  # nothing dated under
    ],
)
def test_a_revised_heading_date_stays(redactor: Redactor, text: str, dates: list[str]) -> None:
    assert date_spans(redactor, text) == dates
