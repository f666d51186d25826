"""A capitalised word is judged once and its class resolved per language guess
(`by_language`): the same classes as judging it again under each language."""

from __future__ import annotations

from casebook.deid import by_language
from casebook.deid.registry import Registry
from casebook.deid.unregistered import UnregisteredNames


def test_either_resolves_on_the_language_s_common_words() -> None:
    kind = by_language.Either("inga", "C", "N")
    assert by_language.resolve(kind, frozenset({"inga"})) == "C"
    assert by_language.resolve(kind, frozenset()) == "N"
    assert by_language.resolve("P", frozenset({"inga"})) == "P"
    assert by_language.resolve(None, frozenset()) is None


def test_swedish_role_shorthand_is_no_class_in_a_swedish_note_only() -> None:
    sets = [("sv", "en"), ("sv",), ("en",)]
    common = {langs: frozenset() for langs in sets}
    assert by_language.per_language("U", "Ssk", sets, common) == (None, None, "U")
    assert by_language.per_language("U", "Kiki", sets, common) == ("U", "U", "U")


def test_a_name_that_is_a_swedish_word_and_a_genitive() -> None:
    """ "Inga" is a name in an English note, a word in a Swedish one; "Majas" the genitive of
    a name in both."""
    finder = UnregisteredNames(Registry([]), ("sv", "en"), ())
    sets = finder._sets
    inga = finder._word_kind("Inga")
    assert inga == by_language.Either("inga", "C", "N")
    classes = by_language.per_language(inga, "Inga", sets, finder._common)
    assert classes[sets.index(("sv",))] == "C"
    assert classes[sets.index(("en",))] == "N"
    majas = finder._word_kind("Majas")
    assert majas == by_language.Either("maja", "U", "N+s")
    assert set(by_language.per_language(majas, "Majas", sets, finder._common)) == {"N+s"}
    assert finder.word_class("Inga") == "C"  # ordinary in one of the study's languages
