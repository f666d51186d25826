"""The study's own words in the reader's language, for pages: response statuses, account
roles, instrument kinds, and the labels study.yaml and the instruments give participant
roles, waves and instrument titles (each falling back to English, then to any language)."""

from __future__ import annotations

import json
from pathlib import Path

import sqlite_utils
from flask import current_app

from casebook.i18n import _l
from casebook.instruments.model import label_text
from casebook.instruments.yamlfile import InstrumentError
from casebook.language import reading_language
from casebook.settings import StudySettings, current_settings

STATUSES = {"draft": _l("draft"), "complete": _l("complete"), "discarded": _l("discarded")}
ACCOUNT_ROLES = {
    "admin": _l("admin"),
    "interviewer": _l("interviewer"),
    "observer": _l("observer"),
    "analyst": _l("analyst"),
}
KINDS = {"interview": _l("interview"), "observation": _l("observation"), "coding": _l("coding")}


def status_text(status: str) -> str:
    return str(STATUSES.get(status, status))


def account_role_text(role: str) -> str:
    return str(ACCOUNT_ROLES.get(role, role))


def kind_text(kind: str) -> str:
    return str(KINDS.get(kind, kind))


def _settings() -> StudySettings | None:
    try:
        return current_settings(Path(current_app.config["CASEBOOK_INSTRUMENTS"]))
    except InstrumentError:  # study.yaml unreadable: the ids still say what they are
        return None


def role_label(role_id: str) -> str:
    """A participant role (study.yaml) in the reader's language."""
    settings = _settings()
    return settings.role_label(role_id, reading_language()) if settings else role_id


def wave_text(wave_id: str) -> str:
    """A wave (study.yaml) in the reader's language."""
    settings = _settings()
    return settings.wave_label(wave_id, reading_language()) if settings else wave_id


def instrument_titles(db: sqlite_utils.Database) -> dict[tuple[str, int], str]:
    """(instrument id, version) -> title in the reader's language."""
    rows = db.query(
        "SELECT instrument_id, version, json_extract(definition, '$.title') AS title,"
        " json_type(definition, '$.title') AS kind FROM instrument_versions"
    )
    language = reading_language()
    return {
        (row["instrument_id"], row["version"]): label_text(
            json.loads(row["title"]) if row["kind"] == "object" else row["title"], language
        )
        for row in rows
    }


STAGES = {
    "starting": _l("Starting"),
    "building the release": _l("Building the release"),
    "verifying the release": _l("Verifying the release"),
}


def stage_text(stage: str) -> str:
    """A release run's stage, as the publish page shows it."""
    return str(STAGES.get(stage, stage.capitalize()))
