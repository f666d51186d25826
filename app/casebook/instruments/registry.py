"""The registry of instrument versions in the private database.

Each version is stored with its parsed definition and a hash of it. A version that has
collected data is frozen: if its file changes, registering refuses and says to make a new
version. Responses always render from the stored definition, even if the file is gone."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from casebook import audit
from casebook.clock import now
from casebook.db import write_transaction
from casebook.instruments.loader import load_folder
from casebook.instruments.model import Instrument, label_text
from casebook.instruments.yamlfile import InstrumentError, Problem
from casebook.settings import StudySettings


class UnknownInstrument(LookupError):
    """No such instrument version is registered."""


@dataclass
class RegisterReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def register_folder(
    db: sqlite_utils.Database, folder: Path, actor: audit.Actor
) -> tuple[StudySettings, RegisterReport]:
    """Load every instrument in the folder and register it; all or nothing.

    Raises InstrumentError if any file is broken or changes a frozen version."""
    settings, instruments = load_folder(folder)
    report = RegisterReport()
    with write_transaction(db):
        sync_waves(db, settings)
        frozen = [p for i in instruments if (p := _frozen_problem(db, i, folder))]
        if frozen:
            raise InstrumentError(frozen)
        for instrument in instruments:
            outcome = register(db, instrument, _source(folder, instrument), actor)
            getattr(report, outcome).append(f"{instrument.id} v{instrument.version}")
    return settings, report


def _source(folder: Path, instrument: Instrument) -> str:
    return str(folder / instrument.id / f"v{instrument.version}.yaml")


def _frozen_problem(db: sqlite_utils.Database, instrument: Instrument, folder: Path):
    stored = _stored_row(db, instrument.id, instrument.version)
    if stored is None or stored["hash"] == instrument.content_hash():
        return None
    count = response_count(db, instrument.id, instrument.version)
    if not count:
        return None
    return Problem(
        _source(folder, instrument),
        None,
        "",
        f"version {instrument.version} of {instrument.id!r} has collected data ({count} "
        f"response(s)) and is frozen, but its file has changed. Restore the file and put the "
        f"change in a new version, v{instrument.version + 1}.yaml, then run `casebook init`.",
    )


def register(
    db: sqlite_utils.Database, instrument: Instrument, source: str, actor: audit.Actor
) -> str:
    """Store one version; returns 'added', 'updated' (no data yet) or 'unchanged'."""
    digest = instrument.content_hash()
    stored = _stored_row(db, instrument.id, instrument.version)
    if stored is not None and stored["hash"] == digest:
        return "unchanged"
    row = {
        "instrument_id": instrument.id,
        "version": instrument.version,
        "kind": instrument.kind,
        "title": label_text(instrument.title),
        "hash": digest,
        "definition": json.dumps(instrument.definition(), ensure_ascii=False, sort_keys=True),
        "source_path": source,
        "registered_at": stored["registered_at"] if stored else now(),
        "updated_at": now(),
    }
    with write_transaction(db):
        db["instrument_versions"].upsert(row, pk=("instrument_id", "version"))
        key = f"{instrument.id}/v{instrument.version}"
        before = {"hash": stored["hash"]} if stored else None
        audit.record(
            db,
            actor,
            "update" if stored else "create",
            "instrument_versions",
            key,
            before=before,
            after={"hash": digest, "source": source},
        )
    return "updated" if stored else "added"


def sync_waves(db: sqlite_utils.Database, settings: StudySettings) -> None:
    """Make the waves table match study.yaml (waves are only added or relabelled)."""
    for position, wave in enumerate(settings.waves):
        db["waves"].upsert(
            {
                "id": wave.id,
                "label": label_text(wave.label),
                "month": wave.month,
                "position": position,
            },
            pk="id",
        )


def _stored_row(db: sqlite_utils.Database, instrument_id: str, version: int) -> dict | None:
    rows = list(
        db.query(
            "SELECT * FROM instrument_versions WHERE instrument_id = ? AND version = ?",
            [instrument_id, version],
        )
    )
    return rows[0] if rows else None


def response_count(db: sqlite_utils.Database, instrument_id: str, version: int) -> int:
    return db.execute(
        "SELECT count(*) FROM responses WHERE instrument_id = ? AND version = ?",
        [instrument_id, version],
    ).fetchone()[0]


_BUILT: dict[str, Instrument] = {}


def get_instrument(db: sqlite_utils.Database, instrument_id: str, version: int) -> Instrument:
    """The registered version, built from its stored definition (not from the file).
    Built once per content hash; later calls read only the hash."""
    found = db.execute(
        "SELECT hash FROM instrument_versions WHERE instrument_id = ? AND version = ?",
        [instrument_id, version],
    ).fetchone()
    if found is None:
        raise UnknownInstrument(f"no registered instrument {instrument_id!r} version {version}")
    digest = found[0]
    if digest not in _BUILT:
        definition = _stored_row(db, instrument_id, version)["definition"]
        _BUILT[digest] = Instrument.model_validate(json.loads(definition))
    return _BUILT[digest]


def list_versions(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every registered version with its response count, by id then version."""
    return list(
        db.query(
            "SELECT v.instrument_id, v.version, v.kind, v.title, v.hash, v.registered_at,"
            " (SELECT count(*) FROM responses r WHERE r.instrument_id = v.instrument_id"
            "  AND r.version = v.version) AS responses"
            " FROM instrument_versions v ORDER BY v.instrument_id, v.version"
        )
    )


def newest_versions(db: sqlite_utils.Database) -> dict[str, int]:
    """The newest registered version of each instrument."""
    rows = db.query(
        "SELECT instrument_id, max(version) AS version FROM instrument_versions "
        "GROUP BY instrument_id"
    )
    return {row["instrument_id"]: row["version"] for row in rows}
