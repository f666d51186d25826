"""The white-space tokens of a lower-cased note, split once per note.

Several passes read a note as the set of its tokens: the neighbour-language check of the
registered homographs (`neighbour_homographs`) and the lower-case passes of the unregistered
names (`unregistered.find`: `lowercase_names`, `registered_cases`, `caseless`). Each used to
split the whole note itself; `tokens` splits it once (the last few notes are kept, so the
passes of one note share one split).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4)
def tokens(low: str) -> frozenset[str]:
    """`frozenset(low.split())`: the distinct white-space tokens of `low`."""
    return frozenset(low.split())
