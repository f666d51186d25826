"""The release's `agreement` table: how well independent coders of the same units agreed,
item by item, by wave and over all waves (`casebook.agreement.figures`). Only aggregates
reach it: no unit, coder or response is named, so it holds nothing to de-identify."""

from __future__ import annotations

import sqlite_utils

from casebook.agreement.figures import figures, verdict

TABLE = "agreement"
COLUMNS: dict[str, type] = {
    "instrument": str,
    "item": str,
    "level": str,
    "wave": str,
    "units": int,
    "coders": int,
    "alpha": float,
    "verdict": str,
    "kappa": float,
    "kappa_weights": str,
    "percent_agreement": float,
}
DESCRIPTION = (
    "Agreement between observers or coders who coded the same meetings (units) "
    "independently: one row per item and wave, and one over all waves (wave empty). "
    "Computed on the coders' own codings; the published observation is the consensus."
)
COLUMN_DESCRIPTIONS = {
    "item": "Item id, or checklist.row, or multichoice.option (ticked or not)",
    "level": "Level of measurement: ordinal for scales and checklist rows, nominal for choices",
    "wave": "Wave, or empty for the figure over all waves",
    "units": "Units coded by two or more coders (not observed counts as missing)",
    "coders": "Distinct coders among those units",
    "alpha": "Krippendorff's alpha at the item's level of measurement",
    "verdict": "reliable (alpha >= 0.800), tentative (>= 0.667), unreliable, or undefined",
    "kappa": "Cohen's kappa, when exactly two coders coded the item",
    "kappa_weights": "quadratic for ordinal items; empty for unweighted (nominal) kappa",
    "percent_agreement": "Share of agreeing pairs of coders per unit, averaged over units",
}
QUERY = {
    "title": "Agreement between observers, weakest items first",
    "description": "Krippendorff's alpha, Cohen's kappa and percent agreement over all "
    "waves, with the number of units each rests on; alpha below 0.667 is unreliable.",
    "sql": "select instrument, item, level, units, coders, alpha, verdict, kappa,"
    " kappa_weights, percent_agreement from agreement where wave is null"
    " order by alpha is null, alpha, instrument, item",
}


def write(out: sqlite_utils.Database, private: sqlite_utils.Database) -> None:
    """Create and fill the table from the private database's coders' responses."""
    out[TABLE].create(COLUMNS)
    out[TABLE].insert_all(
        {
            **{k: v for k, v in figure.row().items() if k in COLUMNS},
            "alpha": _round(figure.alpha),
            "verdict": verdict(figure.alpha),
            "kappa": _round(figure.kappa),
            "percent_agreement": _round(figure.percent_agreement),
        }
        for figure in figures(private)
    )
    out[TABLE].create_index(["instrument", "item", "wave"])


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)
