"""Agreement figures from ratings: for every instrument item coded by more than one coder on
the same unit, by wave and over all waves, Krippendorff's alpha at the item's level, Cohen's
kappa when exactly two coders coded it (weighted for ordinal items), percent agreement and
the number of units (with two or more values) each figure rests on. Weakest first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import sqlite_utils

from casebook.agreement.coefficients import alpha, cohen_kappa, pairable, percent_agreement
from casebook.agreement.ratings import Rating, RatingSource
from casebook.agreement.sources import SOURCES

ALL_WAVES = None  # the `wave` of a figure over every wave
RELIABLE, TENTATIVE = 0.800, 0.667  # Krippendorff's rule of thumb


@dataclass(frozen=True)
class Figure:
    instrument: str
    item: str
    level: str
    wave: str | None  # None: over all waves
    units: int  # units with two or more values
    coders: int
    alpha: float | None
    kappa: float | None  # two coders only
    kappa_weights: str | None  # "quadratic" for ordinal items, None when unweighted
    percent_agreement: float | None

    def row(self) -> dict[str, Any]:
        return asdict(self)


def figures(db: sqlite_utils.Database, sources: Iterable[RatingSource] = ()) -> list[Figure]:
    """Every figure from every source (by default `SOURCES`), weakest first."""
    ratings = [r for source in (list(sources) or SOURCES) for r in source(db)]
    return compute(ratings)


def compute(ratings: Iterable[Rating]) -> list[Figure]:
    """Figures by (instrument, item) over all waves and per wave, weakest first."""
    groups: dict[tuple, dict[str, dict[str, object]]] = defaultdict(lambda: defaultdict(dict))
    levels: dict[tuple[str, str], str] = {}
    for r in ratings:
        levels[(r.instrument, r.item)] = r.level
        for wave in {ALL_WAVES, r.wave}:
            groups[(r.instrument, r.item, wave)][r.unit][r.coder] = r.value
    out = []
    for (instrument, item, wave), codings in groups.items():
        figure = _figure(instrument, item, levels[(instrument, item)], wave, codings)
        if figure is not None:
            out.append(figure)
    return sorted(out, key=_weakest_first)


def _figure(
    instrument: str, item: str, level: str, wave: str | None, codings: dict
) -> Figure | None:
    units = pairable(codings)
    if not units:
        return None
    coders = sorted({c for values in units.values() for c in values})
    kappa, weights = None, None
    if len(coders) == 2:
        pairs = [(v[coders[0]], v[coders[1]]) for v in units.values()]
        weighted = level != "nominal"
        kappa = cohen_kappa(pairs, weighted=weighted)
        weights = "quadratic" if weighted else None
    return Figure(
        instrument=instrument,
        item=item,
        level=level,
        wave=wave,
        units=len(units),
        coders=len(coders),
        alpha=alpha(codings, level),
        kappa=kappa,
        kappa_weights=weights,
        percent_agreement=percent_agreement(codings),
    )


def _weakest_first(figure: Figure) -> tuple:
    """Lowest alpha first (undefined ones last), then by instrument, item and wave."""
    value = figure.alpha if figure.alpha is not None else 2.0
    return (value, figure.instrument, figure.item, figure.wave or "")


def verdict(value: float | None) -> str:
    """ "reliable", "tentative", "unreliable" or "undefined" by Krippendorff's rule of thumb."""
    if value is None:
        return "undefined"
    if value >= RELIABLE:
        return "reliable"
    return "tentative" if value >= TENTATIVE else "unreliable"
