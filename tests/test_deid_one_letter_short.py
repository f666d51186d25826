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
    monkeypatch.setattr(one_letter_short, "filter_for", lambda *_args: None)
    searched = [wordforms.slip_of_word(w, common) for w in words]
    monkeypatch.undo()
    monkeypatch.setattr(one_letter_short, "_BUILD_SHARE", 10**9)
    monkeypatch.setattr(one_letter_short, "_FILTERS", {})
    assert [wordforms.slip_of_word(w, common) for w in words] == searched
    assert searched[0] == "användes" and searched[3] == "dottern" and searched[-1] is None
    assert one_letter_short._FILTERS  # the filter was built and asked


def _slips(seed: int, count: int) -> list[str]:
    """Words one slip from common words of seven letters or more, each slip that
    `slip_of_word` looks for (a key struck for its neighbour, a letter left out, one in
    excess, two swapped), the words themselves, and words no list holds."""
    rng = random.Random(seed)
    out = []
    for word in rng.sample(sorted(w for w in vocab.common_words() if len(w) >= 7), count):
        at = rng.randrange(len(word))
        near = wordforms._NEIGHBOURS.get(word[at], "")
        if near:
            out.append(word[:at] + rng.choice(near) + word[at + 1 :])
        out.append(word[:at] + word[at + 1 :])
        out.append(word[:at] + rng.choice(LETTERS) + word[at:])
        if at + 1 < len(word):
            out.append(word[:at] + word[at + 1] + word[at] + word[at + 2 :])
        out.append(word)
        out.append("".join(rng.choices("bcdfghklmnprstvaeiouyåäö", k=len(word))))
    return out


def _slip_before(word: str, words: frozenset[str]) -> str | None:
    """`wordforms.slip_of_word` as it was before the filter also pruned the places where a key
    may have been struck for its neighbour (round of 2026-12-05): kept to compare with."""
    length = len(word)
    if length == 5 and word.isalpha() and word[-1] not in wordforms._VOWELS + word[-2]:
        return wordforms._first_in([word + word[-1]], words)
    if length < 6 or not word.isalpha():
        return None
    splits = [(word[:i], word[i:]) for i in range(length + 1)]
    if length > 6:
        candidates = []
        for a, b in splits[:-1]:
            candidates.append(a + b[1:])
            if len(b) > 1 and b[0] != b[1]:
                candidates.append(a + b[1] + b[0] + b[2:])
    else:
        candidates = [a + b[1] + b[0] + b[2:] for a, b in splits[:-2] if b[0] != b[1]]
    found = wordforms._first_in(candidates, words)
    if found is None and length + 1 >= 8:
        found = wordforms._first_in([a + c + b for a, b in splits for c in LETTERS], words)
    if found is None and length >= 7:
        found = wordforms._first_in(
            [
                word[:i] + key + word[i + 1 :]
                for i, c in enumerate(word)
                for key in wordforms._NEIGHBOURS.get(c, "")
            ],
            words,
        )
    return found


def test_slips_with_the_filter_are_the_searches_of_every_place(monkeypatch) -> None:
    monkeypatch.setattr(one_letter_short, "_BUILD_SHARE", 10**9)  # the filter at once
    monkeypatch.setattr(one_letter_short, "_FILTERS", {})
    words = vocab.common_words()
    asked = _slips(7, 400)
    found = [wordforms.slip_of_word(w, words) for w in asked]
    assert one_letter_short._FILTERS  # built, and asked below
    assert found == [_slip_before(w, words) for w in asked]
    assert sum(f is not None for f in found) > len(asked) // 3  # (many slips are found)
    assert wordforms.slip_of_word("dottwrn", words) == "dottern"  # a neighbour's key


def test_the_places_the_filter_may_hold_are_those_may_be_says() -> None:
    found = _Filter(vocab.common_words(), 7, LETTERS)
    asked = _slips(11, 200)
    assert found.places(asked) == [i for i, w in enumerate(asked) if found.may_be(w)]
    assert found.places(["användes"[:3] + "ndes", "qzxwvyqz"])[:1] == [0]  # "anändes": a
    # letter removed from a common word


def test_a_filter_of_longer_words_is_never_used_for_shorter_ones(monkeypatch) -> None:
    monkeypatch.setattr(one_letter_short, "_BUILD_SHARE", 10**9)
    monkeypatch.setattr(one_letter_short, "_FILTERS", {})
    words = vocab.common_words()
    seven = next(w for w in sorted(words) if len(w) == 7 and w.isalpha())
    assert one_letter_short.filter_for(words, 8, LETTERS) is not None
    shorter = one_letter_short.filter_for(words, 7, LETTERS)
    assert shorter is not None and shorter.may_be(seven[1:])  # not the filter of 8 letters


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


def test_the_common_words_are_one_set_however_they_are_asked_for() -> None:
    # One set, so one slip filter and one count of searches before it is built.
    assert vocab.common_words() is vocab.common_words(vocab.LANGUAGES)
    assert vocab.common_words(("sv",)) is vocab.common_words(("sv",))
    assert "tyvärr" in vocab.common_words(("sv",)) and "tyvärr" not in vocab.common_words(("en",))
