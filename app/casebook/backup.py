"""Backups of the private side: the database, copied with SQLite's online backup API while
the app serves, and the key files, with a manifest of checksums.

A backup is a folder (or a .tar.gz / .tar archive of one) holding `casebook.db` (a single
file, no -wal), the key files (`secret.key`, `release.key`, `datasette.key`; left out with
`keys=False`) and `manifest.json`: the SHA-256 and size of every file, the schema version
(the migrations applied) and a few counts. `casebook.restore` checks all of it before it puts a
backup in place.

The copy is one consistent snapshot: SQLite copies every page in one step inside a read
transaction, so each save acknowledged before the backup started is in it, and saves keep
being acknowledged while it runs (a reader never blocks the writer in WAL mode)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from casebook.clock import now
from casebook.migrations import migrations
from casebook.private_files import FILE_MODE, private_database_file, private_file, private_folder

MANIFEST = "manifest.json"
DATABASE = "casebook.db"
KEY_FILES = ("secret.key", "release.key", "datasette.key")
FORMAT = 1
ARCHIVES = {".tar.gz": "w:gz", ".tgz": "w:gz", ".tar": "w"}
COUNTED = ("cases", "participants", "responses", "answers", "audit_log")


class BackupError(ValueError):
    """A backup that cannot be made or restored; the message says why."""


@dataclass(frozen=True)
class BackupReport:
    destination: Path
    files: list[str]
    counts: dict[str, int]
    migrations: list[str]


def archive_mode(path: Path) -> str | None:
    """The tarfile mode for an archive name, None for a folder."""
    name = path.name.lower()
    return next((mode for suffix, mode in ARCHIVES.items() if name.endswith(suffix)), None)


def make_backup(
    database: Path, instance: Path, destination: Path, *, keys: bool = True
) -> BackupReport:
    """Back up the private database (online) and the key files to `destination`, a new
    folder or archive; refuses to write over anything that exists."""
    if destination.exists() and (destination.is_file() or any(destination.iterdir())):
        raise BackupError(f"{destination} already exists: give a new folder or archive name")
    if not database.exists():
        raise BackupError(f"no database at {database}")
    mode = archive_mode(destination)
    folder = destination.with_name(f".{destination.name}.partial") if mode else destination
    if folder.exists():
        shutil.rmtree(folder)
    private_folder(folder)
    try:
        manifest = _write_folder(database, instance, folder, keys)
        if mode:
            _archive(folder, destination, mode)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if mode:
        shutil.rmtree(folder)
    return BackupReport(
        destination, sorted(manifest["files"]), manifest["counts"], manifest["migrations"]
    )


def _write_folder(database: Path, instance: Path, folder: Path, keys: bool) -> dict[str, Any]:
    copy = folder / DATABASE
    _online_copy(database, copy)
    summary = database_summary(copy)
    if summary["integrity"] != "ok":
        raise BackupError(f"the copy fails SQLite's integrity check: {summary['integrity']}")
    names = [DATABASE]
    for name in KEY_FILES if keys else ():
        if (instance / name).exists():
            shutil.copyfile(instance / name, private_file(folder / name))
            names.append(name)
    manifest = {
        "format": FORMAT,
        "created_at": now(),
        "database": DATABASE,
        "migrations": summary["migrations"],
        "counts": summary["counts"],
        "keys_included": keys,
        "files": {name: file_facts(folder / name) for name in names},
    }
    with open(private_file(folder / MANIFEST), "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=2, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    return manifest


def _online_copy(database: Path, copy: Path) -> None:
    """SQLite's backup API, all pages in one step (one consistent snapshot), into a single
    self-contained file (rollback journal, not WAL), synced to disk."""
    private_database_file(copy)
    source = sqlite3.connect(f"file:{database.resolve()}?mode=ro", uri=True, timeout=30)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        source.close()
        target.close()
    with open(copy, "rb+") as handle:
        os.fsync(handle.fileno())


def database_summary(path: Path) -> dict[str, Any]:
    """Integrity, applied migrations and row counts of a database file, read-only."""
    conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)
    try:
        integrity = "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        db = sqlite_utils.Database(conn)
        applied = [m.name for m in migrations.applied(db)]
        tables = set(db.table_names())
        counts = {
            t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in COUNTED
            if t in tables
        }
    except sqlite3.DatabaseError as error:
        return {"integrity": str(error), "migrations": [], "counts": {}}
    finally:
        conn.close()
    return {"integrity": integrity, "migrations": applied, "counts": counts}


def file_facts(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"sha256": digest.hexdigest(), "bytes": path.stat().st_size}


def known_migrations() -> list[str]:
    """Every migration this Casebook knows, in order."""
    return [m.name for m in migrations.pending(sqlite_utils.Database(memory=True))]


def _archive(folder: Path, destination: Path, mode: str) -> None:
    partial = destination.with_name(f".{destination.name}.writing")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode=mode) as archive:
        for path in sorted(folder.iterdir()):
            archive.add(path, arcname=path.name, filter=_anonymous)
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, destination)


def _anonymous(member: tarfile.TarInfo) -> tarfile.TarInfo:
    """No operating-system user or group names in the archive."""
    member.uid = member.gid = 0
    member.uname = member.gname = ""
    return member
