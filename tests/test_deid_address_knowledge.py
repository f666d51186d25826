"""Addresses read from published address knowledge (libpostal's street types and unit words,
Google's postcode shapes; `address_words.py`, `street_types.py`), in the formats of many
countries and in any case, and the numbers and street-type words that must stay. Every
address here is our own, written from those sources, not from any corpus of ours."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, address_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Tove Lindahl", "[patient P-1]")]))


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


@pytest.mark.parametrize(
    "address",
    [
        "lindenweg 14, 80331 münchen",  # Germany, typed in lower case
        "12 rue des tilleuls, 69003 lyon",  # France: number, type, name
        "calle mayor 5, 2º b, 28013 madrid",  # Spain: type first, a floor, lower case
        "Via dei Mille 27, 80121 Napoli",  # Italy: type first, a particle
        "ul. kwiatowa 8/3, 31-042 kraków",  # Poland: "ul.", flat, postcode
        "Laisvės al. 12-4, LT-44240 Kaunas",  # Lithuania: type after, country prefix
        "Fjellheim terrasse 7, 0571 Oslo",  # Norway: a street type written apart
        "vesterbrogade 31, 2. th, 1620 københavn",  # Denmark: floor and side, lower case
        "hämeenkatu 9 b 12, 33100 tampere",  # Finland: staircase and flat
        "c/o berglund, solrosslingan 12 b, 3 tr, 722 14 västerås",  # Sweden, c/o, lower case
        "Rua das Flores 27, 2º esq, 1200-195 Lisboa",  # Portugal: floor and side, postcode
        "P.O. Box 567, 8000 Aarhus C",  # a post-office box, a Danish district letter
    ],
)
def test_an_address_of_another_country_is_redacted_whole(redactor: Redactor, address: str) -> None:
    assert redacted(redactor, f"Hon har flyttat till {address}. Vi ses snart.") == (
        "Hon har flyttat till [address]. Vi ses snart."
    )


def test_a_contact_block_over_several_lines_is_one_address(redactor: Redactor) -> None:
    note = "Kontaktuppgifter:\nc/o ekström\nblåbärsslingan 4 b\n722 14 västerås\nRing efter 17."
    assert redacted(redactor, note) == "Kontaktuppgifter:\n[address]\nRing efter 17."


@pytest.mark.parametrize(
    "text",
    [
        "Nästa plan 3 veckor framåt, sa kuratorn.",
        "The park 5 minutes away was closed.",
        "She came via Turkey 2015 and calls via Skype 2 times a week.",
        "The debt is now 800 kr. The number 11 bus no longer stops outside.",
        "Bodde i Göteborg 2010 och i Malmö 2015.",
        "Hon fick 12500 kronor i bidrag.",
        "Ärendet 45210 stängdes i mars.",
        "We walked 3 miles along the road and sat in room 12.",
        "Kontakt via Skype 2 gånger i veckan.",
        "Hon klev av. Mötet i rum 12, plan 4.",  # Spanish "av." (avenida), then a sentence
        "Han klev av. Bodde i Sarajevo 2015–2018.",
    ],
)
def test_numbers_and_street_words_in_ordinary_text_stay(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


def test_a_postcode_counts_only_beside_an_address(redactor: Redactor) -> None:
    # The same five digits: a number in a sentence, part of the address after a street.
    assert redacted(redactor, "Summan blev 69003 totalt.") == "Summan blev 69003 totalt."
    assert redacted(redactor, "Bor på 12 rue des tilleuls, 69003 lyon nu.") == (
        "Bor på [address] nu."
    )


def test_the_published_knowledge_is_shipped_with_its_sources() -> None:
    # libpostal's words of the languages kept, Google's postcode shapes of the countries kept.
    assert {"rue", "calle", "ulica", "straße", "katu"} <= address_words.street_types()
    assert {"lägenhet", "piso", "étage"} <= address_words.part_words()
    countries = {row[0] for row in address_words.postcode_shapes()}
    assert {"SE", "NO", "DK", "FI", "DE", "PL", "LT", "GB", "US", "TR"} <= countries
