"""The treebank development set's Finnish and genitive forms, and its held-out split
(`bench.treebank_names`)."""

from __future__ import annotations

import pytest

from bench.treebank_names import finnish, held_out, short_name_vowel, written


@pytest.mark.parametrize(
    ("name", "case", "form"),
    [
        ("Stina", "lle", "Stinalle"),
        ("Jukka", "n", "Jukan"),
        ("Antti", "lle", "Antille"),
        ("Ahmed", "lla", "Ahmedilla"),
        ("Mäki", "ssa", "Mäkissä"),
        ("Vũ", "lle", "Vũlle"),
        ("Pekka", "ta", "Pekkaa"),
    ],
)
def test_finnish_cases(name: str, case: str, form: str) -> None:
    assert finnish(name, case) == form


def test_genitives() -> None:
    assert written("Sara", "sv", "gen") == "Saras"
    assert written("Jonas", "no", "gen") == "Jonas'"
    assert written("Dev", "en", "gen") == "Dev's"
    assert written("Nhiên Vũ", "fi", "n") == "Nhiên Vũn"


def test_the_held_out_pool_is_fixed() -> None:
    assert held_out("Zineb") == held_out("Zineb")
    assert short_name_vowel("ũ") and not short_name_vowel("d")
