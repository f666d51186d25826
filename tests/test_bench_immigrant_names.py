"""`bench/immigrant_names.py`: a pronoun becomes a name of one of the groups, a possessive its
genitive, and sentences with digits are left out (no UD files needed)."""

from __future__ import annotations

from bench.immigrant_names import cases, genitive

GROUPS = {"turkish": (["Aylin"], ["Kaya"]), "polish": (["Marta"], ["Nowak"])}


def test_a_pronoun_becomes_a_name_and_a_possessive_its_genitive() -> None:
    rows = cases("sv", ["Sedan kom hon hem.", "Hans mamma ringde.", "Hon kom 3 maj."], GROUPS, 1)
    assert len(rows) == 2  # the sentence with a digit is skipped
    (_, first, written, name), (_, second, owner, _) = rows
    assert first == f"Sedan kom {written} hem." and written == name
    assert second.startswith(owner) and owner.endswith(("s", "'"))


def test_genitives() -> None:
    assert genitive("Aylin", "sv") == "Aylins"
    assert genitive("Jonas", "no") == "Jonas'"
    assert genitive("Dev", "en") == "Dev's"
