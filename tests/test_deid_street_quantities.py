"""A street type that clinical charting and running text use as an abbreviation ("REG",
"SQ", "CNR", "LRG", "BLD", "PLAT", "Std.") is no street when a dose, a unit or a clause
stands where the house number and name would (`street_quantities.py`); streets of the same
shapes are still removed. The chart lines are written in the way of the PhysioNet nursing
notes, for this test; the streets are made up.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, street_quantities

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        "BS 195 RECEIVED 1 UNIT REG VIA SSI, WILL RECHECK AT MIDNIGHT.",
        "received 20u NPH and 10u reg SQ at supper, fingerstick 180.",
        "PT EXTUBATED, NOW ON 4 LITERS ON. CNR. SEDATED WITH IV MS.",
        "NASAL TRACHEAL SX X 1 FOR LRG AMT OF THICK TAN SECRETIONS.",
        "RECEIVED 2U FFP PLAT 34K. ALSO SOLUMEDROL IV.",
        "FOLEY CHANGED TO #14G AND DRAINING CLEAR BLD TINGED URINE.",
        "Nun überlege ich, ob ich nicht lieber 3 Std. Anfahrt in Kauf nehme.",
        "Heute haben wir den Geburtstagsgutschein zum 67. meines Vaters eingelöst.",
    ],
)
def test_a_dose_a_unit_or_a_clause_is_no_street(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("She moved to 24 Church Street, Leeds, in May.", "24 Church Street"),
        ("HE MOVED TO 118 KERRYMOUNT POINT LAST MAY.", "118 KERRYMOUNT POINT"),
        ("Adresse: 20, Jalan Petaling 9g", "Jalan Petaling 9g"),
        ("Hun bor i plac Żwirki i Wigury 01/81 nå.", "Żwirki i Wigury 01/81"),
        ("Adresse: 296 Via degli Casale Strozzi", "296 Via degli Casale"),
        ("Er wohnt jetzt am Lindenweg 3 in Kassel.", "Lindenweg 3"),
    ],
)
def test_streets_of_the_same_shapes_stay_removed(
    redactor: Redactor, text: str, street: str
) -> None:
    assert any(street in word or word in street for word in removed(redactor, text))
    start = text.index(street)
    spans = redactor.spans(text)
    assert all(
        any(s.start <= i < s.end for s in spans)
        for i in range(start, start + len(street))
        if text[i].isalnum()
    )


def test_not_a_street_reads_the_span_around_its_type() -> None:
    text = "received 10u reg SQ; lives at 10 Reg Square"
    sq = text.index("SQ")
    assert street_quantities.not_a_street(text, text.index("10u"), sq + 2, sq, sq + 2)
    square = text.index("Square")
    assert not street_quantities.not_a_street(
        text, text.index("10 Reg"), square + 6, square, square + 6
    )
