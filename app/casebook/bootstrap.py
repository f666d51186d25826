"""Bringing a private database up to date: migrations, waves and instrument versions.

`casebook init` calls `initialise`; it is idempotent and never asks anything."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from casebook.audit import Actor
from casebook.db import connect
from casebook.instruments.registry import RegisterReport, register_folder
from casebook.migrations import migrate


@dataclass
class InitReport:
    database: Path
    migrations: list[str]
    instruments: RegisterReport


def initialise(database: Path, instruments: Path, task: str = "casebook init") -> InitReport:
    """Create or migrate the database and register the instruments folder.

    Raises InstrumentError (with every problem) if an instrument is broken or a frozen
    version's file has changed; the database is then left as it was."""
    db = connect(database)
    try:
        applied = migrate(db)
        _settings, report = register_folder(db, instruments, Actor.system(task))
    finally:
        db.close()
    return InitReport(database, applied, report)
