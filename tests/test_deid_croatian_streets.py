"""Croatian streets named by an adjective alone (`croatian_streets.py`): "Vinogradska 6",
"Tkalčićeva 14". Street names invented for this test in the shapes of Croatia's street
register; none taken from a corpus, a set or a generator's list."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, croatian_streets

from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Home visit to Lipovačka 17 this morning.", "Lipovačka 17"),
        ("- Brezovska 4b", "Brezovska 4b"),
        ("10:15 arrived at Kovačićeva 23/2, nobody home.", "Kovačićeva 23/2"),
        ("Hembesök på Grabovske 8 kl 10.", "Grabovske 8"),
        ("Visited Ribnjačka 5c, 10000 Zagreb today.", "Ribnjačka 5c, 10000 Zagreb"),
    ],
)
def test_adjective_street_and_number_is_covered(redactor: Redactor, text: str, line: str) -> None:
    assert covered(redactor, text, line), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "Engelska 2 gånger i veckan.",  # a school subject and a count
        "Svenska 3 timmar per vecka.",
        "Anna läser Norska 2 dagar.",
        "Lipovačka 2019 was the year.",  # a year
        "Lipovačka 2.5 mg",  # no house number
        "lipovačka 5",  # not capitalised: no street's name
        "Bio je kod Ivanove obala 3 puta.",  # a street word, then a count
        "The obala 3 team won.",  # an ordinary word before the street word
        "Ivanove Obala 3",  # the street word capitalised: a name of its own
    ],
)
def test_no_street_without_the_shape(text: str) -> None:
    assert croatian_streets.find(text) == []
