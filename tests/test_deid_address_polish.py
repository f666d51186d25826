"""Polish streets whose register feature (cecha) is not "ul.": Poland's street register (TERYT
ULIC) writes "park", "skwer", "rondo" and "bulw." in lower case before a street's name, and
Poczta Polska writes a flat as "m. 3" after the house number. Sentences written for this test
from those rules, none taken from a corpus or a validation set."""

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
        ("Mieszka przy park Jordana 3 od roku.", "park Jordana 3"),
        ("She now lives at skwer Kościuszki 15, m. 4.", "skwer Kościuszki 15, m. 4"),
        ("Nowy adres: rondo Daszyńskiego 2 m. 7", "rondo Daszyńskiego 2 m. 7"),
        ("Home visit at bulw. Filadelfijski 12 next week.", "bulw. Filadelfijski 12"),
        ("Adres: ul. Długa 5, m. 3, 00-950 Warszawa", "ul. Długa 5, m. 3"),
    ],
)
def test_a_polish_street_of_any_register_feature_is_redacted(
    redactor: Redactor, text: str, line: str
) -> None:
    assert covered(redactor, text, line)


@pytest.mark.parametrize(
    "text",
    [
        "We walked in the park Monday 3 times.",
        "They stayed at the Park Hotel 5 nights.",
        "Vi gick till en park Lördag 2 gånger.",
        "The rondo Allegro 3 was played twice.",
    ],
)
def test_the_word_park_before_an_ordinary_word_stays(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.spans(text) if s.kind == "address"]
