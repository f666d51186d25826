"""A name in the Finnish inessive is where something is, no person (`finnish_inessives.py`):
"Zwitterissä", "Las Vegasissa" stay; a person in other cases ("Ahmedilla on kuumetta",
"Ahmedista"), a name that ends so ("Vanessa") and the person before a place ("Tim Brzęczyk
Zwitterissä") stay removed. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.finnish_inessives import inessive

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Asiasta kerrottiin Zwitterissä eilen illalla.", []),
        ("Hän kävi viime vuonna Las Vegasissa messuilla.", []),
        ("Potilas kertoi, että Ahmedilla on kuumetta.", ["Ahmedilla"]),
        ("Keskustelimme Ahmedista pitkään.", ["Ahmedista"]),
        ("Vanessa kertoi, että hän on väsynyt.", ["Vanessa"]),
        ("Asiasta kertoi Tim Brzęczyk Zwitterissä eilen.", ["Tim Brzęczyk"]),
    ],
)
def test_the_inessive_is_a_place(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


def test_the_inessive_only_in_finnish(redactor: Redactor) -> None:
    # outside Finnish the ending is no case: "Rossa" and the like stay names
    assert "Brzęczykissa" in removed(redactor, "Yesterday Brzęczykissa called the ward.")


def test_inessive_shape() -> None:
    assert inessive("Snapgramissa") and inessive("Pohjois-Koreassa")
    assert not inessive("Melissa") and not inessive("snapgramissa")
    assert not inessive("Ahmedilla")
