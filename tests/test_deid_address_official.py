"""Street words of official address standards (USPS Publication 28 C1/C2, INEGI, Correios,
FANTOIR, GOST romanisations: `data/address_words.tsv`, `bench/build_address_words.py`), the
Nordic street-name endings read only glued, and house-number shapes (`address_numbers.py`,
`street_types.py`): "N° 14", "5 bis", "Calle 16 # 4-8", "1/777", "Piazza X, 18" at the end of
a note, "16, rue X with". Sentences written for this test from those countries' postal
formats, none taken from a corpus or a set."""

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
        # USPS C1 suffixes libpostal lacks, with a C2 unit after
        ("He lives at 9571 Jane Mountain Suite 741 now.", "9571 Jane Mountain Suite 741"),
        # official street types of Mexico, Brazil, Russia and Ukraine (romanised)
        ("Address: Eje vial Sierra Leona 167", "Eje vial Sierra Leona 167"),
        ("Address: Fazenda Sophia Nogueira, 453", "Fazenda Sophia Nogueira, 453"),
        ("Address: Condomínio Mendonça, 87", "Condomínio Mendonça, 87"),
        ("Address: prospekt Mira 12", "prospekt Mira 12"),
        ("Address: ulitsa Lenina 5", "ulitsa Lenina 5"),
        ("Address: vul. Khreshchatyk 22", "vul. Khreshchatyk 22"),
        # a house number with its word, the name ordinary words
        ("Address: Avenida Mitre N° 14", "Avenida Mitre N° 14"),
        # the comma number at the end of the note and before a preposition
        ("Bor nu på Piazza Antonella, 18", "Piazza Antonella, 18"),
        ("He lives at Largo da Graça, 81 with his sister.", "Largo da Graça, 81"),
        # flat and house number with a slash; India's number and comma
        ("He lives at 1/777 Collins Corso with his sister.", "1/777 Collins Corso"),
        ("He lives at 432/3 Autumn Ramble now.", "432/3 Autumn Ramble"),
        ("She moved to 319, Vohra Road, Tiruvottiyur 491186 in May.", "319, Vohra Road"),
        # Colombia's cross street and distance; bis and ter
        ("He lives at Calle 16 # 4-8 with his sister.", "Calle 16 # 4-8"),
        ("Address: Carrera 8K # 2-91 Sur", "Carrera 8K # 2-91 Sur"),
        ("Adresse: 12 bis rue Victor Hugo", "12 bis rue Victor Hugo"),
        ("Address: Rue Victor Hugo 5 bis", "Rue Victor Hugo 5 bis"),
        # a Finnish staircase and flat
        ("Aleksanterinkatu 3 b 14 on uusi osoite.", "Aleksanterinkatu 3 b 14"),
        # France's number and comma before the type, the name then a preposition or a flat
        ("He lives at 16, rue Latreche with his sister.", "16, rue Latreche"),
        ("He lives at 21223 rue Florence Apt. 440 with his sister.", "21223 rue Florence Apt. 440"),
        # a lower-case type that is no English word after the name, the number first
        ("Address: 1334 Haava tänav", "1334 Haava tänav"),
        ("Address: 664 Gladvoll terrasse", "664 Gladvoll terrasse"),
        # Danish "-ager" (a field), the same word in Norwegian
        ("The parcels go to Rugager 14B now.", "Rugager 14B"),
        # Danish "-løkke(n)" (an enclosed field), as Norwegian "-løkka"
        ("Pakken skal til Højløkken 46 i morgen.", "Højløkken 46"),
        ("The parcels go to Broløkke 7 now.", "Broløkke 7"),
        # ... and "-krogen" (a nook)
        ("Pakken skal til Druekrogen 12 i morgen.", "Druekrogen 12"),
    ],
)
def test_official_words_and_number_shapes(redactor: Redactor, text: str, line: str) -> None:
    assert covered(redactor, text, line), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "We walked down the main street and on the road to the river.",
        "She lives by the lake 5 minutes from town.",
        "Took 2 tablets at the station 3 times.",
        "The fort 12 soldiers held.",
        "He met 3 Mission staff.",
        "Vi gikk til toppen 3 ganger.",
        "Vi gikk til Skitoppen 3 ganger.",  # a glued ending before a count
        "Vi kørte til Løkken 3 gange.",  # the town, and the ending alone
        "Det var løkken 2 gange i går.",
        "Vi åt på Hamnkrogen 3 dagar i rad.",  # a glued ending before a count
        "La cita fue el 5 bis de mayo.",
        "The parcels go to Room 2A and Bus 2A stops at Item 2A.",
        "The Manager 2 team met.",
    ],
)
def test_street_words_alone_stay(redactor: Redactor, text: str) -> None:
    assert not any(s.kind == "address" for s in redactor.spans(text)), redactor(text)


def test_house_number_keeps_a_preposition_after_it(redactor: Redactor) -> None:
    text = "Han har flyttet til Amundsentunet 55 i fjor."
    assert "i fjor" in redactor(text)
    assert covered(redactor, text, "Amundsentunet 55")


def test_sentence_after_a_town_is_no_street_name(redactor: Redactor) -> None:
    text = "Hon bor numera på Sätra Torg 461, 487 34 Hjortkvarn. plz bring your dog."
    assert "plz bring" in redactor(text)


def test_ordinal_date_after_a_glued_name_is_no_house_number(redactor: Redactor) -> None:
    text = "Hon flyttade in på Mottagning Tallåsen 2:a sep."
    at = text.index("2:a")
    assert not any(s.kind == "address" and s.start <= at < s.end for s in redactor.spans(text))
