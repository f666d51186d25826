"""The release an export is read from: the de-identified SQLite file analysts get, opened
read-only, never the private database. Each instrument version is rebuilt from the
definition the release carries (its `instruments` table), so every label an export writes
comes from the instrument model itself."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from casebook.instruments.model import Instrument


class ExportError(Exception):
    """An export that cannot be made; the message is one sentence for the person asking."""


@contextmanager
def open_release(path: Path) -> Iterator[sqlite3.Connection]:
    """The release at `path`, read-only (a published release is never written again)."""
    if not path.is_file():
        raise ExportError(f"No release at {path}: publish one first (`casebook publish`).")
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


def release_instruments(conn: sqlite3.Connection) -> list[Instrument]:
    """Every instrument version in the release, in (id, version) order, from the
    definitions it carries."""
    columns = {row["name"] for row in conn.execute("PRAGMA table_info(instruments)")}
    if "definition" not in columns:
        raise ExportError(
            "This release was built before releases carried their instruments: "
            "publish it again (`casebook publish`) to export it."
        )
    rows = conn.execute(
        "SELECT instrument, version, definition FROM instruments ORDER BY instrument, version"
    )
    instruments = []
    for row in rows:
        try:
            instruments.append(Instrument.model_validate(json.loads(row["definition"])))
        except (ValueError, ValidationError) as error:
            where = f"{row['instrument']} v{row['version']}"
            raise ExportError(f"The release's definition of {where} cannot be read.") from error
    return instruments


def table_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    """The columns of a release table, in their order."""
    return [row["name"] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def table_rows(conn: sqlite3.Connection, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    """Every row of a release table, in rowid order (the order the release wrote them)."""
    listed = ", ".join(f'"{column}"' for column in columns)
    return [tuple(row) for row in conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY rowid')]
