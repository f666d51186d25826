"""A registered name that is a Finnish or Swedish noun, typed in lower case right after an
attribute of its sentence's language, is the noun (`casebook.deid.attributive_nouns`); the
person stays a name capitalised, elsewhere in lower case, and where no list holds the word."""

from __future__ import annotations

import pytest
from casebook.deid.attributive_nouns import attributives
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Lilja Koskinen", "[L]"),
        NameEntry("p:2", "Greta Hägg", "[H]"),
        NameEntry("p:3", "Elina Mäki", "[E]"),
    ]
)


def test_the_attributes_come_from_the_treebanks() -> None:
    assert {"pieni", "uusi", "jokainen"} <= attributives("fi")
    assert {"stor", "vår", "ljus"} <= attributives("sv")
    assert "lilla" not in attributives("sv")  # a weak form: "lilla Greta"
    assert "få" not in attributives("sv")  # mostly the verb: "få hägg att komma"


@pytest.mark.parametrize(
    "text",
    [
        "Ikkunalaudalla kasvaa pieni lilja savisessa ruukussa.",
        "Jokainen lilja kastellaan aamulla ennen töitä.",
        "Mummolle vietiin eilen uusi puutarhan lilja lahjaksi.",
        "Blommorna på vår hägg doftar starkt när det blir maj.",
        "Vi satt länge under en gammal och stor hägg vid ån.",
    ],
)
def test_a_noun_after_its_attribute_stays(text: str) -> None:
    assert redact(text, REGISTRY).text == text


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Tuo pieni Lilja on jo koulussa.", "Lilja"),  # capitalised: the person
        ("Sitten pieni elina nukahti sohvalle.", "elina"),  # no word of any list
        ("Igår ringde hägg om mötet på kontoret.", "hägg"),
        ("Klockan 9.10: 25 min hägg kom sent, bussen var försenad.", "hägg"),  # minutes
    ],
)
def test_the_person_is_still_removed(text: str, removed: str) -> None:
    assert removed not in redact(text, REGISTRY).text
