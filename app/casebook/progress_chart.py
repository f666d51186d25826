"""The dashboard's progress picture: for each case (a row) and wave (a column), a bar of its
complete interviews, drafts and people still to interview, and a thinner bar of its
observations, all on one scale. The geometry is computed here from the same cells as the
dashboard's table (`casebook.progress.study_progress`); the template draws it as an inline
SVG, so it needs no script and no inline style (Casebook's CSP allows neither)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from casebook.progress import Cell

WIDTH = 760  # the viewBox; the picture scales to the page (820 px tablets included)
LABEL_WIDTH = 120
HEADER = 28
ROW = 34
BAR = 14
OBSERVATION_BAR = 6
GAP = 16
KINDS = ("complete", "draft", "missing")
OBSERVATION_KINDS = ("observed", "observation_draft")


@dataclass(frozen=True)
class Segment:
    kind: str  # one of KINDS or OBSERVATION_KINDS
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Bar:
    """One case in one wave."""

    case: str
    wave: str
    complete: int
    draft: int
    missing: int
    observed: int
    observation_drafts: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ProgressChart:
    width: int
    height: int
    columns: tuple[tuple[str, float], ...]  # (wave id, x of the column's start)
    rows: tuple[tuple[str, float], ...]  # (case code, y of the row's middle)
    bars: tuple[Bar, ...]
    largest: int  # what a full-width bar stands for


def progress_chart(
    cases: Iterable[Mapping[str, Any]],
    waves: Iterable[Mapping[str, Any]],
    progress: Mapping[tuple[int, str], Cell],
) -> ProgressChart:
    """The picture of `progress` (cells keyed by case id and wave id) for these cases and
    waves, in their order."""
    cases, waves = list(cases), list(waves)
    column = (WIDTH - LABEL_WIDTH) / max(len(waves), 1)
    counts = {key: _counts(cell) for key, cell in progress.items()}
    largest = max([max(sum(c[:3]), sum(c[3:])) for c in counts.values()] + [1])
    unit = (column - GAP) / largest
    bars = []
    for row, case in enumerate(cases):
        top = HEADER + row * ROW + (ROW - BAR - OBSERVATION_BAR - 2) / 2
        for index, wave in enumerate(waves):
            figures = counts.get((case["id"], wave["id"]), (0,) * 5)
            start = LABEL_WIDTH + index * column
            segments = _segments(KINDS, figures[:3], start, top, BAR, unit)
            segments += _segments(
                OBSERVATION_KINDS, figures[3:], start, top + BAR + 2, OBSERVATION_BAR, unit
            )
            bars.append(Bar(case["code"], wave["id"], *figures, segments=tuple(segments)))
    return ProgressChart(
        width=WIDTH,
        height=HEADER + ROW * len(cases) + 4,
        columns=tuple((w["id"], LABEL_WIDTH + i * column) for i, w in enumerate(waves)),
        rows=tuple((c["code"], HEADER + i * ROW + ROW / 2) for i, c in enumerate(cases)),
        bars=tuple(bars),
        largest=largest,
    )


def _counts(cell: Cell) -> tuple[int, int, int, int, int]:
    """Complete and draft interviews, people still to interview, complete and draft
    observations."""
    observed = cell.observations
    return cell.complete, cell.draft, len(cell.missing), observed["complete"], observed["draft"]


def _segments(
    kinds: tuple[str, ...], counts: tuple[int, ...], x: float, y: float, height: float, unit: float
) -> list[Segment]:
    """Side by side from x, one segment per kind that has a count."""
    segments = []
    for kind, count in zip(kinds, counts, strict=True):
        if count:
            segments.append(Segment(kind, count, x, y, count * unit, height))
            x += count * unit
    return segments
