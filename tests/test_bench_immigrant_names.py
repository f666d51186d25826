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


def test_lower_case_is_typed_not_computed() -> None:
    from bench.immigrant_names import typed_lower

    assert typed_lower("Cavid İbrahimli") == "cavid ibrahimli"
    assert typed_lower("Şükrü") == "şükrü"


def test_registered_names_typed_in_lower_case_are_measured(capsys) -> None:
    from bench.immigrant_names import measure_registered

    rows = [("sv", "azerbaijani", "Sedan kom Xədicə hem.", "Xədicə", "Xədicə")]
    measure_registered(rows)
    out = capsys.readouterr().out
    assert "registered lower 1.000 (1/1)" in out and "registered plain 1.000 (1/1)" in out


def test_unmarked_is_the_bench_own() -> None:
    from bench.immigrant_names import unmarked

    assert unmarked("xədicə şükrü nguyễn łukasz") == "xedice sukru nguyen lukasz"
