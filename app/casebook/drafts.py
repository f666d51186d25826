"""A collector's drafts, and where each one stopped: the section (and item) they last
touched, from the audit trail of its answers, and the first one that still has something
missing before the response can be marked complete."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from casebook.forms.naming import field_key
from casebook.instruments.answers import check_answers
from casebook.instruments.model import Instrument, label_text
from casebook.instruments.registry import get_instrument

LABEL_LIMIT = 70


@dataclass(frozen=True)
class Place:
    """A place in a response's form: its section, the item there, and the field to open."""

    section: str
    item: str
    anchor: str


@dataclass(frozen=True)
class Draft:
    response: dict[str, Any]
    last: Place | None
    missing: Place | None


def my_drafts(db: sqlite_utils.Database, user_id: int, language: str = "en") -> list[Draft]:
    """The drafts this user started, most recently saved first; titles and places in
    `language` where the instrument has it."""
    rows = db.query(
        "SELECT r.uuid, r.instrument_id AS instrument, r.version, r.date, r.updated_at,"
        " r.created_at, v.title, c.code AS case_code, p.name AS participant_name,"
        " w.label AS wave_label, r.wave_id AS wave"
        " FROM responses r"
        " JOIN instrument_versions v ON v.instrument_id = r.instrument_id"
        " AND v.version = r.version"
        " JOIN cases c ON c.id = r.case_id"
        " LEFT JOIN participants p ON p.id = r.participant_id"
        " LEFT JOIN waves w ON w.id = r.wave_id"
        " WHERE r.collector_id = ? AND r.status = 'draft' ORDER BY r.updated_at DESC",
        [user_id],
    )
    drafts = []
    for row in rows:
        instrument = get_instrument(db, row["instrument"], row["version"])
        last, missing = where_stopped(db, instrument, row["uuid"], language)
        title = label_text(instrument.title, language, instrument.languages[0])
        drafts.append(Draft({**row, "title": title}, last, missing))
    return drafts


def where_stopped(
    db: sqlite_utils.Database, instrument: Instrument, response_uuid: str, language: str = "en"
) -> tuple[Place | None, Place | None]:
    """(the place last touched, the first place with something missing to complete), named
    in `language` where the instrument has it, else in its first language."""
    touched = _last_touched_item(db, response_uuid)
    last = _place(instrument, touched, language) if touched else None
    answers = _answers(db, response_uuid)
    problems = check_answers(instrument, answers, complete=True)
    problem_items = {re.split(r"[.\[]", key, maxsplit=1)[0] for key in problems}
    first = next((i for i in _answer_ids(instrument) if i in problem_items), None)
    return last, (_place(instrument, first, language) if first else None)


def _last_touched_item(db: sqlite_utils.Database, response_uuid: str) -> str | None:
    """The item of the latest change to an answer (audit row keys are `<uuid>/<item id>`);
    the range keeps the lookup on the audit log's index."""
    row = db.execute(
        "SELECT row_key FROM audit_log WHERE table_name = 'answers'"
        " AND row_key >= ? AND row_key < ? ORDER BY id DESC LIMIT 1",
        [f"{response_uuid}/", f"{response_uuid}0"],
    ).fetchone()
    return row[0].split("/", 1)[1] if row else None


def _answers(db: sqlite_utils.Database, response_uuid: str) -> dict[str, Any]:
    rows = db.execute("SELECT item_id, value FROM answers WHERE response_uuid = ?", [response_uuid])
    return {item_id: json.loads(value) for item_id, value in rows}


def _answer_ids(instrument: Instrument) -> list[str]:
    """Every answer key in page order, each 'please specify' after its item."""
    ids = []
    for item in instrument.items():
        ids.append(item.id)
        if getattr(item, "other", False):
            ids.append(item.other_id)
    return ids


def _place(instrument: Instrument, answer_id: str, language: str) -> Place | None:
    item = next(
        (i for i in instrument.items() if answer_id in (i.id, getattr(i, "other_id", None))),
        None,
    )
    if item is None:  # an answer this version no longer has
        return None
    section = instrument.section_of(item.id)
    first = instrument.languages[0]
    section_title = label_text(section.title, language, first)
    item_label = _short(label_text(item.label, language, first))
    return Place(section_title, item_label, field_key(answer_id))


def _short(text: str) -> str:
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1].rstrip() + "…"
