"""A Finnish compound with a hyphen whose last part is a lower-case ordinary word is no
double name ("Tasa-arvoon liittyviä", "Koski-palvelu", `finnish_compounds.py`), and a
Scandinavian definite noun before a comma opening a sentence is no one spoken to
("Segregationen, problem med ...", `vocatives._definite_noun`). Double names, family names
whose last part is a name, and names spoken to are still found. Every sentence here was
written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import name_spans


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        "Tasa-arvoon liittyviä asioita käsitellään erikseen.",
        "Tasa-arvoista kohtelua käsitellään poliisin koulutuksessa.",
        "Ranta-asemakaava ei saanut lainvoimaa, koska lausunto puuttui.",
        "Koski-palvelu kerää yhteen tiedot oppijan koulutuksesta.",
        "Pietari-säätiö on ajautunut taloudellisiin vaikeuksiin.",
        "Det var svårt. Segregationen, problem med elförsörjningen och vårdköer.",
        # A compound of "nimi" (name) names a kind of name, capitalised opening a line.
        "Kirjaudu sisään.\n\nKäyttäjänimi, jolla kirjauduit viimeksi.",
        "Kirjaudu sisään.\n\nKansionimi, johon tiedosto tallennetaan.",
        # A first part whose last part the next conjunct carries ("suspended" hyphen).
        "Hän asuu maalla. Koski- ja järvimaisemat ovat kauniita.",
        "Han bor på landet. Berg- och dalbanan var stängd i dag.",
    ],
)
def test_compounds_and_definite_nouns_are_kept(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ranta-aho kertoi asiasta eilen kokouksessa.", ["Ranta-aho"]),
        ("Soitin Anna-Liisa Virtaselle eilen.", ["Anna-Liisa Virtaselle"]),
        ("Kristen, kan du komma hit?", ["Kristen"]),
        ("Viljanen, voitko tulla huomenna?", ["Viljanen"]),
        ("Kirjaudu sisään.\n\nToluwanimi, voitko tulla huomenna?", ["Toluwanimi"]),
        ("Hän asuu maalla. Koski - ja Virtanen - tulivat käymään.", ["Koski", "Virtanen"]),
    ],
)
def test_names_stay(redactor: Redactor, text: str, names: list[str]) -> None:
    assert name_spans(redactor, text) == names
