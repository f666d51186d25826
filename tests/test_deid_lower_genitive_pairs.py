"""A given and a family name of the lexicon typed in lower case, the family name carrying the
genitive "s" of Swedish, Norwegian and Danish ("sandra larssons arbete"): the pair is taken as
the bare pair is (`lowercase_names._family_or_genitive`). An ordinary word with an "s" after a
given name stays ("anna hills hus": "hill" is a word)."""

from __future__ import annotations

import pytest
from casebook.deid.lowercase_names import _family_or_genitive
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


def test_a_family_name_with_its_genitive_s() -> None:
    assert _family_or_genitive("larssons")
    assert _family_or_genitive("larsson")
    assert not _family_or_genitive("hills")  # "hill": a word
    assert not _family_or_genitive("huss")


@pytest.mark.parametrize(
    "text",
    [
        "Och sandra larssons arbete som läkare?",
        "Vi snakket om monika johanssons nye jobb.",
    ],
)
def test_a_lower_case_pair_in_the_genitive_is_taken(redactor: Redactor, text: str) -> None:
    names = _names(redactor, text)
    assert len(names) == 1 and len(names[0].split()) == 2, names


def test_an_ordinary_word_with_s_after_a_given_name_stays(redactor: Redactor) -> None:
    assert _names(redactor, "Vi såg anna hills hus.") == []
