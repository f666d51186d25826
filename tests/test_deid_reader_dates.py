"""Dates as readers write them that no word before dates: a day and month with a full stop
after each inside a sentence of a language that writes dates so, a day and month before an
hour named as one, "may 23rd" in lower case, Finnish "14. päivänä helmikuuta", a day after a
coming ("kommer ev. 26/8"). Each value beside them must stay. Sentences
are written for this test; none is copied from a corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


DATES = [
    # "14.2.": the closing full stop, and the sentence goes on in its own language
    ("Hän tuli kotiin 14.2. illalla.", "Hän tuli kotiin [date] illalla."),
    ("Hun kom hjem 3.5. om aftenen.", "Hun kom hjem [date] om aftenen."),
    ("Sie kam 3.5. nach Hause.", "Sie kam [date] nach Hause."),
    ("Kontroll 11.7. hos legen.", "Kontroll [date] hos legen."),
    ("Mamman ringde 3.5. och lät orolig.", "Mamman ringde [date] och lät orolig."),
    ("Kontrolle (12.6.) beim Arzt.", "Kontrolle ([date]) beim Arzt."),
    ("Kontrol 2.10.- hos lægen.", "Kontrol [date]- hos lægen."),
    # a day and month, then an hour named as one
    ("Läkartid 9/6 16-tiden.", "Läkartid [date] 16-tiden."),
    ("Skickat: 4/8 14 ish", "Skickat: [date] 14 ish"),
    ("Nästa möte: 13.5. 9am", "Nästa möte: [date] 9am"),
    ("Termin am 3.5. 10 Uhr.", "Termin am [date] 10 Uhr."),
    # "may" in lower case with the ordinal suffix of its day
    ("seen at the clinic may 23rd at 16:45.", "seen at the clinic [date] at 16:45."),
    ("The surgery was on may 1st.", "The surgery was on [date]."),
    # Finnish "the 14th day of February"; a month and a spelled day before "from"
    ("Hän tuli 14. päivänä helmikuuta.", "Hän tuli [date]."),
    ("Helsingissä 3. päivänä toukokuuta 2024.", "Helsingissä [date]."),
    ("Her brother arrived March sixteenth from abroad.", "Her brother arrived [date] from abroad."),
    # a coming, and a booking made again
    ("Hon kommer ev. 26/8 med dottern.", "Hon kommer ev. [date] med dottern."),
    ("hun kommer 271113.", "hun kommer [date]."),
    ("Cancelled, rebooked for 190812.", "Cancelled, rebooked for [date]."),
    # a check-up, as a visit
    ("Kontroll 250417 hos legen.", "Kontroll [date] hos legen."),
    ("Kontrol 22/7-24/7 hos lægen.", "Kontrol [date] hos lægen."),
    ("Check-up 3/5 with the GP.", "Check-up [date] with the GP."),
    ("Kotikäynti 3/5, äiti paikalla.", "Kotikäynti [date], äiti paikalla."),
]

STAYS = [
    "Hb var 4.1. Hon mår bra.",
    "Hb var 4.1. hon mår bra.",
    "wbc 11.2. cv-hr 90s, rarely higher.",
    "hct up to 25.2. am hct pending.",
    "creat down to 2.5. pt rec'd one bolus.",
    "Se kapitel 3.2. för mer.",
    "kl. 10.05. sen gick hon.",
    "1.2. bakgrund och syfte",
    "Han tar 1/2 2 h före maten.",
    "Smärta 3/10 14 h per dygn.",
    "you may 3 times a day.",
    "she may 23th come.",
    "Hän oli 14 päivää sairaalassa.",
    "In March third parties from abroad came.",
    "Hon kommer 2/3 av tiden.",
    "Han kommer 1/2 timme sent.",
    "Mood 5/10, she is coming 3/10 maybe.",
    "Hon har kontroll över 2/3 av budgeten.",
    "Kontroll: smärta 6/10.",
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates_by_shape_hour_and_ordinal(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize("text", STAYS)
def test_values_stay(redactor: Redactor, text: str) -> None:
    assert "[date]" not in redactor(text)
