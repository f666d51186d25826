"""First tests that pass over most of the work of a rule and change none of its answers: the
near-miss comparison picks its candidates by plain Levenshtein distance before measuring
transpositions. Every word here is our own."""

from __future__ import annotations

import pytest
from casebook.deid.nearmiss import _within
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

_FORMS = [
    "andersson",
    "kristina",
    "lindqvist",
    "åkesson",
    "howell",
    "powell",
    "miller",
    "mercer",
    "jukka",
    "thorfinnsson",
    "norell",
    "norlin",
    "sofia",
    "ebba",
    "hadad",
    "durmuş",
    "duran",
]
_WORDS = st.text(alphabet="adeiklnorsvåäöşth", min_size=3, max_size=12)


def _every_choice(query: str, choices: list[str], cutoff: int) -> list[tuple[int, int]]:
    return sorted(
        (index, distance)
        for _form, distance, index in process.extract(
            query, choices, scorer=DamerauLevenshtein.distance, score_cutoff=cutoff, limit=None
        )
    )


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.integers(min_value=0, max_value=2))
def test_near_forms_are_the_ones_measuring_every_form_finds(word: str, cutoff: int) -> None:
    assert sorted(_within(word, _FORMS, cutoff)) == _every_choice(word, _FORMS, cutoff)


def test_a_transposition_on_top_of_a_slip_is_still_within_two() -> None:
    # Levenshtein counts "ilndqvist" as two edits, a transposition as one: both kept.
    assert _within("ilndqvist", _FORMS, 1) == [(2, 1)]
    assert _within("lidnqvisst", _FORMS, 2) == [(2, 2)]
    assert _within("hwoell", _FORMS, 1) == [(4, 1)]
    assert _within("sofia", _FORMS, 0) == [(12, 0)]
    assert _within("table", _FORMS, 1) == []


def test_every_common_word_is_a_known_word() -> None:
    from casebook.deid import vocab

    assert vocab.common_words() <= vocab.known_words()


@pytest.mark.parametrize(
    "word", ["föresllår", "explanied", "anändes", "jesper", "vääninnan", "atnecknade", "gestursson"]
)
def test_the_shared_slip_answers_are_the_searches_of_each_list(word: str) -> None:
    from casebook.deid import vocab, wordforms

    assert vocab.slip_of_known(word) == wordforms.slip_of_word(word, vocab.known_words())
    assert vocab.slip_of_common(word) == wordforms.slip_of_word(word, vocab.common_words())


def test_a_slip_of_a_common_word_is_found_after_the_known_words_were_asked() -> None:
    from casebook.deid import vocab

    assert vocab.slip_of_common("föresllår") == "föreslår"
    assert vocab.slip_of_known("föresllår") == "föreslår"
    assert vocab.slip_of_common("gestursson") is None
