"""The white-space tokens of a lower-cased note, and the runs of letters in them, read once
per note and once per distinct token.

Several passes read a note as the set of its tokens: the neighbour-language check of the
registered homographs (`neighbour_homographs`) and the lower-case passes of the unregistered
names (`unregistered.find`: `lowercase_names`, `registered_cases`, `caseless`). Each used to
split the whole note itself; `tokens` splits it once (the last few notes are kept, so the
passes of one note share one split).

`RunsAmong(words).among` gives the runs of letters (`[^\\W\\d_]+`) of a note that are among
a few `words` (`person_slots`' relation words), as a scan of the whole note would: no white
space is a letter, so every run lies inside one token; each distinct token's runs, and its
share of the words (mostly none), are read once (bounded tables), so a note costs one look-up
per distinct token and no set of all its runs is built.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_RUNS_MAX = 1 << 17  # distinct tokens kept (bounded: cleared when full)


@lru_cache(maxsize=4)
def tokens(low: str) -> frozenset[str]:
    """`frozenset(low.split())`: the distinct white-space tokens of `low`."""
    return frozenset(low.split())


class _RunTable(dict[str, tuple[str, ...]]):
    """Token -> the runs of letters in it; looked up in C for the tokens seen before. (Tuples:
    a tuple of strings leaves the garbage collector's lists, a frozenset stays on them and
    every full collection would walk the table.)"""

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= _RUNS_MAX:
            self.clear()
        runs = self[token] = tuple(_LETTER_RUN.findall(token))
        return runs


_RUNS = _RunTable()


class _AmongTable(dict[str, tuple[str, ...]]):
    """Token -> its runs of letters that are among `words`; looked up in C; bounded."""

    __slots__ = ("_words",)

    def __init__(self, words: frozenset[str]) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= _RUNS_MAX:
            self.clear()
        words = self._words
        runs = self[token] = tuple(w for w in _RUNS[token] if w in words)
        return runs


class RunsAmong:
    """`RunsAmong(words).among(low)` is `words & set(re.findall(r"[^\\W\\d_]+", low))`: the
    runs of letters of the lower-cased note `low` that are among `words`."""

    __slots__ = ("_table",)

    def __init__(self, words: frozenset[str]) -> None:
        self._table = _AmongTable(words)

    def among(self, low: str) -> set[str]:
        """The runs of letters of `low` that are among the words."""
        return set().union(*filter(None, map(self._table.__getitem__, tokens(low))))
