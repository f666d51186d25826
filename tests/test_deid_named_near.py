"""A misspelt registered name that a stranger rule found gets its person's tag
(`casebook.deid.named_near`), and of people as near, the one whose name begins as the word
does (`casebook.deid.nearmiss`)."""

from __future__ import annotations

import pytest
from casebook.deid.nearmiss import NearMisses
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry

PEOPLE = [
    NameEntry("p:1", "Stepan Mihran", "[P1]"),
    NameEntry("p:2", "Katarina Kozina", "[P2]"),
    NameEntry("p:3", "Maurice Howell", "[P3]"),
    NameEntry("p:4", "Ada Powell", "[P4]"),
    NameEntry("p:5", "Marta Lindqvist", "[P5]"),
    NameEntry("p:6", "Ove Sorensen", "[P6]"),
    NameEntry("p:7", "Siv Lorentsen", "[P7]"),
]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry(PEOPLE))


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Mum says Stepalm has been helping with the shopping.", "Stepalm", "[P1]"),
        ("Ifølge Kozna er det roligere hjemme nå.", "Kozna", "[P2]"),
        ("Møtte Kozinna på dagsenteret, vi snakket om søvnen.", "Kozinna", "[P2]"),
        ("Discussed with Sorentsen whether to change the dose.", "Sorentsen", "[P6]"),
        ("Discussed with Lorensen whether to change the dose.", "Lorensen", "[P7]"),
    ],
)
def test_a_misspelt_registered_name_gets_its_person(
    redactor: Redactor, text: str, word: str, tag: str
) -> None:
    out = redact(text, redactor).text
    assert word not in out
    assert tag in out
    assert "[name]" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Mum says Maria has been helping with the shopping.",  # a name of its own: Marta's?
        "Mum says Zorbulak has been helping with the shopping.",  # near nobody
    ],
)
def test_a_stranger_stays_a_stranger(redactor: Redactor, text: str) -> None:
    out = redact(text, redactor).text
    assert "[name]" in out
    assert "[P5]" not in out


def test_of_forms_as_near_the_one_that_begins_alike() -> None:
    near = NearMisses(Registry(PEOPLE))
    found = near.find("sorentsen")  # a letter added to Sorensen, or the first changed
    assert found is not None and found.forms == ("sorensen",)
    other = near.find("lorensen")  # a letter dropped from Lorentsen, or the first changed
    assert other is not None and other.forms == ("lorentsen",)
    neither = near.find("korentsen")  # one edit from Lorentsen only: the nearest counts
    assert neither is not None and neither.forms == ("lorentsen",)


def test_the_s_of_a_name_that_ends_in_s_is_no_genitive() -> None:
    registry = Registry([NameEntry("p:1", "Ragnvald Raanaas", "[R]")])
    assert redact("Jeg snakket med Ranaas om husleia.", registry).text == (
        "Jeg snakket med [R] om husleia."
    )
