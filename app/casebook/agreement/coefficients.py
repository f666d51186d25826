"""The agreement coefficients, computed on one item's codings: each unit maps each coder to a
value, `None` being missing (e.g. "not observed").

- Krippendorff's alpha, from the `krippendorff` package, at the item's level of measurement.
- Cohen's kappa for exactly two coders, on the units both coded; for ordinal items weighted
  with quadratic weights (Fleiss & Cohen 1973), the weighting most reports use. It is a few
  lines of arithmetic, so it is written here (and tested on published examples) rather than
  pulling in scikit-learn and scipy for one formula.
- Percent agreement: over units with two or more values, the mean share of agreeing pairs of
  coders (for two coders, the share of units on which they agree)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import combinations

import krippendorff
import numpy as np

Codings = Mapping[str, Mapping[str, object]]  # unit -> coder -> value (None: missing)


def pairable(codings: Codings) -> dict[str, dict[str, object]]:
    """The units with at least two values, without their missing values."""
    out = {}
    for unit, by_coder in codings.items():
        values = {coder: value for coder, value in by_coder.items() if value is not None}
        if len(values) >= 2:
            out[unit] = values
    return out


def alpha(codings: Codings, level: str) -> float | None:
    """Krippendorff's alpha at `level` ("nominal", "ordinal", "interval"); None when it is
    not defined (no unit with two values, or a single value in all of them)."""
    units = pairable(codings)
    if not units:
        return None
    coders = sorted({coder for values in units.values() for coder in values})
    values = sorted({v for vs in units.values() for v in vs.values()}, key=_order)
    if len(values) < 2:
        return None
    if level == "nominal":
        index = {value: position for position, value in enumerate(values)}
        domain = list(range(len(values)))
    else:
        index = {value: float(value) for value in values}  # type: ignore[arg-type]
        domain = [float(v) for v in values]  # type: ignore[arg-type]
    data = np.full((len(coders), len(units)), np.nan)
    for column, by_coder in enumerate(units.values()):
        for coder, value in by_coder.items():
            data[coders.index(coder), column] = index[value]
    result = krippendorff.alpha(
        reliability_data=data, level_of_measurement=level, value_domain=domain
    )
    return None if math.isnan(result) else float(result)


def cohen_kappa(pairs: Sequence[tuple[object, object]], weighted: bool = False) -> float | None:
    """Cohen's kappa of two coders' values on the same units (both present); quadratic
    weights when `weighted` (the values are then numbers on an ordinal scale). None when it
    is not defined (no units, or agreement expected by chance is already complete)."""
    if not pairs:
        return None
    n = len(pairs)
    first, second = Counter(a for a, _b in pairs), Counter(b for _a, b in pairs)
    categories = sorted(set(first) | set(second), key=_order)

    def disagreement(a: object, b: object) -> float:
        if weighted:
            return (float(a) - float(b)) ** 2  # type: ignore[arg-type]
        return 0.0 if a == b else 1.0

    observed = sum(disagreement(a, b) for a, b in pairs) / n
    expected = sum(
        first[a] * second[b] * disagreement(a, b) for a in categories for b in categories
    ) / (n * n)
    if expected == 0:
        return None
    return 1 - observed / expected


def percent_agreement(codings: Codings) -> float | None:
    """The mean share of agreeing pairs of coders over units with two or more values."""
    units = pairable(codings)
    if not units:
        return None
    shares = []
    for values in units.values():
        pairs = list(combinations(values.values(), 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return sum(shares) / len(shares)


def _order(value: object) -> tuple[int, object]:
    """Numbers in numeric order before text, so ordinal scales sort as numbers."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    return (1, str(value))
