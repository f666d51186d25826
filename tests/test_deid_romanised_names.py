"""Names of Faker's Cyrillic, Greek and Swahili person providers as notes spell them in
Latin letters (`data/names_romanised.txt`, read by `lexicon.given_names`/`family_names`)."""

from __future__ import annotations

import pytest
from casebook.deid import lexicon
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry
from casebook.deid.vocab import known_words

from bench.build_romanised_names import cyrillic, greek


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_cyrillic_names_are_spelt_the_english_swedish_and_german_ways() -> None:
    assert cyrillic("Евгений", "ru_RU") == {"yevgeniy", "jevgenij", "jewgenij"}
    assert cyrillic("Шевченко", "uk_UA") == {"shevchenko", "sjevtjenko", "schewtschenko"}
    assert cyrillic("Григорій", "uk_UA") >= {"hryhoriy"}
    assert greek("Σοφοκλής") == {"sofoklis"}


def test_the_list_holds_no_word_and_no_town() -> None:
    names = lexicon.romanised("given") | lexicon.romanised("family")
    assert {"serhiy", "sofoklis", "andwele", "tkachenko"} <= names
    assert not names & known_words()
    assert not names & lexicon.places()
    assert all(len(w) >= 4 for w in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Serhiy kom inte i dag, han var sjuk.", "Serhiy"),
        ("Pratar mycket om Sofoklis, en gammal vän.", "Sofoklis"),
        ("Andwele phoned about the rent.", "Andwele"),
        ("The neighbour, Mrs Kovalenko, helps with shopping.", "Kovalenko"),
    ],
)
def test_a_romanised_name_is_removed_wherever_it_stands(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out
