"""Street lines written the way France, Switzerland, Belgium, Quebec, the Maghreb,
Argentina, Colombia, Malaysia, India, Bangladesh, the Netherlands and Denmark write them,
which the street rules read only in part before (`romance_streets.py`, `glued_ends.py`,
`colombian_streets.py`, `malaysian_streets.py`, `south_asian_streets.py` and "N°" in
`street_types.py`); and the numbers, routes and counts beside the same words that must stay.
Every sentence here is our own."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "address",
    [
        "14 rue Benali",  # number, lower-case type, name: France, Algeria, Quebec
        "3021 boulevard Lemaire",
        "27 allée des Tilleuls",
        "8 impasse Ferrandi",
        "rue Delacombe 17",  # type, name, number: Switzerland, Belgium
        "avenue de Beaulieu 9",
        "Boulevard Tomás Ibarra N° 2231",  # Argentina's "N°" before a preposition
        "Calle 47 # 12-30 Sur",  # Colombia's cross street and distance
        "Cra. 9 Bis # 71-4",
        "Diagonal 52 No. 8-15 Este",
        "No. 12, Jalan 6/3",  # Malaysia: a street named by its section and road numbers
        "Lot 9B-14, Jln 21k, PJU7",
        "3-8, Lorong Kenari Puteh 4/17J",
        "H.No. 41, Verma Marg",  # India and Bangladesh: the house number's word
        "House No. 17, Rahman Lane",
        "212/9, Saxena Nagar",  # a flat and building, a locality word
        "56, Rao Chowk, Nashik 422011",
        "18/304, Dutta, Kanpur 208012",  # the six-digit PIN after the town
    ],
)
def test_a_street_line_is_redacted_whole(redactor: Redactor, address: str) -> None:
    for frame in ("They met at {} on Monday.", "Mötet hölls på {} i går."):  # no address cue
        text = frame.format(address)
        assert address not in redactor.redact(text).text
        assert "[address]" in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Adresse: 48 Kastanjestraat",  # a glued street word ending the note
        "Vi mødtes ved 215 Mølledamsvej, sammen med hende.",
        "Ny adress (9 Lindeveien) sedan mars.",
    ],
)
def test_a_glued_street_ending_a_phrase_is_redacted(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    assert "[address]" in out
    assert not any(c.isdigit() for c in out)


@pytest.mark.parametrize(
    "text",
    [
        "She took bus 47 route Arlanda at the station.",  # "route" is left alone
        "She paid 50 via Swish.",
        "We walked 5 avenue blocks to the clinic.",  # an ordinary word after the type
        "He ran 3 boulevard North laps.",
        "They walked the promenade Sunday 4 times.",
        "The boulevard Haussmann 3 times a week.",  # a count after the number
        "She scored 5-3 on Calle 35 and read pages 12-14.",  # no "#" before the numbers
        "Room # 12-4 was cleaned.",  # no street before the "#"
        "Vi gick 3 km på vägen.",
        "Han körde 2020 Storgatan.",  # a year before the glued word
        "Kami jalan-jalan ke pasar 3 kali.",  # Malay "a stroll", and a count after "Jalan"
        "The Jalan 5 times.",
        "She read 3/4, Gandhi said.",  # a fraction, no PIN or locality word
        "He scored 12/20, Vikram Nagar scored more.",  # a score before a person named Nagar
        "The clinic is in Building No. 3 now.",
    ],
)
def test_numbers_beside_street_words_in_prose_stay(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text  # (a town may go as a name: never as an address)
    assert "[address]" not in out
    assert [c for c in out if c.isdigit()] == [c for c in text if c.isdigit()]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the type capitalised, as many write it, with a number before or after the name
        ("Elle habite 5 Rue des Lilas depuis mai.", "5 Rue des Lilas"),
        ("Ny adresse: 4 Impasse du Moulin.", "4 Impasse du Moulin"),
        ("Bor nu på 32 Avenue Victor Hugo med sin mor.", "32 Avenue Victor Hugo"),
        (
            "Er wohnt jetzt in 11 Boulevard Saint Germain bei seiner Tochter.",
            "11 Boulevard Saint Germain",
        ),  # fmt: skip
        ("Hun bor i Avenue Louise 54 nå.", "Avenue Louise 54"),
    ],
)
def test_a_capitalised_romance_type_is_a_street(redactor: Redactor, text: str, line: str) -> None:
    assert covered(redactor, text, line), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "We walked 5 Avenue blocks today.",
        "It took 2 Promenade Concerts to learn.",
        "Avenue Foch 3 times a week.",
        "THE 5 RUE DES LILAS CLUB",  # a heading in capitals is not read so
    ],
)
def test_a_capitalised_type_in_prose_stays(redactor: Redactor, text: str) -> None:
    assert "[address]" not in redactor(text)
