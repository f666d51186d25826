"""Phone numbers as Python Faker and mimesis write them (`bench/number_faker.py`): the area
code after the trunk "0" in parentheses ("(0308) 059204250") and two short opening groups
joined by dashes ("314-26-0026-0735") go with the number, not beside `[phone]`; and what
must stay (a year in parentheses, a number alone)."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from bench import number_faker
from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text,written",
    [
        ("Pappan lämnade mobile (0308) 059204250 till receptionen i går", "(0308) 059204250"),
        ("Pt. identified (Handy (0949) 057833470).", "(0949) 057833470"),
        ("Er nannte Telefon (04721) 123456789 und ging.", "(04721) 123456789"),
        ("Ny kontakt (314-26-0026-0735), se nedan.", "314-26-0026-0735"),
        ("Hon uppgav tel. 021-88-0026-0735 vid besöket.", "021-88-0026-0735"),
    ],
)
def test_opening_groups_go_with_the_number(redactor: Redactor, text: str, written: str) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Dosen (2005) 0701234567 gavs.", "(2005)"),  # a year, not an area code
        ("Ny kontakt (314-26-0026-0735), se nedan.", "Ny kontakt ("),  # brackets balanced
        ("Rum 12-14 på avdelning 3.", "Rum 12-14 på avdelning 3."),
        ("Summan 1 250 kr betalades.", "Summan 1 250 kr betalades."),
    ],
)
def test_what_must_stay(redactor: Redactor, text: str, kept: str) -> None:
    out = redactor(text)
    assert kept in out, out
    if kept == "Ny kontakt (":
        assert out.count("(") == out.count(")"), out


def test_bench_measures_every_library() -> None:
    figures = number_faker.run(per=1, seed=3, show=0)
    assert any(k.startswith("phone faker:phone_number") for k in figures)
    assert any(k.startswith("phone mimesis:telephone") for k in figures)
    assert any(k.startswith("id faker:ssn") for k in figures)
