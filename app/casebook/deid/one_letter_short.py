"""Whether a word may be a long word of a list with one letter left out, asked in C-sized steps.

`wordforms.slip_of_word` looks for the word a slip came from; its costliest search is for a
letter left out ("anändes" for "användes"), which tries every letter at every place of the
word: some 300 look-ups for a word of ten letters, asked of every distinct word no list
holds (a note in a language the lists know little of has many). Almost always none is a
word. A filter built once per word list says, from one hash of the word, that no word of the
list with one letter removed reads as it, and the search is skipped; when it may be, the
search runs as before, so the answer is always the one the search gives. The same filter
says where a key struck for its neighbour cannot be ("Dottwrn" for "dottern"): the word
with the letter at that place removed is the right word with its letter there removed, so
only the places whose removal the filter may hold are tried (`_Filter.places`).

The filter holds two bits per word-with-a-letter-removed (a Bloom filter of 2 MB): it never
says "no" for a word that is one, and says "maybe" for about 1 % of the others. It is set
with numpy (already installed for the agreement coefficients): the hashes are Python's, the
bits set in C, 0.24 s for the largest list where a Python loop setting bit by bit took 0.55 s.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy

_BITS = 1 << 24
_MASK = _BITS - 1
_SMALLEST = 1_000  # a shorter list is searched as it is: a filter would not repay its build
_KEPT = 8  # filters kept, one per word list (the lists are few and live as long as the process)


class _Filter:
    __slots__ = ("words", "_bits")

    def __init__(self, words: Collection[str], shortest: int, letters: str) -> None:
        self.words = words  # held, so that the list's id stays its own while the filter lives
        letter = frozenset(letters)
        hashes = numpy.fromiter(
            (
                hash(word[:at] + word[at + 1 :])
                for word in words
                if len(word) >= shortest
                for at, char in enumerate(word)
                if char in letter
            ),
            dtype=numpy.int64,
        )  # (Python's hash is a signed 64-bit integer: the same bits as `may_be` reads)
        flags = numpy.zeros(_BITS, dtype=bool)  # one byte per bit while setting, in C
        flags[hashes & _MASK] = True
        flags[(hashes >> 32) & _MASK] = True
        self._bits = numpy.packbits(flags, bitorder="little").tobytes()

    def may_be(self, word: str) -> bool:
        h = hash(word)
        first, second = h & _MASK, (h >> 32) & _MASK
        bits = self._bits
        return bool(bits[first >> 3] >> (first & 7) & 1 and bits[second >> 3] >> (second & 7) & 1)

    def places(self, words: Sequence[str]) -> list[int]:
        """The indexes of `words` that `may_be` says may be in the filter, in order (one
        Python loop: a call of `may_be` per word cost as much as the test)."""
        bits = self._bits
        out = []
        for at, word in enumerate(words):
            h = hash(word)
            first, second = h & _MASK, (h >> 32) & _MASK
            if bits[first >> 3] >> (first & 7) & 1 and bits[second >> 3] >> (second & 7) & 1:
                out.append(at)
        return out


_FILTERS: dict[tuple[int, int, str], _Filter] = {}  # by list, shortest word and letters
_ASKED: dict[tuple[int, int, str], int] = {}  # per filter not yet built, how often asked
_BUILD_SHARE = 75  # a list's filter is built once it was asked about one word per 75 of its
# words: once the searches it would have spared cost as much as building it (a search without
# it costs some 150 microseconds, the largest list's filter, 113,000 words, 0.22-0.25 s: 1,530
# words; round of 2026-12-05, where 40, 2,870 words, spent 0.4 s searching first). A sample
# of a few notes never builds one, and no release spends more than twice what the best
# moment to build would have cost; a release of notes in languages the lists know little of
# builds it early (the published sentences ask 9,000 per 0.66 MB)


def filter_for(words: Collection[str], shortest: int, letters: str) -> _Filter | None:
    """The filter of `words` for `shortest` and `letters`, built the first time it is worth
    building, or None while there is none: then every search runs."""
    if len(words) < _SMALLEST or not isinstance(words, frozenset):  # (a set may change)
        return None
    key = (id(words), shortest, letters)
    found = _FILTERS.get(key)
    if found is None or found.words is not words:
        if len(_ASKED) >= 4 * _KEPT:
            _ASKED.clear()
        asked = _ASKED[key] = _ASKED.get(key, 0) + 1
        if asked * _BUILD_SHARE < len(words):
            return None
        if len(_FILTERS) >= _KEPT:
            _FILTERS.clear()
            _ASKED.clear()
        found = _FILTERS[key] = _Filter(words, shortest, letters)
    return found


def may_be_short(word: str, words: Collection[str], shortest: int, letters: str) -> bool:
    """False only if no word of `words` of `shortest` letters or more, with one of its
    characters that is in `letters` removed, is `word`; True otherwise (then search)."""
    found = filter_for(words, shortest, letters)
    return found is None or found.may_be(word)
