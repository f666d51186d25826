"""The release as labelled datasets, the shape the SPSS, Stata and CSV exports share: one
dataset per instrument version (its wide table, one row per response), plus `responses`
and `participants` to merge them with. Every variable label and value label comes from the
instrument model: the wide table's column descriptions (`casebook.release.tables`) and each
item kind's `value_labels` (`casebook.items`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from casebook.exports.release_file import release_instruments, table_columns, table_rows
from casebook.instruments.model import Instrument, label_text
from casebook.items import kind_of
from casebook.release.metadata import TABLES
from casebook.release.schema import SCHEMA
from casebook.release.tables import wide_column_types, wide_columns, wide_table_name

# The columns every wide table starts with, described as the release describes them.
BASE_LABELS = {
    "response": TABLES["responses"][1]["response"],
    "case": TABLES["participants"][1]["case"],
    "participant": "Pseudonym of the participant (empty for observations and codings)",
    "wave": "Wave of data collection",
    "date": TABLES["responses"][1]["date"],
}
# Tables exported whole beside the wide tables, with the release's own descriptions.
PLAIN_TABLES = ("responses", "participants")


@dataclass
class Column:
    """One variable: its name in the release, its label, whether it holds numbers, and the
    labels of its values ({} when they have none)."""

    name: str
    label: str
    numeric: bool
    labels: dict[Any, str] = field(default_factory=dict)

    def codes(self) -> dict[Any, int]:
        """Release value -> the number SPSS and Stata files hold: numbers stay themselves,
        text codes (`mutual`) get their position in the instrument, from 1."""
        if self.numeric:
            return {value: int(value) for value in self.labels}
        return {value: position for position, value in enumerate(self.labels, start=1)}


@dataclass
class Dataset:
    """One file of an export: its name (the release table), a title and the rows."""

    name: str
    title: str
    columns: list[Column]
    rows: list[tuple[Any, ...]]


def release_datasets(conn: sqlite3.Connection) -> list[Dataset]:
    """Every dataset of the release: each instrument version's wide table, then the plain
    tables."""
    found = [_wide_dataset(conn, instrument) for instrument in release_instruments(conn)]
    return found + [_plain_dataset(conn, table) for table in PLAIN_TABLES]


def _wide_dataset(conn: sqlite3.Connection, instrument: Instrument) -> Dataset:
    table = wide_table_name(instrument)
    described = wide_columns(instrument)
    types = wide_column_types(instrument)
    labels = item_value_labels(instrument)
    columns = []
    for name in table_columns(conn, table):
        if name in BASE_LABELS:
            columns.append(Column(name, BASE_LABELS[name], numeric=False))
            continue
        numeric = types[name] in (int, float)
        values = labels.get(name, {})
        if not numeric and any(not isinstance(value, str) for value in values):
            values = {}  # e.g. a scale generalised into bands: the points no longer apply
        columns.append(Column(name, described[name], numeric, values))
    title = f"{label_text(instrument.title)}, version {instrument.version}"
    return Dataset(table, title, columns, table_rows(conn, table, [c.name for c in columns]))


def item_value_labels(instrument: Instrument) -> dict[str, dict[Any, str]]:
    """Wide column -> {value: label} for every labelled column of an instrument version."""
    found: dict[str, dict[Any, str]] = {}
    for item in instrument.items():
        kind = kind_of(item)
        if not kind.takes_answer or item.release_policy() == "drop":
            continue
        for suffix, labels in kind.value_labels(instrument, item).items():
            found[item.id + (f"__{suffix}" if suffix else "")] = labels
    return found


def _plain_dataset(conn: sqlite3.Connection, table: str) -> Dataset:
    description, described = TABLES[table]
    types = SCHEMA[table][0]
    names = table_columns(conn, table)
    columns = [
        Column(
            name,
            described.get(name) or name.replace("_", " ").capitalize(),
            types.get(name) in (int, float),
        )
        for name in names
    ]
    return Dataset(table, description, columns, table_rows(conn, table, names))
