"""Responses that would duplicate one already started: the same participant, interview guide
and wave; or, for an observation or coding, the same case, instrument, wave and date started
by the same observer. Starting one offers to resume the existing response instead.

A second interview of one participant with one guide in one wave is never legitimate (a
draft started by mistake is discarded instead). A second observation or coding can be: a
second meeting of the group that day, or more material coded from one date. Two observers
scoring the same meeting independently never see each other's responses here, because only
the observer's own count."""

from __future__ import annotations

from typing import Any, Protocol

import sqlite_utils

from casebook.instruments.model import Instrument


class Started(Protocol):
    """What a new response says about itself (a `casebook.responses.ResponseInput`)."""

    instrument: str
    case: int
    wave: str
    participant: int | None
    date: str | None


def existing_response(
    db: sqlite_utils.Database, instrument: Instrument, data: Started, collector_id: int | None
) -> dict[str, Any] | None:
    """The stored response (a `responses` row) that a new one would duplicate, a draft
    before a complete one and the newest first; discarded responses do not count."""
    if instrument.about_participant:
        where = "participant_id = ?"
        params: list[Any] = [data.participant]
    else:
        where = "case_id = ? AND date IS ? AND collector_id IS ?"
        params = [data.case, data.date or None, collector_id]
    rows = db.query(
        f"SELECT * FROM responses WHERE {where} AND instrument_id = ? AND wave_id = ?"
        " AND status IN ('draft', 'complete')"
        " ORDER BY status = 'draft' DESC, updated_at DESC LIMIT 1",
        [*params, data.instrument, data.wave],
    )
    return next(iter(rows), None)


def may_start_anyway(instrument: Instrument) -> bool:
    """Whether a second response like an existing one can be legitimate (see above)."""
    return not instrument.about_participant
