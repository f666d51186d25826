"""CSV that a spreadsheet cannot turn into a formula. Every CSV Casebook writes goes through
here: `casebook audit export`, and the CSV exports of the analysts' Datasette (rewritten by
the plugin, `casebook.datasette_plugin.security`).

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is what Excel,
LibreOffice and Google Sheets may run as a formula when the file is opened (CSV injection:
a note typed as `=HYPERLINK("http://…", "click")`). Such a cell gets a leading `'`, which
spreadsheets take as "this is text" and show without it. Plain numbers (`-3`, `+2.5`,
`-1e3`) are left as they are: they cannot be formulas and analysts' tools must read them
as numbers."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import IO, Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """The value, with a leading `'` if a spreadsheet could read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_row(row: Iterable[Any]) -> list[Any]:
    return [safe_cell(value) for value in row]


def write_csv(handle: IO[str], header: Iterable[str], rows: Iterable[Iterable[Any]]) -> int:
    """Write a header and rows as CSV with formula-safe cells; returns the number of rows."""
    writer = csv.writer(handle)
    writer.writerow(safe_row(header))
    count = 0
    for row in rows:
        writer.writerow(safe_row(row))
        count += 1
    return count
