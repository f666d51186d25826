"""Countries and world regions as the neighbours' languages write them, and organisations
named by a compound whose last part says what they are, are no stranger's name
(`territories.py`, `vocab.ORGANISATION_ENDINGS`): "Hellas", "Noregs", "Grækenland",
"Senterpartiet", "Helsetilsynet", "Sundhedsministeriet" keep their words for the analyst. A
person beside them stays removed, and so does a territory that is a given name where the
context says person ("Kenia ringde"). Every sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.territories import names, regions

from tests.deid_helpers import name_tags, numbered_redactor, removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names_"),
    [
        # a country or a region by its name in Norwegian, Danish, Finnish, German
        ("Folk i Hellas har det tungt no, sa ho.", []),
        ("Vi snakka med Ingvild Hestnes om Hellas.", ["Ingvild Hestnes"]),
        ("Han las om Noregs historie.", []),  # its genitive
        ("Hun flyttede til Tyskland, og Grækenland var for varmt. Mette ringede.", ["Mette"]),
        ("Griechenland und Nordamerika waren Themen, sagte Horst Görtz.", ["Horst Görtz"]),
        ("Ranska ja Kreikka ovat EU-maita, sanoi Matti.", ["Matti"]),
        # an organisation named by its compound's last part
        ("Derfor ville Senterpartiet stø tilrådinga frå rådmannen.", []),
        ("Politiet tok kontakt med Helsetilsynet om saka.", []),
        ("Kristeleg Folkeparti har vore med på å flytta tyngdepunktet.", []),
        ("Sundhedsministeriet svarede, men Lars Løkke ringede.", ["Lars Løkke"]),
        ("Das Gesundheitsministerium schwieg; Klaus Weber rief an.", ["Klaus Weber"]),
        ("Sähköyhtiö lähetti laskun, ja Pekka Virtanen soitti.", ["Pekka Virtanen"]),
        ("Socialdepartementet svarade inte, men Åsa Lindqvist ringde.", ["Åsa Lindqvist"]),
        # Finnish names its neighbours as its family names do: alone, the country
        ("Ruotsi ja Suomi pelasivat eilen.", []),
        ("Pekka Ruotsi soitti eilen.", ["Pekka Ruotsi"]),
        # a territory that is also a given name, where the context says person
        ("Kenia ringde i går och sa att hon kommer.", ["Kenia"]),
        ("Met Virginia at the clinic; Virginia said she was fine.", ["Virginia", "Virginia"]),
    ],
)
def test_territories_and_bodies_are_kept(redactor: Redactor, text: str, names_: list[str]) -> None:
    assert removed(redactor, text) == names_


def test_the_list_holds_regions_not_the_world() -> None:
    words = names()
    assert {"hellas", "noreg", "venäjä", "grækenland", "nordamerika", "europa"} <= words
    assert not {"world", "welt", "maailma", "fn", "eu"} & words


@pytest.mark.parametrize(
    ("text", "names_"),
    [
        # a continent CLDR names only in its parts ("North America"), opening a sentence
        ("Their answer was clear. America will persevere.", []),
        ("America, at its best, is compassionate.", []),
        ("10:47 America demands and deserves big things from us.", []),
        # a country that some bear as a given name, where nothing says person
        ("Kenia will persevere, the minister said.", []),
        # a country's Finnish case ("Libyan", Libya's)
        ("Libyan hallitus on luvannut tutkia asiaa.", []),
        # a stranger of that given name is still found where the setting says person
        ("I met America Ferrera yesterday.", ["America Ferrera"]),
        ("Georgia said she would come later.", ["Georgia"]),
        ("I met Georgia at the clinic.", ["Georgia"]),
        ("Chad called me about the rent.", ["Chad"]),
        ("Samtal m. Jordan, granne, som oroar sig för ljud.", ["Jordan"]),
    ],
)
def test_a_territory_alone_is_no_stranger(redactor: Redactor, text: str, names_: list[str]) -> None:
    assert removed(redactor, text) == names_


@pytest.mark.parametrize("name", ["Jordan", "Chad", "Georgia", "America", "Kenia"])
def test_a_registered_territory_name_is_the_person(name: str) -> None:
    # registered names always win: the study's own person, wherever the name stands
    redactor = numbered_redactor([f"{name} Berg"])
    assert name_tags(redactor, f"{name}, at its best, is kind.") == [(name, "[P0]")]
    assert name_tags(redactor, f"Vi pratade med {name} igår.") == [(name, "[P0]")]


def test_regions_are_the_parts_named_by_a_direction() -> None:
    assert {"america", "amerikka", "korea", "asia"} <= regions() <= names()
    assert not {"north", "nord", "pohjois", "islands"} & regions()


@pytest.mark.parametrize(
    "text",
    [
        # countries that English speakers commonly bear as given names stay strangers' names
        # with no cue, as before the country rule (UD Finnish, noted_names: "Jordan pudistelee")
        "Jordan pudistelee päätään.",
        "Jordan shook his head and left.",
        "Georgia will come later.",
    ],
)
def test_a_country_that_is_a_common_given_name_stays_a_name(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == [text.split()[0]]
