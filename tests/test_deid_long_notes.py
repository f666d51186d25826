"""A long note (an article or a transcript pasted whole) costs time in proportion to its
length: the structures that replace a walk over every span or a search per word answer
exactly what the walk and the search answered."""

from __future__ import annotations

import random

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
