"""Numbers, dates, addresses and phones read on validation W (2026-12-06). Sentences are
written for this test; each rule has its block:

- a range of days whose first day is above the second ("30.–2.1.", over a month's end), a
  date where a word dates it or it ends a Finnish, Norwegian or Danish sentence as a date
  (`date_edges.numeric_range`, `closed_days.range_closing`);
- a German mobile in national form whose number opens with a 0 after its code ("0170
  07801023"): the code goes with the number a Swedish trunk prefix found (`phones._LEAD`);
- a town of three words or more after a postcode, when GeoNames has the name ("Salt Lake
  City", `long_towns.py`), and a Danish municipality's hyphened name after a floor and side
  ("2. th, 7658 Faaborg-Midtfyn", `addresses._DANISH_FLOOR`).
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


# --- a range of days running over a month's end ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tulos 5.–3.10. välillä.",  # inside a sentence, with no word dating it
        "Hb oli 5.–3.10.",  # a copula gives a value
        "Score 3.–2.1 at the end",  # no full stop after the month
    ],
)
def test_a_backward_range_with_no_date_reading_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


# --- what is taken, and what stays beside it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range of days over a month's end
        ("Lähetetty: 30.–2.1. 10:15\nAihe: loma", "Lähetetty: [date] 10:15\nAihe: loma"),
        ("Vi ses 30.–2.1.", "Vi ses [date]"),
        ("Remontti valmistui vihdoin 29.–3.5..", "Remontti valmistui vihdoin [date]."),
        ("Ferien varte til slutt 30.–2.1.", "Ferien varte til slutt [date]"),
        # a German mobile's code before a number that opens with 0
        ("Hon bad mig ringa 0171 04567890 i kväll.", "Hon bad mig ringa [phone] i kväll."),
        ("Er ist unter 0152 0987654 erreichbar.", "Er ist unter [phone] erreichbar."),
        ("Tlf. 0160 01234567", "Tlf. [phone]"),
        # a year or a log's clock (`timed_numbers.py`) before a number is no code of it
        ("Sedan 2019 0701234567 har hon.", "Sedan 2019 [phone] har hon."),
        ("14:20 0701234567 ringde tillbaka.", "14:20 [phone] ringde tillbaka."),
        # a town of several words after a postcode
        (
            "She moved to 12 Elm Road, 33401 West Palm Beach last year.",
            "She moved to [address] last year.",
        ),
        ("Sent to 7 Hill Street, 84101 Salt Lake City.", "Sent to [address]."),
        ("Mail: 5 Church Lane, IP33 1AB Bury St Edmunds today", "Mail: [address] today"),
        ("Bor på Egevej 4, 1. tv, 2800 Lyngby-Taarbæk nu.", "Bor på [address] nu."),
        # a particle in lower case inside the town's name
        ("Hun bor i Parkveien 3, 8610 Mo i Rana nå.", "Hun bor i [address] nå."),
        ("Post to 9 Zeil Road, 60311 Frankfurt am Main today", "Post to [address] today"),
        ("Bor på Storgatan 5, 12345 Mo i dag.", "Bor på [address] i dag."),  # no such place
        # two words are read as before; a third that makes no published place is the note's
        ("Seen at 4 High Street, 82806 Paris Max dose reached", "Seen at [address] dose reached"),
        ("Sent to 7 Hill Street, 84101 Salt Lake Yesterday we", "Sent to [address] Yesterday we"),
    ],
)
def test_a_date_a_number_or_a_town_is_taken_whole_and_no_more(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected
