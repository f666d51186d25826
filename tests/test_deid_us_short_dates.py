"""Month/day without a year in a study that writes the month first, in the forms US clinical
and interview notes write a day (`app/casebook/deid/us_short_dates.py`), each beside the
values of the same shape that must stay. Each date here stayed in the release before. The
sentences are written for this test from US date writing and the shorthand of nursing
notes; none comes from a corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def month_first() -> Redactor:
    return Redactor(Registry([]), month_first=True)


@pytest.fixture(scope="module")
def day_first() -> Redactor:
    return Redactor(Registry([]))


DATES = [
    # a clock time after it, also in brackets inside a run of figures, or a part of the day
    (
        "Last CO/CI (6/4 0600) 4.1/2.2 on milrinone.",
        "Last CO/CI ([date] 0600) 4.1/2.2 on milrinone.",
    ),
    ("6/4 8pm: alert, oriented x3.", "[date] 8pm: alert, oriented x3."),
    ("Daughter flying in 6/4 @ approx 1900.", "Daughter flying in [date] @ approx 1900."),
    ("Rehab to see pt 5/12 AM.", "Rehab to see pt [date] AM."),
    ("trop 0.4-12-3.1 6/19 eves, lower today", "trop 0.4-12-3.1 [date] eves, lower today"),
    ("OOB to chair 0700 6/4.", "OOB to chair 0700 [date]."),
    # an event or a test right after it
    ("HPI: chest pain, (6/4 cath: 3VD).", "HPI: chest pain, ([date] cath: 3VD)."),
    ("6/4 echo showed EF 35%.", "[date] echo showed EF 35%."),
    # today, a weekday
    ("Plan to extubate today (6/4) if ABG ok.", "Plan to extubate today ([date]) if ABG ok."),
    ("Cardiology follow-up Tues. 6/4 in clinic.", "Cardiology follow-up [date] in clinic."),
    ("POD #2 (6/4): ambulating.", "POD #2 ([date]): ambulating."),
    ("DOA 6/4, transferred from OSH.", "DOA [date], transferred from OSH."),
    # an event a few words back, across a count
    ("s/p stent x2 6/4. Stable.", "s/p stent x2 [date]. Stable."),
    # ranges and lists
    ("Ventilated 6/4-6/9 for ARDS.", "Ventilated [date] for ARDS."),
    ("Afebrile from 6/4 to 6/9, spiked again.", "Afebrile from [date] to [date], spiked again."),
    ("extub 6/4, pressors off 6/5.", "extub [date], pressors off [date]."),
    # a log of days, one line each
    (
        "6/3 transfused 2u PRBC\n6/4 Lasix started",
        "[date] transfused 2u PRBC\n[date] Lasix started",
    ),
    # a day over 12: pain is rated out of ten, so a pain word earlier makes no score of it
    ("Became pain free 11/22, no recurrence.", "Became pain free [date], no recurrence."),
    # a stop typed without its space
    ("Went home.8/31. Readmitted with SOB.", "Went home.[date]. Readmitted with SOB."),
    # a month and a day over 12 with a dash, and an ordinal day, where the same context dates them
    ("s/p CABG 3-17, now in rehab.", "s/p CABG [date], now in rehab."),
    ("Fri 3-17 echo done.", "[date] echo done."),
    ("Extubated on 17th, doing well.", "Extubated [date], doing well."),
    ("PT saw pt Tues the 3rd.", "PT saw pt [date]."),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_us_short_dates_are_redacted(month_first: Redactor, text: str, expected: str) -> None:
    assert month_first.redact(text).text == expected


STAY = [
    # ventilator and pressure readings, named in the clause or set by a verb
    "Vent: PS 10/5 this am, 40%.",
    "Remains on CPAP 5/5 at 0500, sats 98%.",
    "PAP 35/16 this afternoon, CVP 8.",
    "PEEP/PS 5/10 overnight.",
    "Plan to change to 5/5 at 0500 and extubate.",
    "Weaned to 10/5 tonight.",
    "Tolerated 15/5 x 2 hrs then 10/5 at 1800.",
    "Extubate in am if tolerates 5/5 overnight.",
    # parts and fractions, counts
    "D5 1/2 NS at 100cc/hr.",
    "Packed with 1/4 strength betadine.",
    "BC positive in 2/4 bottles.",
    "Received 1/2 amp D50.",
    "Recipe:\n1/2 cup flour\n3/4 dl sugar\n2/3 mugg milk",
    # scores out of ten, with pain before or after
    "c/o pain 5/10 this am.",
    "Came in with 6/10 cp at home.",
    "Chest pain (7/10) radiating to jaw.",
    "GCS 3/15 overnight.",
    # series of values, blood pressures, decimals, a dash range of values
    "simv 900 10/25 50% 5 peep.",
    "BP 120/80 this am.",
    "HCT 28.3 down from 30.5 this am.",
    "Intubated with 7.5 ETT.",
    "CVP 13-16, PAD 18-22.",
    "s/p MI 3-20 yrs ago.",
    "On 3-17 mcg/min of levo.",
    # ordinals that count
    "Moved to 3rd floor on 2nd day.",
    # a value series open on the right, and clock hours after a slash
    "remains on 5/5/ with Ve 8.0",
    "FS Q 6H, insulin on 24/06/12/18 schedule.",
]


@pytest.mark.parametrize("text", STAY)
def test_values_of_the_same_shape_stay(month_first: Redactor, text: str) -> None:
    assert month_first.redact(text).text == text


def test_a_study_that_writes_the_day_first_reads_none_of_these(day_first: Redactor) -> None:
    for text in ("6/4 echo showed EF 35%.", "Plan to extubate today (6/4)."):
        assert day_first.redact(text).text == text
