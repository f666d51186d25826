"""Misspelt registered names where a neighbour says who is meant (`deid/name_halves.py`,
`NearMisses.genitive`).

Causes read from validation H's misses, tested on sentences of our own:
- one half of a full name written right and the other misspelt by two or three slips
  ("Eabb Kronqvist"): the registered half says which person, so the other half is theirs;
- a misspelt name with the genitive "s" before a noun ("Aimras lägenhet"): the "s" made
  the slip one edit too many.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Ebba Kronqvist", "[patient P-1]"),
        NameEntry("p:2", "Ivar Sjögren", "[contact C-2]"),
        NameEntry("p:3", "Love Hedin", "[professional H-4]"),
        NameEntry("p:4", "Amira Holm", "[patient P-5]"),
        NameEntry("p:5", "Nils Jafari", "[contact C-6]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi bjöd in Eabb Kronqvist till mötet.", "Vi bjöd in [patient P-1] till mötet."),
        ("Vi väntade på Lvoc Hedin.", "Vi väntade på [professional H-4]."),
        (
            "Närvarande var Ivar Sjögren och Nils Jofarl.",
            "Närvarande var [contact C-2] och [contact C-6].",
        ),
    ],
)
def test_the_other_half_of_a_registered_name_misspelt(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor(text) == expected


def test_an_ordinary_word_after_a_given_name_is_not_taken_for_the_other_half(
    redactor: Redactor,
) -> None:
    assert "Jolly" in redactor("Then Nils Jolly phoned the ward.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amira Hals is her cousin.", "[patient P-5] [name] is her cousin."),
        # four slips from Kronqvist: another family, a stranger's half (`foreign_halves`)
        ("Ebba Kronberg is her aunt.", "[patient P-1] [name] is her aunt."),
    ],
)
def test_a_name_far_from_the_other_half_is_a_strangers_not_the_registered_persons(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aimras lägenhet är stökig igen.", "[patient P-5]s lägenhet är stökig igen."),
        (
            "The nurse said Hdeins office was closed.",
            "The nurse said [professional H-4]s office was closed.",
        ),
    ],
)
def test_a_misspelt_name_with_a_genitive_before_a_noun(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one slip from Holm made an ordinary word of it ("hole"): Amira's family name still
        (
            "Yesterday Amira Hole came by with the keys.",
            "Yesterday [patient P-5] came by with the keys.",
        ),
        ("Vi ringde Love Heden i går.", "Vi ringde [professional H-4] i går."),
    ],
)
def test_a_family_name_slipped_into_an_ordinary_word_after_its_given_name(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor(text) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Then Nils Jolly phoned the ward.", "Jolly"),  # far from Jafari
        ("Vi ringde Love Hem i går.", "Hem"),  # three slips from Hedin
        ("Amira Home Care called.", "Home"),  # the first letter kept, but two slips from Holm
    ],
)
def test_an_ordinary_word_further_from_the_family_name_is_not_taken_for_it(
    redactor: Redactor, text: str, word: str
) -> None:
    out = redactor(text)
    assert f" {word} " in out, out
