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
  merged, so an index that lost an entry (a word at a place in a row) which the row now at
  that rowid does not give it again is merged into one segment (`optimize`, the dearest step
  of a patch: it rewrites the whole index), and `secure_delete` overwrites every page the
  patch frees: no word of a removed or replaced text stays in the file, as no row of a
  withdrawn participant may. A row written again as it was, or a note with words added at
  its end, leaves only entries the new rows hold too: then the index is not merged.

Anything a copy cannot be trusted for (another release file in place, changed rules or row
code, another set of instrument versions, a response published under another code) makes a
full build instead."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import sqlite_utils

from casebook.release.reuse import BuildCache
from casebook.release.row_keys import all_rows
from casebook.release.schema import FULL_TEXT, TOKENIZE
from casebook.release.tables import wide_table_name_for

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
# Deleted rows of one table compared with what replaces them (`Patch.index`); beyond this
# many, the index is merged whatever they hold.
COMPARED_ROWS = 5000


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


class Copy:
    """The last release copied into the new one's file in a thread of its own, started before
    the build reads the private database: the copy (hundreds of MB in a large study) is the
    kernel's work (`sendfile`), which leaves the interpreter to the build meanwhile."""

    def __init__(self, release: Path, temp: Path) -> None:
        self.identity = ""  # `reuse.release_identity` of the file copied, once copied whole
        self._thread = threading.Thread(target=self._run, args=(release, temp), daemon=True)
        self._thread.start()

    def _run(self, release: Path, temp: Path) -> None:
        try:
            with release.open("rb") as source, temp.open("wb") as target:  # private (0600)
                stat = os.fstat(source.fileno())
                done = 0
                while done < stat.st_size:
                    sent = os.sendfile(target.fileno(), source.fileno(), done, stat.st_size - done)
                    if not sent:
                        return
                    done += sent
            self.identity = f"{stat.st_ino}:{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            return  # no identity: the build does not patch this copy

    def wait(self) -> str:
        """The identity of the file copied, "" when it could not be copied whole."""
        self._thread.join()
        return self.identity


def open_copy(temp: Path) -> sqlite_utils.Database:
    """A copy of the last release (`Copy`), its study tables emptied, ready to be patched."""
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
        # Per table with a full-text index: the indexed values of the rows deleted from it
        # (rowid -> values), to compare with what is written there again; None once there
        # are too many to compare (the index is then merged).
        self.removed: dict[str, dict[int, tuple] | None] = {}
        self.merged: list[str] = []  # the indexes merged into one segment (`index`)

    def remove(self, code: str) -> None:
        """Delete every row of the response published as `code`, index entries first."""
        low, high = all_rows(code)
        for table in self.tables:
            if table in FULL_TEXT:
                columns = ", ".join(f"[{c}]" for c in FULL_TEXT[table])
                rows = self.out.execute(
                    f"SELECT rowid, {columns} FROM [{table}] WHERE rowid BETWEEN ? AND ?",
                    [low, high],
                ).fetchall()
                if rows:
                    self._removed(table, rows)
                    self.out.conn.executemany(
                        f"INSERT INTO [{table}_fts] ([{table}_fts], rowid, {columns})"
                        f" VALUES ('delete', {', '.join('?' for _ in rows[0])})",
                        rows,
                    )
            self.out.execute(f"DELETE FROM [{table}] WHERE rowid BETWEEN ? AND ?", [low, high])

    def _removed(self, table: str, rows: list[tuple]) -> None:
        kept = self.removed.setdefault(table, {})
        if kept is not None:
            kept.update((row[0], tuple(row[1:])) for row in rows)
            if len(kept) > COMPARED_ROWS:
                self.removed[table] = None

    def index(self, fresh: dict[str, list[tuple[int, int]]]) -> None:
        """Index the rows written anew, then merge every index that still holds a word of
        a deleted row (`_left_behind`) into one segment."""
        for table, columns in FULL_TEXT.items():
            names = ", ".join(f"[{c}]" for c in columns)
            self.out.conn.executemany(
                f"INSERT INTO [{table}_fts] (rowid, {names}) SELECT rowid, {names}"
                f" FROM [{table}] WHERE rowid BETWEEN ? AND ?",
                fresh.get(table, []),
            )
        for table in sorted(self.removed):
            if self._left_behind(table):
                self.out.execute(f"INSERT INTO [{table}_fts] ([{table}_fts]) VALUES ('optimize')")
                self.merged.append(table)

    def _left_behind(self, table: str) -> bool:
        """Whether a deleted row's index entries are not all entries of the row now at its
        rowid. FTS5 (SQLite 3.40) deletes by adding a marker and keeps the old entries in
        their segment until it is merged: harmless when every old entry (word, column,
        position) is also an entry of the new row (an unchanged row written again, a note
        with a sentence added at its end), a word left in the file otherwise."""
        removed = self.removed[table]
        if removed is None:
            return True
        columns = ", ".join(f"[{c}]" for c in FULL_TEXT[table])
        width = len(FULL_TEXT[table])
        pairs = []
        for rowid, old in removed.items():
            row = self.out.execute(
                f"SELECT {columns} FROM [{table}] WHERE rowid = ?", [rowid]
            ).fetchone()
            new = tuple(row) if row is not None else (None,) * width
            if new != old:
                pairs.append((old, new))
        return bool(pairs) and not all(_entries_kept(pairs, width))


def _entries_kept(pairs: list[tuple[tuple, tuple]], width: int) -> list[bool]:
    """For each (old, new) pair of a row's indexed values: whether every entry the old values
    give the full-text index is one the new values give too (the same tokenizer, FTS5's own
    reading of the text, in a database in memory)."""
    check = sqlite3.connect(":memory:")
    try:
        names = [f"c{i}" for i in range(width)]
        check.execute(
            f"CREATE VIRTUAL TABLE t USING fts5({', '.join(names)}, tokenize='{TOKENIZE}')"
        )
        check.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        marks = ", ".join("?" for _ in range(width + 1))
        rows = []
        for index, (old, new) in enumerate(pairs):
            rows += [(2 * index + 1, *old), (2 * index + 2, *new)]
        check.executemany(f"INSERT INTO t (rowid, {', '.join(names)}) VALUES ({marks})", rows)
        entries: dict[int, set[tuple]] = {}
        for term, doc, col, offset in check.execute("SELECT term, doc, col, offset FROM v"):
            entries.setdefault(doc, set()).add((term, col, offset))
        return [
            entries.get(2 * i + 1, set()) <= entries.get(2 * i + 2, set())
            for i in range(len(pairs))
        ]
    finally:
        check.close()
