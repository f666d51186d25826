"""The release as SPSS (.sav) and Stata (.dta) files through pyreadstat (on polars): one file per
dataset (`casebook.exports.datasets`), each variable with its label and each coded variable
with its value labels. Text codes (a choice's `mutual`) become their position in the
instrument, the number both packages label; scores, ticks and yes/no keep their values.
Text has no missing value in either format: an empty text cell is "" there."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from casebook.exports.datasets import Column, Dataset
from casebook.exports.file_names import file_names

Package = Literal["spss", "stata"]
SUFFIX: dict[Package, str] = {"spss": ".sav", "stata": ".dta"}
# Longest labels (in UTF-8 bytes) each format takes: (variable label, value label, file label).
LIMITS: dict[Package, tuple[int, int, int]] = {"spss": (255, 120, 64), "stata": (80, 32000, 80)}


def write_dataset(dataset: Dataset, package: Package, folder: Path) -> Path:
    """Write one dataset as `<name>.sav` or `<name>.dta` in `folder`; returns the path."""
    import polars as pl  # heavy: loaded only when an export is made
    import pyreadstat

    variable, value, title = LIMITS[package]
    names = file_names([c.name for c in dataset.columns])
    frame = pl.DataFrame(
        [
            _values(names[c.name], c, [row[i] for row in dataset.rows])
            for i, c in enumerate(dataset.columns)
        ]
    )
    labels = {names[c.name]: fit(c.label, variable) for c in dataset.columns}
    value_labels = {
        names[c.name]: {code: fit(c.labels[v], value) for v, code in c.codes().items()}
        for c in dataset.columns
        if c.labels
    }
    path = folder / f"{dataset.name}{SUFFIX[package]}"
    write = pyreadstat.write_sav if package == "spss" else pyreadstat.write_dta
    write(
        frame,
        str(path),
        file_label=fit(dataset.title, title),
        column_labels=labels,
        variable_value_labels=value_labels,
    )
    return path


def _values(name: str, column: Column, values: list[Any]) -> Any:
    """A column's values as the file holds them: numbers (labelled codes included) as
    floats, missing where the release has none; text as text, "" where it has none."""
    import polars as pl

    if column.labels and not column.numeric:
        codes = column.codes()
        unknown = [v for v in values if v is not None and v not in codes]
        if unknown:
            raise ValueError(f"{column.name}: {unknown[0]!r} is not a value the codebook lists")
        return pl.Series(name, [codes.get(v) for v in values], dtype=pl.Float64)
    if column.numeric:
        return pl.Series(name, [_number(v) for v in values], dtype=pl.Float64)
    return pl.Series(name, ["" if v is None else str(v) for v in values], dtype=pl.String)


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


def fit(text: str, limit: int) -> str:
    """The text cut to at most `limit` UTF-8 bytes, with … where it was cut."""
    if len(text.encode()) <= limit:
        return text
    cut = text.encode()[: limit - len("…".encode())].decode(errors="ignore")
    return cut.rstrip() + "…"
