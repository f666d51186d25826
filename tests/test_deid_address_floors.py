"""The floor, flat or building after a street line and the postcode after them
(`address_parts.widen_after`): a caught street no longer leaves its tail in a release
("Storgata 12 B, 3. etg, 0155 Oslo"). Sentences written for this test from each country's
postal forms, none taken from a corpus or a readable set."""

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
        # a floor after its number, each country's word
        ("Ny adresse: Løvåsveien 12 B, 3 etg", "Løvåsveien 12 B, 3 etg"),
        (
            "- Har flyttet til Sagveien 4, 2. etg, 0459 Oslo i fjor.",
            "Sagveien 4, 2. etg, 0459 Oslo",
        ),
        ("10:42 Neue Adresse: Lindenweg 8 3. Etage", "Lindenweg 8 3. Etage"),
        (
            "Wohnt in der Birkenstraße 5, 1. Stock, 10115 Berlin.",
            "Birkenstraße 5, 1. Stock, 10115 Berlin",
        ),
        ("Adresa: Vukovarska 14, 4. kat, stan 12", "Vukovarska 14, 4. kat, stan 12"),
        ("Adresa: Vukovarska 14 2. kat, 10000 Zagreb", "Vukovarska 14 2. kat, 10000 Zagreb"),
        ("Habite au 12, rue des Lilas, 3e étage depuis mai.", "12, rue des Lilas, 3e étage"),
        # a floor whose number another rule took as the house number's flat
        ("Bor i Kirkeveien 6B 2 etg, 7583 Moen.", "Kirkeveien 6B 2 etg, 7583 Moen"),
        # a house part with no number
        ("• Anschrift Ahornweg 51 Hinterhaus, 65075, seit Mai.", "Ahornweg 51 Hinterhaus, 65075"),
        # a French building letter
        ("Adresse: 18, boulevard Voltaire, Bât. B", "18, boulevard Voltaire, Bât. B"),
        # a Finnish staircase and flat after a comma
        ("Uusi osoite: Kalevankatu 14, A 15", "Kalevankatu 14, A 15"),
        ("Osoite Koivutie 7, b 9, 63319, muutti toukokuussa.", "Koivutie 7, b 9, 63319"),
        # a Polish flat and a Polish postcode with no town
        ("Nowy adres: pl. Wybickiego 72, lok. 32", "pl. Wybickiego 72, lok. 32"),
        ("Mieszka przy ul. Lipowa 90/9, 80-592 z córką.", "ul. Lipowa 90/9, 80-592"),
        # a French street's name ended by its floor or building, no comma between
        ("Habite au 9, rue Aubert 5e étage depuis mai.", "9, rue Aubert 5e étage"),
        ("Adresse : 62, avenue Oliveira Bât. D", "62, avenue Oliveira Bât. D"),
        # a town whose name holds a particle, after a floor
        (
            "Neue Adresse: Hauptstraße 12, 2. OG, 60311 Frankfurt am Main",
            "Hauptstraße 12, 2. OG, 60311 Frankfurt am Main",
        ),
        (
            "Nieuw adres: Kerkstraat 12, 2921 LA Krimpen aan den IJssel",
            "Kerkstraat 12, 2921 LA Krimpen aan den IJssel",
        ),
        ("Adres: Kerkstraat 12, 1234 AB 't Zandt", "Kerkstraat 12, 1234 AB 't Zandt"),
        (
            "Adresa: Mlinarska 90, kat 1, 23210 Biograd na Moru",
            "Mlinarska 90, kat 1, 23210 Biograd na Moru",
        ),
        # a floor with no comma, its number read as a staircase's flat, then the postcode
        ("10:42 Ny adresse Storgata 12 B 3 etg 0155 Oslo", "Storgata 12 B 3 etg 0155 Oslo"),
        # the Dutch address word without a colon
        ("Adres Boomvalk 143 6-hoog, sinds mei.", "Boomvalk 143 6-hoog"),
        # a Croatian street: a name and a street word in lower case
        (
            "Adresa: Kraljevečki ogranak 7a, 7. kat, stan 11",
            "Kraljevečki ogranak 7a, 7. kat, stan 11",
        ),
        ("Živi na adresi Dvoranski prečac 8, 6. kat od svibnja.", "Dvoranski prečac 8, 6. kat"),
        # a floor on a line of its own, and a town on the line before a British postcode
        ("Ny adresse:\nStorgata 12 B\n3 etg\n0155 Oslo", "Storgata 12 B\n3 etg\n0155 Oslo"),
        ("New address:\n12 Kerr Road\nLondon\nSW1A 1AA", "12 Kerr Road\nLondon\nSW1A 1AA"),
        # a flat in lower case before the street
        ("She lives in flat 3, 12 Kerr Road now.", "flat 3, 12 Kerr Road"),
        # Polish streets named after a date or a titled person
        ("Adres: ul. 3 Maja 12, 00-950 Warszawa", "ul. 3 Maja 12, 00-950 Warszawa"),
        ("Adres: ul. 11 Listopada 8 m. 3", "ul. 11 Listopada 8 m. 3"),
        ("Adres: ul. gen. Józefa Bema 5", "ul. gen. Józefa Bema 5"),
        ("Mieszka przy ul. Żwirki i Wigury 5 m. 2 z córką.", "ul. Żwirki i Wigury 5 m. 2"),
    ],
)
def test_the_parts_after_a_street_go_with_it(redactor: Redactor, text: str, line: str) -> None:
    start = text.index(line)  # every character of it but spaces redacted
    spans = [(s.start, s.end) for s in redactor.spans(text)]
    inside = [any(s <= i < e for s, e in spans) for i in range(start, start + len(line))]
    assert all(i or c.isspace() for i, c in zip(inside, line, strict=True)), redactor(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what follows a street and is no part of its address stays
        ("Adresse: Storgata 12, 3 personer kom.", "3 personer kom"),
        ("Met at 12 Kerr Road, 12 minutes later.", "12 minutes later"),
        ("Osoite Koivutie 7, a 3 minute walk away.", "a 3 minute walk"),
        ("Neue Adresse: Lindenweg 8, 5 Minuten zu spät.", "5 Minuten zu spät"),
        ("Adresa: Vukovarska 14, 2 kata niže", "kata niže"),
        ("She met him at the flat 3, 12 people came.", "flat 3, 12 people came"),
        ("Vi var på ul. 3 i går.", "ul. 3 i går"),
        ("Hun bor i Storgata 5, 2 og 3 barn bor der.", "og 3 barn"),
        ("Ny adresse: Storgata 12, 3. etg, 0155 Oslo i dag.", "i dag"),
        ("The Obala 3 team won.", "Obala 3"),
        ("Ny adresse:\nStorgata 12 B\n3 dager senere ringte hun.", "3 dager senere"),
        ("Met at 12 Kerr Road\nRoom 5 was cleaned.", "Room 5 was cleaned"),
        ("He said Ivanove obala 3 times.", "obala 3 times"),
        # a year after the street is no postcode when the sentence goes on in lower case
        ("Woont nu op Owenhof 4, 2019 bij haar zus.", "2019 bij haar zus"),
        ("She lives at 1 Elm Grove, Bath B is hers.", "Bath B"),
    ],
)
def test_what_is_no_part_of_the_address_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a Danish street named a path ("-sti"), with its floor and side, no word before it
        # that says address
        ("Besøgsadresse: Kirkesti 14, 3. tv.", "Kirkesti 14, 3. tv"),
        ("Vi mødes ved Havresti 7, st. th. kl. 10.", "Havresti 7, st. th"),
        ("Kirkesti 14, 3. tv.\nRing på.", "Kirkesti 14, 3. tv"),
    ],
)
def test_a_danish_path_is_a_street(redactor: Redactor, text: str, line: str) -> None:
    assert covered(redactor, text, line), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        # a number and a lettered part after a heading's noun: a document's part, no street
        "Minutes 14, part B\n\nWe went through the plan.",
        "Chapter 3, part A of the report is late.",
        "See question 12, part C.",
        # a word ending as the Danish street word, no street
        "Kristi 3 ord i bogen.",
    ],
)
def test_a_part_of_a_document_is_no_address(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.spans(text) if s.kind == "address"], redactor(text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # "still lives at": the street and its Danish floor and side, no postcode after them
        ("Han bor kvar på Lindebakken 12, 1. mf tills vidare.", "Lindebakken 12, 1. mf"),
        ("Hun bor stadig på Egevænget 4, st. th. i år.", "Egevænget 4, st. th"),
        ("Han bor fortsatt på Myrveien 9 med kona.", "Myrveien 9"),
    ],
)
def test_a_street_after_still_lives_at_takes_its_floor(
    redactor: Redactor, text: str, line: str
) -> None:
    assert covered(redactor, text, line), redactor(text)


def test_still_living_in_the_country_is_no_address(redactor: Redactor) -> None:
    assert redactor.spans("Hon bor kvar på landet med sin katt.") == []
