"""A double given name joined by a hyphen with a registered name as one or both of its parts
("Ville-Pekka" where Pekka is registered, "Aino-Elina" where both are): the whole is a
stranger's given name, redacted whole as `[name]` with the family name after it, even one
that is a town's ("Veli-Pekka Heinola"). Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor

from tests.deid_helpers import name_spans, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(["Aino Lind", "Elina Berg", "Pekka Nieminen", "Veli Ek", "Maja Ek"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Aino-Elina Valmunen: tack för i dag.", ["Aino-Elina Valmunen"]),
        ("Det var Veli-Pekka Heinola som tog upp frågan.", ["Veli-Pekka Heinola"]),
        ("Ville-Pekka: vi ses i morgon.", ["Ville-Pekka"]),
        ("Til stede: Esa-Pekka Korkiakangas og meg.", ["Esa-Pekka Korkiakangas"]),
        ("Vi mötte Maja-Lena Valmunen i går.", ["Maja-Lena Valmunen"]),
    ],
)
def test_double_given_name_is_redacted_whole(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert name_spans(redactor, text) == names


def test_double_given_name_is_nobodys_tag(redactor: Redactor) -> None:
    text = "Det var Veli-Pekka som ringde."
    (span,) = [s for s in redactor.spans(text) if s.kind == "name"]
    assert (text[span.start : span.end], span.tag) == ("Veli-Pekka", "[name]")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an ordinary word after the double name is no family name
        ("Hon sa att Maja-Lena Skola var stängd.", ["Maja-Lena"]),
        # a first part that is an ordinary word makes no double name
        ("Anti-Maja var rubriken.", ["Maja"]),
        # a full name before a second family name keeps its person
        ("Pekka Nieminen-Lind kom sent.", ["Pekka Nieminen-Lind"]),
    ],
)
def test_what_stays_outside(redactor: Redactor, text: str, names: list[str]) -> None:
    assert name_spans(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # a registered double name misspelt keeps its person
        ("Det var Hiilda-Hilma Loftin som kom.", "[P1]"),
        # another double name sharing a registered double name's second part is nobody's
        ("Det var Veli-Pekka Heinola som kom.", "[name]"),
        ("Det var Juha-Pekka som kom.", "[P0]"),
    ],
)
def test_registered_double_names_keep_their_person(text: str, tag: str) -> None:
    redactor = numbered_redactor(["Juha-Pekka Lind", "Hilda-Hilma Loftin", "Hilma Ek"])
    (span,) = [s for s in redactor.spans(text) if s.kind == "name"]
    assert span.tag == tag
