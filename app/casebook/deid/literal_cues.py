"""Whether a text holds any of a few literal strings, in one pass.

Several passes skip a note that holds none of their cue words ("state", "Jalan", "Nagar")
before they run their own scan. Asked as `any(cue in text for cue in cues)` that is one C
string search of the whole note per cue (eighteen for `reporting_subjects`), which cost more
than the rest of those passes together; one Aho-Corasick automaton over all the cues reads
the note once. The answer is the same: whether some cue occurs, case and all.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick_rs


class AnyOf:
    """`AnyOf(cues).found_in(text)` is `any(cue in text for cue in cues)`."""

    __slots__ = ("_automaton",)

    def __init__(self, cues: Iterable[str]) -> None:
        words = sorted({cue for cue in cues if cue})
        if not words:
            raise ValueError("AnyOf needs at least one non-empty cue")
        self._automaton = ahocorasick_rs.AhoCorasick(
            words, implementation=ahocorasick_rs.Implementation.DFA
        )

    def found_in(self, text: str) -> bool:
        """Whether any of the cues occurs in `text` (as a substring, case-sensitive)."""
        return bool(self._automaton.find_matches_as_indexes(text))
