"""The release as CSV files (one per dataset, the release's own values: codes as stored,
text redacted as published) and the codebook CSV that goes with every export: one row per
variable, then one per labelled value, with the name the variable has in the .sav and .dta
files and the number its value has there. Every cell is formula-safe (`casebook.csv_safe`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from casebook.csv_safe import write_csv
from casebook.exports.datasets import Dataset
from casebook.exports.file_names import file_names

CODEBOOK_FILE = "codebook.csv"
CODEBOOK_HEADER = [
    "dataset",
    "variable",
    "name_in_sav_dta",
    "type",
    "label",
    "value",
    "code_in_sav_dta",
    "value_label",
]


def write_dataset(dataset: Dataset, folder: Path) -> Path:
    """`<name>.csv`: a header of release column names, then every row; empty for missing."""
    path = folder / f"{dataset.name}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_csv(handle, [c.name for c in dataset.columns], dataset.rows)
    return path


def write_codebook(datasets: list[Dataset], folder: Path) -> Path:
    path = folder / CODEBOOK_FILE
    with path.open("w", encoding="utf-8", newline="") as handle:
        write_csv(handle, CODEBOOK_HEADER, codebook_rows(datasets))
    return path


def codebook_rows(datasets: list[Dataset]) -> Iterator[list[Any]]:
    """A row per variable (value columns empty), then a row per labelled value."""
    for dataset in datasets:
        names = file_names([c.name for c in dataset.columns])
        for column in dataset.columns:
            kind = "number" if column.numeric or column.labels else "text"
            common = [dataset.name, column.name, names[column.name], kind, column.label]
            yield [*common, None, None, None]
            for value, code in column.codes().items():
                yield [*common, value, code, column.labels[value]]
