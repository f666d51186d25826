"""A long note (an article or a transcript pasted whole) costs time in proportion to its
length: the structures that replace a walk over every span or a search per word answer
exactly what the walk and the search answered."""

from __future__ import annotations

import random

import pytest
from casebook.deid.overlaps import Overlaps


def _naive_hit(spans: list[tuple[int, int, bool]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _n in spans)


def test_the_overlap_index_answers_as_a_walk_over_every_span() -> None:
    """Unsorted, overlapping, nested and empty spans, and stretches of every kind."""
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            s = rng.randrange(0, 60)
            spans.append((s, s + rng.randrange(0, 15), rng.random() < 0.5))
        index = Overlaps(spans)
        for _ in range(40):
            start = rng.randrange(0, 70)
            end = start + rng.randrange(0, 12)
            assert index.hit(start, end) == _naive_hit(spans, start, end), (spans, start, end)


def test_the_overlap_index_sees_a_touching_span_as_no_overlap() -> None:
    index = Overlaps([(10, 20, True), (30, 30, False)])
    assert not index.hit(0, 10) and not index.hit(20, 25)
    assert index.hit(19, 21) and index.hit(5, 11)
    assert index.hit(29, 31)  # an empty span strictly inside the stretch
    assert not Overlaps([]).hit(0, 100)


_ALPHABET = "aAbBöÖ _-'²½1\n.Ωé"  # letters, word characters that are no letters, others


def _random_text(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(size))


def _reference_letters(text: str, words: list[str]) -> list[tuple[int, str]]:
    """Every place a word stands with no letter right before or after it."""
    return sorted(
        (at, w)
        for w in words
        for at in range(len(text) - len(w) + 1)
        if text.startswith(w, at)
        and (at == 0 or not text[at - 1].isalpha())
        and (at + len(w) == len(text) or not text[at + len(w)].isalpha())
    )


def _reference_word(low: str, words: list[str]) -> list[tuple[int, int]]:
    def word_char(c: str) -> bool:
        return c.isalnum() or c == "_"

    return sorted(
        (at, at + len(w))
        for w in words
        for at in range(len(low) - len(w) + 1)
        if low.startswith(w, at)
        and (at == 0 or not word_char(low[at - 1]))
        and (at + len(w) == len(low) or not word_char(low[at + len(w)]))
    )


def test_whole_words_are_found_alike_in_one_pass_and_word_by_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Short notes are searched word by word, long ones in one pass of runs: both give the
    places a search at every offset gives, with numeric characters beside letters ("Ab²")."""
    from casebook.deid import whole_words

    rng = random.Random(11)
    for _ in range(200):
        text = _random_text(rng, rng.randrange(0, 80))
        pieces = {p for p in text.replace("\n", " ").split() if p}
        words = sorted({p for p in pieces if p.isalpha()} | {"ab", "Ab²", "ö", "b"})
        low_words = sorted({w for w in words if all(c.isalnum() or c == "_" for c in w)})
        for threshold in (-1, 10**12):  # one pass always, word by word always
            monkeypatch.setattr(whole_words, "ONE_PASS_FROM", threshold)
            assert whole_words.between_non_letters(text, words) == _reference_letters(
                text, words
            ), (text, words, threshold)
            assert sorted(whole_words.between_non_word(text, low_words)) == _reference_word(
                text, low_words
            ), (text, low_words, threshold)


def test_a_long_note_finds_the_same_names_as_its_parts() -> None:
    """The same strangers, capitalised and in lower case, in a note long enough to be read
    in one pass as in its short paragraphs."""
    from casebook.deid import NameEntry, Redactor, Registry

    paragraph = (
        "Samtal med Zoja Rubene om boendet. kontakt: niklas lindbäck, 072-123 45 67.\n"
        "Hon träffade Per igår och pratade med obdulia från sahlgrenska.\n"
    )
    redactor = Redactor(Registry([NameEntry("p:1", "Per Lind", "[patient P-1]")]))
    short = redactor.redact(paragraph).text
    assert "Zoja" not in short and "lindbäck" not in short and "[patient P-1]" in short
    assert redactor.redact(paragraph * 400).text == short * 400


def test_a_place_named_elsewhere_is_found_as_by_its_pattern() -> None:
    """The genitive rule's search for the word after a place word ("to Mölna") finds what
    the pattern it replaces found, at the note's edges, after tabs, inside longer words and
    beside digits and numeric characters."""
    import re

    from casebook.deid import owner_genitives

    rng = random.Random(5)
    pieces = [
        "to",
        "in",
        "i",
        "på",
        "från",
        "into",
        "mölna",
        "mölnas",
        " ",
        "\t",
        "x",
        "2",
        "²",
        "_",
        ". ",
        "ai",
        "near",
    ]
    for _ in range(3000):
        low = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        bare = rng.choice(["mölna", "mölnas", "ölna", "to"])
        pattern = owner_genitives._PLACE_BEFORE + re.escape(bare) + r"(?![^\W\d_])"
        expected = re.search(pattern, low) is not None
        assert owner_genitives._a_place_elsewhere(low, bare) == expected, (low, bare)
