"""Whether a stretch of a note overlaps any of the spans already taken, in logarithmic time.

The redactor's later passes ask this once per candidate word. Asked by walking every span
taken, a long note (a published article pasted whole, a transcript) costs the number of
candidates times the number of spans: quadratic in the note's length. `Overlaps` answers
the same question (`any(s < end and start < e for s, e in spans)`, for any spans: unsorted,
overlapping or empty) from the spans sorted by start and the furthest end among each prefix.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Overlaps:
    """The spans (start, end, ...) taken in a note, for overlap questions."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int] | tuple[int, int, bool]]) -> None:
        ordered = sorted((span[0], span[1]) for span in spans)
        self._starts = [start for start, _end in ordered]
        # the furthest end of the spans up to each one, in start order
        self._reach = list(accumulate((end for _start, end in ordered), max))

    def hit(self, start: int, end: int) -> bool:
        """Whether some span (s, e) has s < end and start < e."""
        before = bisect_left(self._starts, end)  # the spans that start before `end`
        return before > 0 and self._reach[before - 1] > start
