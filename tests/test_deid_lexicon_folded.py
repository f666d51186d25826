"""A name the lexicon holds only with diacritics ("Bašić") is not a name when written as a
common English word without them ("Basic", as in "Microsoft Basic")."""

from __future__ import annotations

from casebook.deid import Redactor, Registry, lexicon
from casebook.deid.registry import NameEntry


def _names(text: str) -> list[str]:
    registry = Registry([NameEntry(key="p0", canonical="Anna Berg", tag="[P0]", aliases=())])
    return [text[s.start : s.end] for s in Redactor(registry).spans(text) if s.kind == "name"]


def test_folded_spelling_that_is_an_english_word_is_no_name() -> None:
    assert "basic" not in lexicon.all_names()
    assert "magic" not in lexicon.all_names()
    assert "bašić" in lexicon.family_names()


def test_basic_in_software_text_is_kept() -> None:
    assert _names("Använd inte Basic som namn.") == []
    assert _names("Klicka på Microsoft Basic nu.") == []


def test_accented_and_swedish_folded_names_stay() -> None:
    assert "sodergren" in lexicon.all_names()
    assert "rosen" in lexicon.all_names()
    assert _names("Hon träffade Bašić i går.") == ["Bašić"]
    assert _names("Lena Rosen kom i dag.") != []
