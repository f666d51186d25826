"""Which wave the start form suggests: for an interview, the first wave (in study order) in
which the participant has no complete response with that guide, so a finished baseline never
invites a second baseline; none when every wave is done. An observation or coding suggests
none: a group is observed many times a wave, so the observer chooses each time."""

from __future__ import annotations

from typing import Any

import sqlite_utils

from casebook.instruments.model import Instrument


def suggested_waves(
    db: sqlite_utils.Database, instruments: list[Instrument], participant_id: int | None
) -> dict[str, str | None]:
    """Instrument id -> the wave to preselect, or None to make the collector choose."""
    order = [row["id"] for row in db.query("SELECT id FROM waves ORDER BY position")]
    done = _complete_waves(db, participant_id) if participant_id is not None else {}
    suggested: dict[str, str | None] = {}
    for instrument in instruments:
        if participant_id is None or not instrument.about_participant:
            suggested[instrument.id] = None
            continue
        finished = done.get(instrument.id, set())
        open_waves = [w for w in order if w in instrument.waves and w not in finished]
        suggested[instrument.id] = open_waves[0] if open_waves else None
    return suggested


def _complete_waves(db: sqlite_utils.Database, participant_id: int) -> dict[str, set[str]]:
    rows: Any = db.query(
        "SELECT DISTINCT instrument_id, wave_id FROM responses"
        " WHERE participant_id = ? AND status = 'complete'",
        [participant_id],
    )
    done: dict[str, set[str]] = {}
    for row in rows:
        done.setdefault(row["instrument_id"], set()).add(row["wave_id"])
    return done
