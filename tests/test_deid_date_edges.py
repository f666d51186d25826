"""Dates as CLDR's own skeletons and interval formats write them (`bench/date_atlas_cldr.py`),
each of which left part of the date, or all of it, in the release before `date_edges.py`: a
two-letter weekday, "d." or an era around a date, the first half of an interval, a date in
brackets, a Finnish genitive month, a Danish or German ordinal day before a month that is also
an English word, a day glued to the word that dates it. Each value beside them must stay.
Sentences are written for this test; none is copied from a corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from bench import date_atlas


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


FOUND = [
    # a two-letter weekday (CLDR's "short" width), "d." and an era go with the date
    ("Hon kom ti 3.3.2026 till mottagningen.", "Hon kom [date] till mottagningen."),
    ("Seen Th 5/24/2029 at home.", "Seen [date] at home."),
    ("Hun kom lø. 23.5.2020 hjem.", "Hun kom [date] hjem."),
    ("Hän tuli la 18.4.2020 kotiin.", "Hän tuli [date] kotiin."),
    ("Hän soitti la 18.4. illalla.", "Hän soitti [date] illalla."),
    ("Hun kom lørdag d. 23. maj 2020 hjem.", "Hun kom [date] hjem."),
    ("Born 5/24/2029 AD, she said.", "Born [date], she said."),
    ("Sie kam 16.04.2017 n. Chr. zurück.", "Sie kam [date] zurück."),
    # the interval formats: a day, a day and month, each with its weekday
    ("Hon var borta tis 20–tors 22 dec. i år.", "Hon var borta [date] i år."),
    ("Sie war So., 16.\u2009–\u2009Di., 18. Apr. weg.", "Sie war [date] weg."),
    ("Termin am 16.04.\u2009–\u200918.05. in der Praxis.", "Termin am [date] in der Praxis."),
    ("Termin am 06.–08.07.2014 in der Praxis.", "Termin am [date] in der Praxis."),
    ("Tapaaminen 6.\u2009–\u20098.6. vastaanotolla.", "Tapaaminen [date] vastaanotolla."),
    ("Han var væk 19. desember–21. januar.", "Han var væk [date]."),
    ("Seen on 12/24 – 12/26 at the clinic.", "Seen on [date] at the clinic."),
    ("Återbesök 2005-12-20–22 på mottagningen.", "Återbesök [date] på mottagningen."),
    # brackets, a glued day, a genitive month, an ordinal day before "marts" or "August"
    ("Hun skrev (23.5.2020) i dagbogen.", "Hun skrev ([date]) i dagbogen."),
    ("Seen on24 May at the clinic.", "Seen on[date] at the clinic."),
    ("Hän tuli kesäkuun 6. päivänä kotiin.", "Hän tuli [date] kotiin."),
    ("Hun kom 20. marts hjem.", "Hun kom [date] hjem."),
    ("Sie kam am 23. August zurück.", "Sie kam am [date] zurück."),
    # a capitalised weekday that is also a small word, as CLDR writes it
    ("She wrote Mo 12/24/2012 in her diary.", "She wrote [date] in her diary."),
    ("She wrote We 11/2/2005 in her diary.", "She wrote [date] in her diary."),
    ("Sie kam Mi 24.12.2012 an.", "Sie kam [date] an."),
    # a small word that is a weekday of the language the note is written in: Finnish "to"
    # (torstai) in a Finnish sentence, or after a Finnish header's label
    (
        "Äiti kertoi, että kokous on to 5.2.2026 koululla.",
        "Äiti kertoi, että kokous on [date] koululla.",
    ),
    ("Lähetetty: to 14.5.2026 09:12", "Lähetetty: [date] 09:12"),
]

# A word before a date that only looks like a weekday stays beside it.
KEPT_BESIDE = [
    ("On 12/24/2012 she came.", "On [date] she came."),
    ("So 12/24/2012 was the day.", "So [date] was the day."),
    ("We 12/24/2012 met her.", "We [date] met her."),
    ("Notes. We 12/24/2012 met her.", "Notes. We [date] met her."),
    ("WE 12/24/2012 met her.", "WE [date] met her."),
    ("Then we 12/24/2012 met her.", "Then we [date] met her."),
    # "to" of English and Danish (two) is their word, not Thursday
    (
        "The visit moved from 3.2. to 5.2.2026 in the end.",
        "The visit moved from [date] to [date] in the end.",
    ),
    (
        "Mødet blev flyttet fra 3.2. to 5.2.2026 på grund af sne.",
        "Mødet blev flyttet fra [date] to [date] på grund af sne.",
    ),
]

STAYS = [
    "He went to 3.4. then, and on 3/4 of the days.",  # "to", "on": small words, no weekday
    "In week 21. May I add something?",
    "She scored 21. March we went home.",
    "Page 3. set the table.",
    "Score 3/5 - 4/5 on the quiz.",
    "Hb 12.3-14.5, K 4.1.",
    "Call (08) 123 45 67 now.",
    "Vitamin B12 May help.",
    "Kuun 3. vaihe on lähellä.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_cldr_edges_of_a_date_are_the_date(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT_BESIDE)
def test_words_beside_a_date_stay(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize("text", STAYS)
def test_values_stay(redactor: Redactor, text: str) -> None:
    out = redactor(text)
    assert "[date]" not in out, out


def test_atlas_reads_cldr_skeletons_and_intervals() -> None:
    lines: list[str] = []
    found = date_atlas.run(seed=4, per=1, show=False, by_form=False, emit=lines.append)
    hits, total = found["broad:in-calendar"]
    assert total > 500 and hits / total >= 0.75
    assert found["negative:dates-found"][0] == 0
    assert any(key.startswith("form[in-calendar]:interval:") for key in found)
