"""Putting a backup (`casebook.backup`) in place, after checking it.

Before anything in the instance folder changes, the backup is unpacked into a private
folder inside it and checked: the manifest lists exactly the files there, each file has its
SHA-256 and size, the database passes `PRAGMA integrity_check`, and its schema (the
migrations applied) is one this Casebook knows and is what the manifest says. Only then are
the files moved in, each with an atomic rename. An existing database, or a key that differs
from the backup's, is replaced only with `force`, and what is replaced is kept aside in
`replaced-<time>/` in the instance folder (the database with its -wal and -shm files)."""

from __future__ import annotations

import json
import os
import shutil
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casebook.backup import (
    DATABASE,
    FORMAT,
    KEY_FILES,
    MANIFEST,
    BackupError,
    archive_mode,
    database_summary,
    file_facts,
    known_migrations,
)
from casebook.clock import now
from casebook.private_files import SQLITE_COMPANIONS, private_file, private_folder

ALLOWED = {DATABASE, MANIFEST, *KEY_FILES}


@dataclass(frozen=True)
class RestoreReport:
    restored: list[str]
    replaced_into: Path | None
    counts: dict[str, int]
    pending_migrations: list[str]


def restore_backup(
    source: Path, database: Path, instance: Path, *, force: bool = False
) -> RestoreReport:
    """Check the backup at `source` (folder or archive), then put it in place as `database`
    and the instance's key files. Raises BackupError, changing nothing, if a check fails or
    something would be overwritten without `force`."""
    if not source.exists():
        raise BackupError(f"no backup at {source}")
    private_folder(instance)
    staging = instance / f".restore-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    private_folder(staging)
    try:
        _unpack(source, staging)
        manifest = check_backup(staging)
        keys = [name for name in KEY_FILES if name in manifest["files"]]
        existing = _existing(database, instance, keys, staging)
        if existing and not force:
            raise BackupError(
                "this would replace "
                + ", ".join(existing)
                + ": stop Casebook (serve, datasette) and run restore again with --force; "
                "the replaced files are kept aside"
            )
        aside = _move_aside(database, instance, keys) if existing else None
        os.replace(staging / DATABASE, database)
        for name in keys:
            os.replace(staging / name, instance / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    known = known_migrations()
    pending = [name for name in known if name not in manifest["migrations"]]
    return RestoreReport([DATABASE, *keys], aside, manifest["counts"], pending)


def check_backup(folder: Path) -> dict[str, Any]:
    """The manifest of an unpacked backup, once every check passes; BackupError otherwise."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files: dict[str, dict[str, Any]] = manifest["files"]
        listed_migrations = list(manifest["migrations"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BackupError(f"the backup has no readable {MANIFEST} ({error})") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"backup format {manifest.get('format')!r} is not one this reads")
    present = {path.name for path in folder.iterdir()} - {MANIFEST}
    if present != set(files) or DATABASE not in files:
        raise BackupError(
            f"the files ({', '.join(sorted(present)) or 'none'}) are not the ones the "
            f"manifest lists ({', '.join(sorted(files))})"
        )
    for name, expected in files.items():
        if file_facts(folder / name) != expected:
            raise BackupError(f"{name} does not match its checksum in the manifest")
    summary = database_summary(folder / DATABASE)
    if summary["integrity"] != "ok":
        raise BackupError(f"{DATABASE} fails SQLite's integrity check: {summary['integrity']}")
    if summary["migrations"] != listed_migrations:
        raise BackupError("the database's schema version is not the one the manifest lists")
    unknown = [name for name in listed_migrations if name not in known_migrations()]
    if unknown:
        raise BackupError(
            f"the backup was made by a newer Casebook (schema {', '.join(unknown)}): "
            "upgrade Casebook first"
        )
    return manifest


def _unpack(source: Path, staging: Path) -> None:
    if source.is_dir():
        for path in source.iterdir():
            if path.name not in ALLOWED or not path.is_file() or path.is_symlink():
                raise BackupError(f"{path.name} does not belong in a Casebook backup")
            shutil.copyfile(path, private_file(staging / path.name))
        return
    if archive_mode(source) is None:
        raise BackupError(f"{source} is neither a backup folder nor a .tar.gz/.tar archive")
    try:
        with tarfile.open(source) as archive:
            for member in archive.getmembers():
                if member.name not in ALLOWED or not member.isfile():
                    raise BackupError(f"{member.name} does not belong in a Casebook backup")
                content = archive.extractfile(member)
                with content, open(private_file(staging / member.name), "wb") as out:
                    shutil.copyfileobj(content, out)
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"cannot read the archive: {error}") from None


def _existing(database: Path, instance: Path, keys: list[str], staging: Path) -> list[str]:
    """What the restore would overwrite: the database, and keys that differ."""
    found = [str(database)] if database.exists() else []
    for name in keys:
        current = instance / name
        if current.exists() and current.read_bytes() != (staging / name).read_bytes():
            found.append(f"{current} (a different key)")
    return found


def _move_aside(database: Path, instance: Path, keys: list[str]) -> Path:
    stamp = now()[:26].replace(":", "").replace(".", "-")
    aside = private_folder(instance / f"replaced-{stamp}")
    for suffix in ("", *SQLITE_COMPANIONS):
        path = Path(f"{database}{suffix}")
        if path.exists():
            os.replace(path, aside / path.name)
    for name in keys:
        if (instance / name).exists():
            shutil.copyfile(instance / name, private_file(aside / name))
    return aside
