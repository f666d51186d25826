"""Study progress for the dashboard: per case and wave, which interviews and observations are
complete, which are drafts, and who has not been interviewed yet."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from casebook.instruments.registry import get_instrument, newest_versions


@dataclass
class Cell:
    """One case in one wave."""

    complete: int = 0
    draft: int = 0
    missing: list[dict[str, Any]] = field(default_factory=list)
    observations: Counter = field(default_factory=Counter)


def interview_roles_by_wave(db: sqlite_utils.Database) -> dict[str, set[str]]:
    """For each wave, the participant roles that some interview guide covers."""
    covered: dict[str, set[str]] = {}
    for instrument_id, version in newest_versions(db).items():
        instrument = get_instrument(db, instrument_id, version)
        if instrument.about_participant:
            for wave in instrument.waves:
                covered.setdefault(wave, set()).update(instrument.roles)
    return covered


def _unit_status(codings: list[dict[str, Any]]) -> str:
    """One meeting (or document) coded by several people is one observation: as its
    consensus stands once there is one, else complete only when every coding is."""
    consensus = [c for c in codings if c["consensus"]]
    if consensus:
        return consensus[0]["status"]
    return "complete" if all(c["status"] == "complete" for c in codings) else "draft"


def study_progress(db: sqlite_utils.Database) -> dict[tuple[int, str], Cell]:
    """Cells keyed by (case id, wave id)."""
    cells: dict[tuple[int, str], Cell] = {}
    waves = [w["id"] for w in db.query("SELECT id FROM waves ORDER BY position")]
    rows = db.query(
        "SELECT r.case_id, r.wave_id, r.status, r.participant_id, r.unit_id, r.consensus,"
        " v.kind FROM responses r"
        " JOIN instrument_versions v ON v.instrument_id = r.instrument_id"
        " AND v.version = r.version WHERE r.status IN ('draft', 'complete')"
        # the coding of someone taken off a unit no longer counts towards it
        " AND (r.unit_id IS NULL OR r.consensus = 1 OR r.collector_id IN"
        " (SELECT user_id FROM unit_coders WHERE unit_id = r.unit_id))"
    )
    interviewed: set[tuple[int, str]] = set()
    units: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        cell = cells.setdefault((row["case_id"], row["wave_id"]), Cell())
        if row["unit_id"] is not None:  # a coded unit counts once, below
            units.setdefault(row["unit_id"], []).append(row)
        elif row["kind"] == "interview":
            setattr(cell, row["status"], getattr(cell, row["status"]) + 1)
            interviewed.add((row["participant_id"], row["wave_id"]))
        else:
            cell.observations[row["status"]] += 1
    for codings in units.values():
        cell = cells[(codings[0]["case_id"], codings[0]["wave_id"])]
        cell.observations[_unit_status(codings)] += 1
    roles = interview_roles_by_wave(db)
    for person in db.query("SELECT id, case_id, role, name FROM participants"):
        for wave in waves:
            if person["role"] in roles.get(wave, set()) and (person["id"], wave) not in interviewed:
                cells.setdefault((person["case_id"], wave), Cell()).missing.append(person)
    return cells
