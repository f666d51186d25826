"""American street lines as the United States write them (`address_states.py`, the unit
words of `address_units.py`, the abbreviated street types of `patterns.py`): a street type
abbreviated with no full stop, a flat or suite with or without a comma, then the town, the
state and the ZIP code. Sentences written for this test; none taken from a corpus or set."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # an abbreviated street type with no full stop and no address word before it
        ("Visited 123 Main St yesterday.", "123 Main St"),
        ("Er wohnt jetzt bei 660 Nostrand Ave im Erdgeschoss.", "660 Nostrand Ave"),
        ("Drove to 12 Oak Rd and back.", "12 Oak Rd"),
        # a flat or suite after the street, with no comma; town, state, ZIP with no commas
        (
            "Er wohnt jetzt in 123 Main St Apt 456 Oakland CA 94789 bei seiner Tochter.",
            "123 Main St Apt 456 Oakland CA 94789",
        ),  # fmt: skip
        (
            "She lives at 2120 E Hill Street #104 Signal Hill CA 90755.",
            "2120 E Hill Street #104 Signal Hill CA 90755",
        ),  # fmt: skip
        (
            "Hän asuu nyt osoitteessa 52 Ten Eyck St Apt #A-2 Brooklyn NY.",
            "52 Ten Eyck St Apt #A-2 Brooklyn NY",
        ),  # fmt: skip
        (
            "Moved to 9 Birch Rd, STE B, Moreno Valley, CA 92553 in May.",
            "9 Birch Rd, STE B, Moreno Valley, CA 92553",
        ),  # fmt: skip
        (
            "Ny adresse: 1600 Pennsylvania Ave NW, Washington DC 20500.",
            "1600 Pennsylvania Ave NW, Washington DC 20500",
        ),  # fmt: skip
        (
            "Moved to 5 Elm Street, Brooklyn, N.Y. 11211 last month.",
            "5 Elm Street, Brooklyn, N.Y. 11211",
        ),  # fmt: skip
        # numbered streets: an ordinal name, a direction before it, a range before that
        ("Moved to 866 E 178th St, Bronx, NY last month.", "866 E 178th St, Bronx, NY"),
        ("Hun har flyttet til 30 W 26th St i fjor.", "30 W 26th St"),
        (
            "Bor nu på 99-40 63rd Rd, Queens, NY 11374 med sin mor.",
            "99-40 63rd Rd, Queens, NY 11374",
        ),  # fmt: skip
        ("Moved to 30 West 26th Street last month.", "30 West 26th Street"),
        # the last word of the street is read whole, never cut before a flat after it
        ("He lives at 123 Main St Apt 456 with his son.", "123 Main St Apt 456"),
    ],
)
def test_american_street_line_is_covered(redactor: Redactor, text: str, line: str) -> None:
    assert covered(redactor, text, line), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bus 42 St Louis stop was closed.",
        "We met at 10 St Mary's church.",
        "He was 5 on the 3rd Street parade.",  # no house number before the ordinal
        "She moved to 12 Oak Road, Bergen NO and more.",  # no American state: "NO" stays
    ],
)
def test_no_american_state_is_read_into_ordinary_words(redactor: Redactor, text: str) -> None:
    out = redactor(text)
    for word in ("Louis", "Mary's", "NO and more"):
        if word in text:
            assert word in out, out
