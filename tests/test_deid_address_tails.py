"""The rest of an address line around a street (`address_tails.py`) and streets written with a
comma before the house number (`street_types.py`): shapes measured with `bench/address_atlas.py`
on OpenCage's address-formatting cases, Faker and mimesis for every locale. Sentences written
for this test from those countries' postal formats, none taken from a corpus or a set."""

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
        # places and a postcode after the street, the postcode last
        (
            "She moved to 61 Mews Lane, East Hallam, ACT, 2611 in May.",
            "61 Mews Lane, East Hallam, ACT, 2611",
        ),
        ("Adresse: Strada Preda Nr. 20, Lipova, 315400", "Strada Preda Nr. 20, Lipova, 315400"),
        (
            "Hon bor på 7931 Tenth Street, Halton Hills, ON L5N 8P7 nu.",
            "7931 Tenth Street, Halton Hills, ON L5N 8P7",
        ),
        (
            "Osoite: 23 O'Connor Street, Port of Spain, 190130",
            "23 O'Connor Street, Port of Spain, 190130",
        ),
        # a country prefix after a house number ending in a full stop (Hungary)
        ("Sie wohnt in der Petőfi utca 23., H-7613 Pécs seit Mai.", "Petőfi utca 23., H-7613 Pécs"),
        # an Irish Eircode after the town
        (
            "New address 47 Goldrick Street, Dublin, D02 X285, from March.",
            "47 Goldrick Street, Dublin, D02 X285",
        ),
        # the house number after a comma (Spain, Portugal, Brazil, Italy), "S/N" for none
        ("Han har flyttet til Calle Gran Capitán, 664 i fjor.", "Calle Gran Capitán, 664"),
        ("Bor nu på Travessa Pacheco, 40 med sin mor.", "Travessa Pacheco, 40"),
        ("Address: Rua Amorim, S/N, 1613-186 Lisboa", "Rua Amorim, S/N, 1613-186 Lisboa"),
        ("She moved to Strada Dellucci, 396 Piano 6 in May.", "Strada Dellucci, 396 Piano 6"),
        # a house number and street before a town and postcode that were read alone
        (
            "Osoite: 1819 Cindy Parks, Noëlmouth, OR 59900",
            "1819 Cindy Parks, Noëlmouth, OR 59900",
        ),
        # street types of Malay, Catalan and Maltese (libpostal), the number and comma first
        ("Adress: 20, Jalan Petaling 9g", "20, Jalan Petaling 9g"),
        ("Han har flyttet til Carrer de Mallorca 401 i fjor.", "Carrer de Mallorca 401"),
        ("She moved to Triq il-Kbira 5 in May.", "Triq il-Kbira 5"),
        # a postcode that could be a year, with its town after it
        (
            "Osoite: 9456 Gumamela Avenue, Flora, 2040 Sorsogon",
            "9456 Gumamela Avenue, Flora, 2040 Sorsogon",
        ),
        (
            "Adresse: Suite 282, 4 Kawakiwi Esplanade, McMillangate 5278",
            "4 Kawakiwi Esplanade, McMillangate 5278",
        ),
        # a street type that ends the note, with nothing after it
        ("Osoite: 440 Bartol Circle", "440 Bartol Circle"),
        # the number after "No." when the street was read up to "No"
        (
            "He lives at Flat 16, House No. 115, Dhaka 1207 with his sister.",
            "Flat 16, House No. 115, Dhaka 1207",
        ),
        (
            "Adresse: Jl. Joyoboyo No. 82, Sawahlunto, KS 18190",
            "Jl. Joyoboyo No. 82, Sawahlunto, KS 18190",
        ),
        # a Finnish genitive before a street word written apart
        (
            "Hon bor på Capellan puistokuja 4, 60399 Lahti med sin pappa.",
            "Capellan puistokuja 4, 60399 Lahti",
        ),
        # a street type with a comma right after it
        ("Osoite: 1134 Opal Highway, Baliangao", "1134 Opal Highway, Baliangao"),
        # a range of house numbers, a suite before the number
        ("Adress: 18-20 Bomb House Lane", "18-20 Bomb House Lane"),
        ("Anschrift: Suite 601, 1 Aguilar Road, Leeds", "Suite 601, 1 Aguilar Road"),
    ],
)
def test_address_line_iscovered(redactor: Redactor, text: str, line: str) -> None:
    assert covered(redactor, text, line), redactor(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She lives at Storgatan 5, Malmö, 2019 was her first year there.", "2019"),
        ("He rents Storgatan 5, Malmö, 1500 kr a month.", "1500 kr"),
        ("The Calle Ocho, 5 friends went there together.", "5 friends"),
        ("We came via Turkey, 5 of us in one car.", "via Turkey, 5 of us"),
        ("Park Avenue, 3 times a week, she said.", "Park Avenue, 3 times"),
        ("Via Roma, 5 volte al giorno.", "Via Roma, 5 volte"),
        ("In 2019, Calle Mayor 5 was her home.", "In 2019,"),
        ("She ran 3 laps around the park", "3 laps around the park"),
        ("Vi gick 2 varv runt parken på Stora torget", "2 varv runt parken"),
        ("He moved to 12 Elm Road, Croydon, When it rained 2000 people came.", "When it rained"),
    ],
)
def test_ordinary_text_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor(text)


def test_phone_after_an_address_stays_a_phone(redactor: Redactor) -> None:
    text = "Kontakt: Skoltorget 88B, lgh 1201, 144 89 Uddevalla, 070-825 57 73. Ring henne."
    kinds = {text[s.start : s.end]: s.kind for s in redactor.spans(text)}
    assert kinds.get("070-825 57 73") == "phone", kinds
