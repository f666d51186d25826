"""Registered names typed in lower case and without their letters' marks: Azerbaijani "ə" has
no decomposition, so a keyboard without it gives "e" ("Xədicə Əliyeva" -> "xedice eliyeva");
ordinary words around and inside other words stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry, ascii_fold


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Xədicə Əliyeva", "[X]"),
            NameEntry("p:2", "Cavid Rüstəmli", "[C]"),
            NameEntry("p:3", "Zərifə Kərimli", "[Z]"),
        ]
    )


def test_schwa_folds_to_e() -> None:
    assert ascii_fold("xədicə") == "xedice"
    assert ascii_fold("əliyeva") == "eliyeva"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("xedice hadde pågangsmot.", "xedice"),
        ("Vi ringde till rustemli i går.", "rustemli"),
        ("Sie braucht Klarheit, sagt zerife.", "zerife"),
        ("Met Zerife Kerimli at the clinic.", "Kerimli"),
        ("Bush did not have zerife's eye on the ball.", "zerife"),
        ("På dei åtte åra cavid rustemli budde i Horten.", "rustemli"),
    ],
)
def test_schwa_names_typed_with_e(registry: Registry, text: str, name: str) -> None:
    out = redact(text, registry).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "The deli sells fresh bread every morning.",
        "Hon kände sig lite ledsen i dag.",
        "We used the eliminator twice.",
    ],
)
def test_ordinary_words_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text
