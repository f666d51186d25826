"""Frequent English words of speech and the forums that Debian's plain word lists lack and
hunspell-en-us accepts in lower case only (`data/spoken_en.txt`, `bench/build_spoken_words.py
--lang en`): an interjection opening a comment, capitalised, is a word, not a stranger's name;
a name in the same place is still removed."""

from __future__ import annotations

import pytest

from tests.deid_helpers import name_spans, numbered_redactor

REDACTOR = numbered_redactor(["Joy Barnes", "Kari Moen"])


@pytest.mark.parametrize(
    "text",
    [
        "Saw the photos you posted. Yikes, that storm looked rough.",
        "Saw the photos you posted. Congrats on the new job, well earned.",
        "I read the thread twice. Dammit, I missed the deadline again.",
        "I read the thread twice. Yah, that is how it went for me too.",
    ],
)
def test_a_word_of_speech_opening_a_comment_is_no_name(text: str) -> None:
    assert name_spans(REDACTOR, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Saw the photos you posted. Wubshet said that storm looked rough.", "Wubshet"),
        ("I read the thread twice. Kari, I missed the deadline again.", "Kari"),
    ],
)
def test_a_name_opening_a_comment_is_still_removed(text: str, name: str) -> None:
    assert name_spans(REDACTOR, text) == [name]


def test_the_spoken_words_are_common_english_words_and_no_name() -> None:
    from casebook.deid import lexicon, vocab

    spoken = vocab._read("spoken_en.txt")
    assert {"yikes", "congrats", "dammit"} <= spoken <= vocab.common_words(("en",))
    assert not spoken & (lexicon.all_names() | lexicon.places())
    assert not spoken & vocab.common_words(("sv",))  # English only: "May" stays a name there
