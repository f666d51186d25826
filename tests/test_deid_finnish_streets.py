"""Finnish streets inflected in running text (`finnish_streets.py`): the street name takes the
case ("asuu Hämeentiellä 12 B"), the house number does not; and the counts, years and ordinary
roads in the same cases that must stay. Every sentence here is our own."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, finnish_streets


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hän asuu Hämeentiellä 12 B yksin.", "Hän asuu [address] yksin."),
        ("Asuu nyt Mannerheimintiellä 5 A 3.", "Asuu nyt [address]."),
        ("Perhe muutti Aleksanterinkadulle 7.", "Perhe muutti [address]."),
        ("Muutti pois Koivukujalta 4 A 3 keväällä.", "Muutti pois [address] keväällä."),
        ("Asuu Pihlajapolulla 3 b 7 ja käy töissä.", "Asuu [address] ja käy töissä."),
        ("Asuu Ruoholahdenrannassa 8 as. 4.", "Asuu [address]."),
        ("Hän asuu Itäväylällä 5, 00930 Helsinki.", "Hän asuu [address]."),
        ("Asuu Kalliorinteellä 12-14.", "Asuu [address]."),
        ("Asuu Ida Ekmanin kujalla 4.", "Asuu [address]."),  # named after a person, apart
        ("Muutti Waseniuksen puistokadulle 9 C 2.", "Muutti [address]."),
        ("Muutto Nils Westermarckin polulta 66 Espooseen.", "Muutto [address] Espooseen."),
    ],
)
def test_an_inflected_finnish_street_and_its_number_are_redacted(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Maantiellä 5 autoa kolaroi.",  # an ordinary road, a count
        "Moottoritiellä 3 kertaa viikossa.",
        "Kuopion moottoritiellä 3 autoa.",  # a town's genitive and an ordinary road
        "Tämän kadulla 5 taloa on myynnissä.",  # no name before the street word
        "Matin kadulla 3 poliisia.",  # a count in the partitive
        "Kadulla 5 lasta leikki.",  # the street word alone
        "Vi ses på Hämeentiellä.",  # no house number
        "Mannerheimintiellä 5 minuutin päässä.",  # a measure, no house number
    ],
)
def test_counts_roads_and_streets_without_a_number_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Asuin Kalevankadulla 12 vuotta.", "12 vuotta"),  # years lived there, no number
        ("Asui Hämeentiellä 2019 asti.", "2019 asti"),  # a year
    ],
)
def test_a_count_or_year_after_a_street_is_no_house_number(
    redactor: Redactor, text: str, kept: str
) -> None:
    assert kept in redactor.redact(text).text


def test_every_case_form_rests_on_a_published_street_word() -> None:
    forms = finnish_streets.forms()
    assert forms["kadulla"] == "katu" and forms["tiellä"] == "tie"
    assert forms["polulle"] == "polku" and forms["rinteeltä"] == "rinne"
    assert "kadullä" not in forms  # vowel harmony: a back-vowel word takes -lla
