"""Dates however a European note-taker writes them, as the date atlas (`bench/date_atlas.py`,
written from CLDR and hand-typed forms) and the readable half of real nursing notes found them
missed: a weekday of two letters before a date, a day and month after an abbreviated weekday,
an abbreviated month and its year, a month and a two-digit year of a history, clinical events
and clock times that date a day, a log of days. Each value beside them must stay. Sentences are
written for this test; none is copied from a corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from bench import date_atlas


@pytest.fixture(scope="module")
def day_first() -> Redactor:
    return Redactor(Registry([]))


@pytest.fixture(scope="module")
def month_first() -> Redactor:
    return Redactor(Registry([]), month_first=True)


# The weekday goes with its date, however CLDR abbreviates it; a weekday dates a day and month.
WEEKDAYS = [
    ("Sie kam So., 16. April zurück.", "Sie kam [date] zurück."),
    ("Termin Sa. 23.8. in der Praxis.", "Termin [date] in der Praxis."),
    ("Ze kwam za 20 maart terug.", "Ze kwam [date] terug."),
    ("Hän tuli pe 6. kesäkuuta kotiin.", "Hän tuli [date] kotiin."),
    ("Hän soitti ke 3.5. illalla.", "Hän soitti [date] illalla."),
    ("Vi kom la. 21.6. heim.", "Vi kom [date] heim."),
    ("Hun kom lør. 6.4 og gik igen.", "Hun kom [date] og gik igen."),
    ("Hun ringede søn. 27.5 om aftenen.", "Hun ringede [date] om aftenen."),
]

# An abbreviated month with its full stop, then the year: the year goes with it.
ABBREVIATED = [
    ("Rođen je 18. velj. 2004. u Splitu.", "Rođen je [date]. u Splitu."),
    ("Hän syntyi 6. kesä. 1997 Oulussa.", "Hän syntyi [date] Oulussa."),
]

# A month and a two-digit year of a history, and "may" in lower case with its day and year.
HISTORY = [
    ("PMH: hip fx 5/97, CABG 1/78 and HTN.", "PMH: hip fx [date], CABG [date] and HTN."),
    ("Breast ca (11/94) s/p lumpectomy.", "Breast ca ([date]) s/p lumpectomy."),
    ("diagnosed 3/89 with diabetes", "diagnosed [date] with diabetes"),
    ("her birthday is may 16, 2015 she said", "her birthday is [date] she said"),
]

# Events and clock times of a clinical note that date a day, and a log of days.
CLINICAL = [
    ("Pt extubated 7/3 and did well.", "Pt extubated [date] and did well."),
    ("IABP weaned off 4/6, PA line out.", "IABP weaned off [date], PA line out."),
    ("Pan cultured 5/8, results pending.", "Pan cultured [date], results pending."),
    ("son to arrive 6/6 from abroad", "son to arrive [date] from abroad"),
    ("heparin held until 9am 3/4 then restarted", "heparin held until 9am [date] then restarted"),
    ("transferred to the floor at 11pm 2/3.", "transferred to the floor at 11pm [date]."),
    ("6/7-INTUBATED IN THE EW.", "[date]-INTUBATED IN THE EW."),
    (
        "HOSPITAL COURSE:\n5/6-ADMITTED FROM EW\n5/7 BACK TO CATH LAB\n5/8 DIURESED WELL",
        "HOSPITAL COURSE:\n[date]-ADMITTED FROM EW\n[date] BACK TO CATH LAB\n[date] DIURESED WELL",
    ),
    ("2/3 NIGHT SHIFT SUMMARY\nNeuro: alert", "[date] NIGHT SHIFT SUMMARY\nNeuro: alert"),
]

# What must stay: values, parts, scores, settings and counts that look like the forms above.
STAYS = [
    "Dose 3/50 mg given, GCS 3/45, rated 2/45 points.",
    "He was (3/40) of the group that came.",
    "in 3/50 cases it helped",
    "you may 3 times a day take it",
    "Vi ses fre 2.5 timer senere.",
    "Han tog 2.5 mg og 3.4 ml.",
    "1/2 tab at night\n3/4 of the group came",
    "Shopping list\n1/2 cup flour\n3/4 kopp socker\n2/3 of them came",
    "5/5 strength in all limbs\nreflexes 2/4",
    "Pt weaned to PS 5/5 this am, tolerating well.",
    "adm for cath after experiencing 6/10 chest pain",
    "I went to the shop, then to 3 friends.",
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAYS + ABBREVIATED)
def test_weekdays_and_abbreviated_months_are_dates(
    day_first: Redactor, text: str, expected: str
) -> None:
    assert day_first(text) == expected


@pytest.mark.parametrize(("text", "expected"), HISTORY + CLINICAL)
def test_histories_events_and_logs_date_a_day(
    month_first: Redactor, text: str, expected: str
) -> None:
    assert month_first(text) == expected


@pytest.mark.parametrize("text", STAYS)
def test_values_stay(day_first: Redactor, month_first: Redactor, text: str) -> None:
    assert "[date]" not in day_first(text)
    assert "[date]" not in month_first(text)


def test_atlas_reads_every_calendar_locale_and_no_value() -> None:
    lines: list[str] = []
    found = date_atlas.run(seed=3, per=2, show=False, by_form=False, emit=lines.append)
    hits, total = found["all:in-calendar"]
    assert total > 500 and hits / total >= 0.85
    assert found["negative:dates-found"][0] == 0
    for name in ("en", "sv", "nb", "da", "fi", "de"):
        hits, total = found[f"locale:{name}"]
        assert hits / total >= 0.85, name
    assert any(line.startswith("form[in-calendar]:hand:ordinal") for line in lines)


# The calendars of Estonian, Latvian, Lithuanian, Romanian, Albanian, Czech, Slovak, Slovenian
# and Hungarian (bench/build_calendar.LOCALES); their month abbreviations that are English
# words stay without a day before them.
MORE_LOCALES = [
    ("Narodila se 3. května 2019 v Brně.", "Narodila se [date] v Brně."),
    ("Născută pe 3 mai 2019 la Iași.", "Născută [date] la Iași."),
    ("Lindur më 3 maj 2019 në Prishtinë.", "Lindur më [date] në Prishtinë."),
    ("Sündinud 3. mai 2019 Tartus.", "Sündinud [date] Tartus."),
    ("Prišla domov 3. mája 2019 večer.", "Prišla domov [date] večer."),
    ("Született 2024. május 3-án.", "Született [date]-án."),
    ("He had pro players and dub tracks, led lamps on.", None),
]


@pytest.mark.parametrize(("text", "expected"), MORE_LOCALES)
def test_more_european_calendars(day_first: Redactor, text: str, expected: str | None) -> None:
    assert day_first(text) == (expected or text)
