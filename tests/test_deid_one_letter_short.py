"""The filter that lets `slip_of_word` skip its search for a letter left out: it never hides
a word that search would find, so the answers are the search's."""

from __future__ import annotations

import random

from casebook.deid import one_letter_short, vocab, wordforms
from casebook.deid.one_letter_short import _Filter, may_be_short

LETTERS = wordforms._LETTERS


def test_every_word_with_a_letter_removed_may_be_short() -> None:
    words = frozenset(w for w in vocab.common_words() if len(w) >= 8)
    found = _Filter(words, 8, LETTERS)
    for word in sorted(words)[:2000]:
        for at, char in enumerate(word):
            if char in LETTERS:
                assert found.may_be(word[:at] + word[at + 1 :]), word


def test_most_other_words_are_not() -> None:
    found = _Filter(vocab.common_words(), 8, LETTERS)
    strangers = ["qzxwvy" + "".join(random.Random(i).choices("bcdfg", k=4)) for i in range(500)]
    assert sum(found.may_be(w) for w in strangers) < 25  # about 1 % say "maybe"


def test_a_small_list_or_a_set_that_may_change_is_searched() -> None:
    assert may_be_short("qqqqqqqq", frozenset({"användes"}), 8, LETTERS)
    assert may_be_short("qqqqqqqq", set(vocab.common_words()), 8, LETTERS)


def test_no_filter_is_built_for_a_list_asked_about_few_words(monkeypatch) -> None:
    monkeypatch.setattr(one_letter_short, "_FILTERS", {})
    monkeypatch.setattr(one_letter_short, "_ASKED", {})
    for _ in range(100):
        assert may_be_short("qqqqqqqq", vocab.known_words(), 8, LETTERS)
    assert not one_letter_short._FILTERS


def test_slips_are_the_same_with_the_filter_built(monkeypatch) -> None:
    common = vocab.common_words()
    words = ["anändes", "föresllår", "explanied", "dottwrn", "sjukskötersksn", "qwzxqwzxqw"]
    monkeypatch.setattr(one_letter_short, "may_be_short", lambda *_args: True)
    searched = [wordforms.slip_of_word(w, common) for w in words]
    monkeypatch.undo()
    monkeypatch.setattr(one_letter_short, "_BUILD_SHARE", 10**9)
    monkeypatch.setattr(one_letter_short, "_FILTERS", {})
    assert [wordforms.slip_of_word(w, common) for w in words] == searched
    assert searched[0] == "användes" and searched[-1] is None
    assert one_letter_short._FILTERS  # the filter was built and asked


def _bits_one_by_one(words: frozenset[str], shortest: int, letters: str) -> bytes:
    """The filter's bits as they were set before numpy set them: a Python loop, bit by bit."""
    bits = bytearray(one_letter_short._BITS >> 3)
    mask = one_letter_short._MASK
    for word in words:
        if len(word) < shortest:
            continue
        for at, char in enumerate(word):
            if char in letters:
                h = hash(word[:at] + word[at + 1 :])
                first, second = h & mask, (h >> 32) & mask
                bits[first >> 3] |= 1 << (first & 7)
                bits[second >> 3] |= 1 << (second & 7)
    return bytes(bits)


def test_the_bits_set_in_c_are_the_ones_the_loop_set() -> None:
    words = frozenset(sorted(vocab.common_words())[::20]) | {"användes", "sköterskan"}
    assert bytes(_Filter(words, 8, LETTERS)._bits) == _bits_one_by_one(words, 8, LETTERS)
    assert bytes(_Filter(words, 6, "abc")._bits) == _bits_one_by_one(words, 6, "abc")
