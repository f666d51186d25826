"""The checks of a response's metadata (what it is about, when, its status) against the study
as stored: the case, the wave, the participant and their consent. The answers' own checks are
in `casebook.instruments.answers`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlite_utils

from casebook.dates import is_iso_date
from casebook.db import select
from casebook.i18n import _, _l
from casebook.instruments.model import Instrument
from casebook.study import has_consent

if TYPE_CHECKING:
    from casebook.responses import ResponseInput

STATUSES = ("draft", "complete")  # what a save may set


def meta_problems(
    db: sqlite_utils.Database,
    instrument: Instrument,
    data: ResponseInput,
    existing: dict[str, Any] | None,
) -> dict[str, list[str]]:
    """What is wrong with a response's metadata: instrument version, status, case, wave, date
    and participant, each field's messages under its name."""
    problems: dict[str, list[str]] = {}

    def add(name: str, message: str) -> None:
        problems.setdefault(name, []).append(message)

    if existing and (existing["instrument"], existing["version"]) != (
        data.instrument,
        data.version,
    ):
        add("instrument", "a response keeps the instrument version it was started with")
    if data.status not in STATUSES:
        add("status", "status is 'draft' or 'complete'")
    if not _exists(db, "cases", "id", data.case):
        add("case", f"no case with id {data.case}")
    if data.wave not in instrument.waves:
        add("wave", f"this instrument is used in the waves: {', '.join(instrument.waves)}")
    elif not _exists(db, "waves", "id", data.wave):
        add("wave", f"no wave {data.wave!r} in the study settings")
    _check_date(data, instrument, add)
    _check_participant(db, instrument, data, add)
    return problems


# Whole sentences per kind, so each reads naturally once translated.
DATE_NEEDED = {
    "interview": _l("the date of the interview is needed before marking it complete"),
    "observation": _l("the date of the observation is needed before marking it complete"),
    "coding": _l("the date of the coding is needed before marking it complete"),
}


def _check_date(data: ResponseInput, instrument: Instrument, add) -> None:
    if data.date:
        if not is_iso_date(data.date):
            add("date", _("a date as YYYY-MM-DD"))
    elif data.status == "complete":
        what = "interview" if instrument.about_participant else instrument.kind
        add("date", str(DATE_NEEDED[what]))


def _check_participant(
    db: sqlite_utils.Database, instrument: Instrument, data: ResponseInput, add
) -> None:
    if not instrument.about_participant:
        if data.participant is not None:
            add("participant", f"an {instrument.kind} is about a case, not a participant")
        return
    rows = select(db, "SELECT * FROM participants WHERE id = ?", [data.participant])
    if not rows:
        add("participant", _("an interview is about one participant: choose who"))
        return
    participant = rows[0]
    if participant["case_id"] != data.case:
        add("participant", _("this participant belongs to another case"))
    if participant["role"] not in instrument.roles:
        add("participant", _("this guide is for: %(roles)s", roles=", ".join(instrument.roles)))
    if not has_consent(participant):
        add("participant", _("no recorded consent: record the participant's consent first"))


def _exists(db: sqlite_utils.Database, table: str, column: str, value: Any) -> bool:
    return db.execute(f"SELECT 1 FROM {table} WHERE {column} = ?", [value]).fetchone() is not None
