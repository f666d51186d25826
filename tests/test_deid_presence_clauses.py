"""The people of a clause of presence ("Paikalla oli myös Hilvi.", "Also present were ...")
are read as a list after a label of who was there (`casebook.deid.attendance_lists`); a
clause of presence that names things or roles removes nothing."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

from tests.deid_helpers import name_spans as _names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tapaaminen meni hyvin.\nPaikalla oli myös Hilvi.\n", ["Hilvi"]),
        ("Kokous alkoi. Läsnä olivat myös Hilvi ja Vella.", ["Hilvi", "Vella"]),
        ("The meeting ran late. Also present were Hilvi and Vella.", ["Hilvi", "Vella"]),
    ],
)
def test_people_of_a_presence_clause_are_names(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    found = _names(redactor, text)
    for name in names:
        assert any(name in f for f in found), (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "Mukana oli myös koira.",
        "Paikalla oli myös poliisi ja palokunta.",
        "Also present was the interpreter.",
        "Han var närvarande var dag.",
        "Present were all staff.",
    ],
)
def test_things_and_roles_present_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


def test_registered_name_in_lower_case_keeps_its_tag() -> None:
    entry = NameEntry(key="p0", canonical="Harri Berg", tag="[P0]", aliases=())
    spans = Redactor(Registry([entry])).spans("Kävimme läpi asiat.\nPaikalla oli myös harri.\n")
    assert [s.tag for s in spans if s.kind == "name"] == ["[P0]"]
