"""Firms, products and publications a Finnish text marks as such are no person's name
(`finnish_firms.py`): a name after a noun of its kind ("ohjelmistoyhtiö Qwerix") or in the
genitive before what only a firm has ("Qwerixin toimitusjohtaja") is kept in every case
throughout the note, while the people around it stay removed. Every sentence here was
written for this test; the firms are made up.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.finnish_firms import firm_words

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_without_a_cue_the_stranger_is_taken(redactor: Redactor) -> None:
    # the control: what the rule below keeps is taken when nothing marks it a firm
    assert removed(redactor, "Qwerix julkaisi uuden version. Päivitys korjaa virheen.") == [
        "Qwerix"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ohjelmistoyhtiö Qwerix julkaisi uuden version. Qwerix korjaa virheen.",
        "Qwerix julkaisi uuden version. Ohjelmistoyhtiö Qwerixin mukaan se korjaa virheen.",
        "Qwerix julkaisi uuden version. Qwerixin osakkeet nousivat heti.",
        "Qwerix kertoi tuloksestaan. Kiinalainen puhelinvalmistaja Qwerix kasvaa nopeasti.",
    ],
)
def test_a_marked_firm_is_kept_throughout_the_note(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Qwerixin toimitusjohtaja Wojciech Brzęczyk kertoi asiasta. Qwerix on pieni.",
            ["Wojciech Brzęczyk"],
        ),
        ("Qwerixin toimitusjohtaja kertoi asiasta. Qwerixin Brzęczyk puhui.", ["Brzęczyk"]),
    ],
)
def test_the_firms_people_stay_removed(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "jätti" is "left" alone, a giant only at a compound's end
        ("Hän jätti Zdenkon kotiin. Zdenko nukkui.", ["Zdenkon", "Zdenko"]),
        # a person's kin, carers and phone are no firm's
        ("Zdenkon isä soitti. Zdenko on väsynyt.", ["Zdenkon", "Zdenko"]),
        ("Zdenkon puhelin oli kiinni. Zdenko soitti myöhemmin.", ["Zdenkon", "Zdenko"]),
        ("Zdenkon ryhmänjohtaja soitti. Zdenko oli töissä.", ["Zdenkon", "Zdenko"]),
    ],
)
def test_a_person_stays_a_person(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


def test_firm_words_reads_the_cases() -> None:
    words = firm_words("Tietoturvayhtiölle Zyntrolle ilmoitettiin. Zyntron tiedottaja vastasi.")
    assert {"zyntrolle", "zyntro"} <= words
    assert "zyntro" in firm_words("Tietoturvayhtiö Zyntro julkaisi korjauksen.")
    assert not firm_words("Toimistossa Zyntroa ei näkynyt.")  # no apposition: cases differ
