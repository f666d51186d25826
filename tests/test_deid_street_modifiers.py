"""Position words of Nordic street names (`street_modifiers.py`) and the other street forms
of Norway, the Netherlands, Turkey, Ireland, Britain and Finland that the address rules read
around a street found. Sentences written for this test from those countries' postal formats;
none taken from a corpus, a set or a generator's list."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, street_modifiers

from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a position word before the street, capitalised, or after it in lower case
        ("Visited Øvre Bjørkegate 14 today.", "Øvre Bjørkegate 14"),
        ("- Gamle Strandvei 3", "Gamle Strandvei 3"),
        ("Hun bor i Fjellvegen nedre 12B, 7045 Trondheim.", "Fjellvegen nedre 12B, 7045 Trondheim"),
        ("Besøk i Nørre Skovgade 7 kl 12.", "Nørre Skovgade 7"),
        # Norwegian street endings glued to the name
        ("Visited Lindemoen 5 today.", "Lindemoen 5"),
        ("10:15 Home visit to Bakkeskogen 12A, spoke with the mother.", "Bakkeskogen 12A"),
        # Dutch streets, additions after the number and postcodes with no space
        ("Visited Molenpad 5 today.", "Molenpad 5"),
        ("- Kastanjering 41", "Kastanjering 41"),
        ("Home visit to Bloemstraat 12-II, 1015 AB Amsterdam.", "Bloemstraat 12-II, 1015 AB"),
        ("Visited Bloemstraat 12 hoog today.", "Bloemstraat 12 hoog"),
        ("Visited Bloemstraat 56, 9416WR today.", "Bloemstraat 56, 9416WR"),
        # Turkish streets with a bare house number, a flat, a neighbourhood, a district
        ("Visited Lale Sokak 5 today.", "Lale Sokak 5"),
        ("- Zeytin Bulvarı 45 K:3 D:6", "Zeytin Bulvarı 45 K:3 D:6"),
        ("10:15 Home visit to Çınar Mah. 7. Sk. No:7 D:3, spoke.", "Çınar Mah. 7. Sk. No:7 D:3"),
        ("Visited Çınar Mah. Ada Cad. No:45/3 Kadıköy/İstanbul.", "Ada Cad. No:45/3 Kadıköy"),
        # Dublin's postal district before an Eircode
        ("Visited 12 Main Street, Dublin 2, D02 X285 today.", "12 Main Street, Dublin 2, D02 X285"),
        # a British street line ending a line or the note, a flat before it
        ("Visits:\n- 4 Oak Rd\n- 5 May", "4 Oak Rd"),
        ("Asuu: 22 Elm St", "22 Elm St"),
        ("Visited Flat 2/1, 14 Byres Road today.", "Flat 2/1, 14 Byres Road"),
        ("Visited Flat 12 Kingsley Court today.", "Flat 12 Kingsley Court"),
        ("Home visit at 75 Davison Pine.", "75 Davison Pine"),
        ("Visited 1 Elm Grove, Sheffield today.", "1 Elm Grove, Sheffield"),
        # a Finnish name joined by a hyphen
        ("Visited Ylä-Kallion tie 80 today.", "Ylä-Kallion tie 80"),
        # a title or particle of the person a street is named after
        ("Visited Burgemeester de Kampslaan 125-3 today.", "Burgemeester de Kampslaan 125-3"),
        ("- Sint Pieterstraat 5A", "Sint Pieterstraat 5A"),
        ("Home visit to Van Dijkstraat 18-1 hoog.", "Van Dijkstraat 18-1 hoog"),
        ("Besøk i Dronning Astrids gate 3 kl 12.", "Dronning Astrids gate 3"),
        # a Dutch postcode and a published town alone, a London postal district, a Turkish
        # flat letter, Eircodes alone or after their town
        ("Postadres: 1017 GC Amsterdam", "1017 GC Amsterdam"),
        ("Address: 64 Elmore Road, E10", "64 Elmore Road, E10"),
        ("Visited Cumhuriyet Cad. 122/A today.", "Cumhuriyet Cad. 122/A"),
        ("Eircode: A65 F4E2", "A65 F4E2"),
        ("She lives in Galway H91 E2K3 now.", "Galway H91 E2K3"),
        # Royal Mail's and USPS's abbreviated street types
        ("Visited 12 Kirlin Dr today.", "12 Kirlin Dr"),
        ("- 4 Hawthorn Gr", "4 Hawthorn Gr"),
        ("Home visit to 7 Moor Cres, Leeds LS6 2QT.", "7 Moor Cres, Leeds LS6 2QT"),
        ("Visited 4 Park Pl.", "4 Park Pl"),
    ],
)
def test_street_line_is_covered(redactor: Redactor, text: str, line: str) -> None:
    assert covered(redactor, text, line), redactor(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Home visit at 75 Davison Pine.", "[address]."),  # the sentence keeps its full stop
        ("She lives at 1 Elm Grove, Bath today.", "Bath"),  # an ordinary word stays
        ("Han bor i Nedre Eiker nå, 3 barn.", "Nedre Eiker"),  # no street: nothing to widen
        ("We passed Lale Sokak 5 times.", "5 times"),  # a count, not a house number
        ("Hx CAD 3 vessels", "CAD 3"),  # coronary artery disease
        ("In 2019 EU Brussels agreed", "2019 EU Brussels"),  # a year is no Dutch postcode alone
        ("Lives at 64 Elmore Road, B12 low.", "B12 low"),  # an outward code only at the end
        ("C57 BL6J mice", "C57 BL6J"),  # letters outside Eircode's alphabet
        ("Visited Park Avenue. 3 children.", "3 children"),  # the next sentence's number
        ("Adress: Ekvägen 5, 9416WR, Grafhorst. Bo kvar hemma.", "Bo kvar"),  # a new sentence
        ("Mr Lindgatan 5", "Mr"),  # an English title is no street's
        ("Gave 2 Units Pl of blood", "2 Units Pl"),  # ordinary words, the phrase goes on
        ("Na 140 K 4 Cl 101", "Cl 101"),
        ("Day 12 Head CT clear", "12 Head CT"),  # a test in capitals
        ("CAPTOPRIL @ 0400 AFTERWARDS-PAD 19, W 12", "AFTERWARDS-PAD 19"),  # a note in capitals
        ("CREPITUS UPPER 1/3 OF RIGHT LUNG FIELD. SXT", "1/3 OF RIGHT LUNG FIELD"),
    ],
)
def test_what_is_no_address_stays(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor(text)


def test_position_word_widens_only_a_capitalised_street() -> None:
    text = "Øvre Bjørkegate 14"
    assert street_modifiers.widen_start(text, 5) == 0
    assert street_modifiers.widen_start("øvre bjørkegate 14", 5) == 5
    assert street_modifiers.widen_start("Storgata Bjørkegate 14", 9) == 9
    assert street_modifiers.number_after("Fjellvegen nedre 12B", 11) == 17
    assert street_modifiers.number_after("Fjellvegen med 12B", 11) == 11
