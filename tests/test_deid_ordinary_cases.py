"""A registered name that is an ordinary word, in lower case with a Finnish case ending of
three letters or more, is the person (`casebook.deid.ordinary_cases`); the bare word, its
genitive and words of the neighbour languages stay."""

from __future__ import annotations

import pytest
from casebook.deid.ordinary_cases import unmistakable
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Klara Ek", "[K]"),
            NameEntry("p:2", "Rosa Falk", "[R]"),
            NameEntry("p:3", "Dag Lund", "[D]"),
            NameEntry("p:4", "Per Lind", "[P]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kirje klaralle lähti eilen.", "klaralle"),
        ("Soitin klaralle eilen.", "klaralle"),
        ("Sovittiin rosalla käynnistä.", "rosalla"),
        ("Puhuin dagille puhelimessa.", "dagille"),
        ("Tieto tuli klaralta aamulla.", "klaralta"),
    ],
)
def test_cases_of_registered_ordinary_words(registry: Registry, text: str, name: str) -> None:
    out = redact(text, registry).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Hon är klar med det.",
        "Det var en rosa klänning.",
        "Vi ses i morgon, god dag.",
        "Hän pääsi perille ajoissa.",  # "perille": a Finnish word, not Per's case
        "Vi kommer att klara det till hösten.",
        "Dagen efter kom hon tillbaka.",
    ],
)
def test_words_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_unmistakable_needs_the_whole_base_and_a_long_ending() -> None:
    assert unmistakable("klaralle", "klara")
    assert not unmistakable("klaran", "klara")
    assert not unmistakable("bolle", "bo")
