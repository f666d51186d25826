"""Street lines as Argentina, Mexico, Portugal and Spain write them (`iberian_streets.py`):
"N°" before the house number, Mexico's outer and inner number, Portugal's "Rua X, 12" and
"S/N"; and the numbers beside the same words that must stay. Every sentence here is our own."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, iberian_streets


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "address",
    [
        "Av. 7 N° 48 Oficina 3",
        "Calle Monte Grande N° 215 Dto. 4",
        "Diag. 12 N° 507",
        "Avenida 9 N° 1312 Piso 2 Dto. 6, Mar del Plata 7600, Buenos Aires",
        "Calle Sur Nº 1312 Piso 2",
        "Calle Sauce #84",
        "Privada Olmedo 412 607",
        "Calzada Río Bravo 88 Interior 12",
        "Avenida Colima 310 Edif. 14 , Depto. 207",
        "Rua Pinhal, 431",
        "Av Dias Loureiro, 18",
        "R. de Ferraz, 9, 4410-118 Vila Franca",
        "Travessa Ramos, S/N",
    ],
)
def test_an_iberian_street_line_is_redacted_whole(redactor: Redactor, address: str) -> None:
    assert redactor.redact(f"Hon har flyttat till {address} i våras.").text == (
        "Hon har flyttat till [address] i våras."
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Interior design 980 kr per month.", "Interior design 980 kr"),
        ("la calle de mi madre, 5 minutos a pie", "la calle de mi madre, 5 minutos"),
        ("Avenida Reforma 12 10:30 hrs", "10:30"),  # a time of day after the number
        ("Calle Hidalgo 45 500 pesos", "500 pesos"),  # an amount after the number
        ("Rua Mota, 20% mais cara", "20%"),
        ("The Calle Ocho, 5 friends went there.", "5 friends"),  # a count after the comma
        ("R. Lopes, 45, said she was tired.", "45"),  # an initial, not "R. de"
        ("She paid 300 420 kr in 2023.", "300 420 kr"),
    ],
)
def test_numbers_beside_street_words_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


def test_the_rule_itself_finds_what_the_others_miss() -> None:
    assert iberian_streets.find("Rua Pinhal, 431") == [(0, 15, "address")]
    assert iberian_streets.find("Privada Olmedo 412 607 i fjor") == [(0, 22, "address")]
    assert iberian_streets.find("Calle Hidalgo 45 500 pesos") == []
    # a Colombian cross-street number is not cut at its hyphen ("# 2" of "# 2-45")
    assert iberian_streets.find("Avenida Vanegas # 2-45") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rua Pinhal, 431",
        "(Av. 4 N° 71 Oficina 1)",
        "Vive en Privada Olmedo 412 607 desde mayo",
        "Calle Hidalgo 45 500 pesos",
        "ny adress:Calle Bahía Blanca N° 382 Dto. 1",
    ],
)
def test_the_quick_test_for_a_street_type_holds_wherever_the_full_scan_finds_one(
    text: str,
) -> None:
    """`_ANY_TYPE` is `_TYPE_AT` without its look-behind: it skips a note only where the
    full scan would find no street type either (so the skip changes no output)."""
    assert iberian_streets._TYPE_AT.search(text)
    assert iberian_streets._ANY_TYPE.search(text)
    assert not iberian_streets._ANY_TYPE.search("We met on the calle at 5 and walked on.")
