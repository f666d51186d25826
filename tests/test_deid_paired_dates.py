"""The second of two dates joined by a conjunction, whatever the first's form
(`app/casebook/deid/paired_dates.py`), beside what must stay. The sentences are written for
this test from the languages' grammar, apart from every corpus.

Policy: docs/releases.md, "Dates in free text".
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.paired_dates import find

REGISTRY = Registry([NameEntry("p:1", "Tuva Rehnberg", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a written date, an ordinal, a short year after a dash, then a bare day and month
        ("Visits on 14 May 2026 and 5/2 cancelled.", "Visits on [date] and [date] cancelled."),
        ("Visits on 20th of March and 8/1 cancelled.", "Visits [date] and [date] cancelled."),
        ("Besök 15/5-25 och 26/2 inställda.", "Besök [date] och [date] inställda."),
        # then a six-digit date (yymmdd)
        ("Visits on 26/2-19 and 250312 cancelled.", "Visits on [date] and [date] cancelled."),
        ("Besök 26 aug -19 och 201005 inställda.", "Besök [date] och [date] inställda."),
        ("Seen on Aug 1, 2020 or 210202, unclear.", "Seen on [date] or [date], unclear."),
        # then a day and month with their full stops
        ("Vi ses den 3. mai og 5.6. på kontoret.", "Vi ses [date] og [date] på kontoret."),
        (
            "Termin am 3. März und 5.6.2024 in der Praxis.",
            "Termin am [date] und [date] in der Praxis.",
        ),
        # a list, joined by commas and a last conjunction
        (
            "Visits on 14 May, 5/6 and 7/8 cancelled.",
            "Visits on [date], [date] and [date] cancelled.",
        ),
    ],
)
def test_second_of_two_dates(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seen 3 May and 120/80 was measured.",  # a blood pressure is no day and month
        "Seen 3 May, and 2/3 of the group agreed.",  # a part of a whole
        "Visits on 14 May and 5/2 of the sessions were cancelled.",
        "Mötet 3 maj och 1/2 tabl extra.",  # an amount
        "Mötet 3 maj och 3.5 timmar.",
        "Mötet 3 maj och 7.5.",  # a decimal may end the sentence
        "Seen 3 May and 123456 was the number.",  # no calendar date
        "Seen 3 May and 251340 was the number.",
        "Seen 3 May, 2/3 of them came.",  # a comma alone, and no list goes on
        "Dosen 3 mg och 1/2 tabl.",  # no date before
    ],
)
def test_what_follows_a_date_but_is_none(redactor: Redactor, text: str) -> None:
    low = text.lower()
    kept = [s for s in redactor.spans(text) if s.kind == "date"]
    assert not any(find(text, low, [(s.start, s.end, "date")]) for s in kept), text
    assert all(
        text[s.start : s.end] not in {"120/80", "2/3", "5/2", "1/2", "3.5", "7.5"} for s in kept
    )
