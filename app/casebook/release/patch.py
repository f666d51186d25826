"""Republishing by patching a copy of the last release (issue 14).

When the cache (`casebook.release.reuse`) vouches for the release file in place, the new
release starts as a byte copy of it and only what changed is rewritten:

- the small tables made from the whole study (cases, participants, staff, waves, the
  codebook, agreement, `_metadata`, `_release`) are emptied and written again whole, exactly
  as a full build writes them (their rowids start again at 1, in pseudonym order);
- in the response tables, the rows of each removed or changed response are deleted and the
  changed and new responses' rows written again. Rowids come from the response's code
  (`casebook.release.row_keys`), so the rows land where a full build puts them;
- the full-text indexes are kept in step (FTS5 `delete` of the old rows, insert of the new).
  FTS5 (SQLite 3.40) keeps what a `delete` removes in its older segments until they are
  merged, so an index that lost rows is merged into one segment (`optimize`), and
  `secure_delete` overwrites every page the patch frees: no word of a removed or replaced
  text stays in the file, as no row of a withdrawn participant may.

Anything a copy cannot be trusted for (another release file in place, changed rules or row
code, another set of instrument versions, a response published under another code) makes a
full build instead."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import sqlite_utils

from casebook.release.reuse import BuildCache
from casebook.release.row_keys import all_rows
from casebook.release.tables import FULL_TEXT, wide_table_name_for

# Tables a response's rows go to, besides its version's wide table.
RESPONSE_TABLES = (
    "responses",
    "answers",
    "topics",
    "checklist_scores",
    "codes",
    "events",
    "event_states",
)
# Made from the whole study: written again whole in every build.
STUDY_TABLES = ("cases", "participants", "staff", "waves", "instruments", "items", "choices")
DROPPED = ("agreement", "_metadata", "_release")  # created again by their writers


def why_not(
    cache: BuildCache, release: Path, hashes: dict[tuple[str, int], str], codes: dict[str, str]
) -> str | None:
    """Why the last release cannot be patched into this one (None: it can)."""
    if cache.stats.full:
        return cache.stats.reasons[0] if cache.stats.reasons else "no earlier build"
    try:
        conn = sqlite3.connect(f"file:{release}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT instrument, version, hash FROM instruments").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return "the last release cannot be read"
    if {(i, v): h for i, v, h in rows} != hashes:
        return "the instrument versions changed"
    for uuid, old in cache.published.items():
        if uuid in codes and codes[uuid] != old.code:
            return "a response's code changed"
    return None


def response_tables(hashes: dict[tuple[str, int], str]) -> list[str]:
    """Every table of a release that holds rows of responses."""
    return [*RESPONSE_TABLES, *sorted(wide_table_name_for(i, v) for i, v in hashes)]


def open_copy(release: Path, temp: Path) -> sqlite_utils.Database:
    """A copy of the last release, its study tables emptied, ready to be patched."""
    shutil.copyfile(release, temp)  # into the private (0600) file made for it
    out = sqlite_utils.Database(temp)
    out.execute("PRAGMA journal_mode = OFF")
    out.execute("PRAGMA synchronous = OFF")
    out.execute("PRAGMA secure_delete = ON")  # freed pages are zeroed, not left readable
    for table in STUDY_TABLES:
        out.execute(f"DELETE FROM [{table}]")
    for table in DROPPED:
        out.execute(f"DROP TABLE IF EXISTS [{table}]")
    return out


class Patch:
    """The changes to the response tables of a copied release."""

    def __init__(self, out: sqlite_utils.Database, tables: list[str]) -> None:
        self.out, self.tables = out, tables
        self.shrunk: set[str] = set()  # tables with a full-text index that lost rows

    def remove(self, code: str) -> None:
        """Delete every row of the response published as `code`, index entries first."""
        low, high = all_rows(code)
        for table in self.tables:
            if table in FULL_TEXT:
                columns = ", ".join(f"[{c}]" for c in FULL_TEXT[table])
                cursor = self.out.execute(
                    f"INSERT INTO [{table}_fts] ([{table}_fts], rowid, {columns})"
                    f" SELECT 'delete', rowid, {columns} FROM [{table}]"
                    " WHERE rowid BETWEEN ? AND ?",
                    [low, high],
                )
                if cursor.rowcount:
                    self.shrunk.add(table)
            self.out.execute(f"DELETE FROM [{table}] WHERE rowid BETWEEN ? AND ?", [low, high])

    def index(self, fresh: dict[str, list[tuple[int, int]]]) -> None:
        """Index the rows written anew, then merge every index that lost rows."""
        for table, columns in FULL_TEXT.items():
            names = ", ".join(f"[{c}]" for c in columns)
            self.out.conn.executemany(
                f"INSERT INTO [{table}_fts] (rowid, {names}) SELECT rowid, {names}"
                f" FROM [{table}] WHERE rowid BETWEEN ? AND ?",
                fresh.get(table, []),
            )
        for table in sorted(self.shrunk):
            self.out.execute(f"INSERT INTO [{table}_fts] ([{table}_fts]) VALUES ('optimize')")
