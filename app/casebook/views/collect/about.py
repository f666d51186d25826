"""What a response is about, in words for the pages that talk about one response rather
than show its form: resuming instead of starting a duplicate, discarding, a discarded one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from casebook import study
from casebook.accounts import get_user
from casebook.db import get_db
from casebook.drafts import Place, where_stopped
from casebook.instruments.model import Instrument, label_text
from casebook.language import reading_language
from casebook.wording import wave_text


def describe(response: dict[str, Any], instrument: Instrument) -> dict[str, Any]:
    """Labels for the template `casebook/collect/_about.html`."""
    db = get_db()
    person = study.get_participant(db, response["participant"]) if response["participant"] else None
    last: Place | None = None
    missing: Place | None = None
    if response["status"] == "draft":
        last, missing = where_stopped(db, instrument, response["uuid"], reading_language())
    return {
        "response": response,
        "title": label_text(instrument.title, reading_language(), instrument.languages[0]),
        "kind": instrument.kind,
        "case": study.get_case(db, response["case"]),
        "person": person,
        "wave": wave_text(response["wave"]),
        "collector": user_name(response["collector_id"]),
        "last": last,
        "missing": missing,
        "local_time": local_time,
    }


def local_time(stamp: str | None) -> str:
    """`2026-03-02 14:03` for a stored UTC timestamp, in the server's time zone."""
    if not stamp:
        return ""
    return dt.datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")


def user_name(user_id: int | None) -> str:
    user = get_user(get_db(), user_id) if user_id else None
    return (user or {}).get("display_name") or (user or {}).get("username") or "—"


def back_to(response: dict[str, Any]) -> tuple[str, dict[str, int]]:
    """The page a response belongs to: its participant's, or its case's."""
    if response["participant"]:
        return "casebook.study.participant", {"participant_id": response["participant"]}
    return "casebook.study.case", {"case_id": response["case"]}
