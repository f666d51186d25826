"""The redactor's rules share work per distinct word and per note, and read every note as
before: the neighbour-language counts of a sentence (`note_language._scores`, one weight
per distinct word instead of one look-up per word and language group). Every sentence here
is our own."""

from __future__ import annotations

import pytest
from casebook.deid import note_language
from hypothesis import given, settings
from hypothesis import strategies as st


def _scores_before(words: list[str]) -> dict[str, int]:
    """Each group's count as it was read: one look-up per word and group."""
    return {
        g: sum(map(note_language._group_words(g).__contains__, words))
        for g in ("nbda", "fi", "de", "sv", "en")
    }


_WORDS = st.lists(
    st.sampled_from(
        """og ikke hun jeg kom hjem sa at var trett meget ja hän oli kotona mutta ei tullut
        että und ist nicht mit ich wir auf hon hem och att trött inte she came home and said
        that was tired the patient ringde igen xqzv Og Hun ß i en de""".split()
    ),
    max_size=30,
)


@settings(max_examples=400, deadline=None)
@given(_WORDS)
def test_every_group_is_counted_as_by_one_look_up_per_group(words: list[str]) -> None:
    assert note_language._scores(words) == _scores_before(words)


def test_a_sentence_longer_than_a_count_field_is_counted_as_before() -> None:
    words = ["og", "hun", "och", "the", "hän"] * 1000  # 1,000 of each: more than a field holds
    assert note_language._scores(words) == _scores_before(words)
    assert note_language._language_of.__wrapped__(" ".join(words)) is None


def test_the_weights_stay_bounded_and_a_dropped_word_is_weighed_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = "hun kom hjem og sa at hun var trett".split()
    expected = _scores_before(words)
    monkeypatch.setattr(note_language, "_WEIGHTS_MAX", 3)
    note_language._WEIGHTS.clear()
    assert note_language._scores(words) == expected
    assert len(note_language._WEIGHTS) <= 3
    assert note_language._scores(words) == expected
    note_language._WEIGHTS.clear()


def test_the_neighbour_language_of_a_sentence_is_guessed_as_before() -> None:
    assert note_language._language_of.__wrapped__("hun kom hjem og sa at hun var trett") == (
        "nb",
        "da",
    )
    assert note_language._language_of.__wrapped__("hän oli kotona mutta ei tullut") == ("fi",)
    assert note_language._language_of.__wrapped__("hon kom hem och sa att hon var trött") is None
    text = "Hun sa at Ingrid ikke kom hjem i går."
    assert note_language.sentence_language(text, 11, 17, count_word=False) == ("nb", "da")
