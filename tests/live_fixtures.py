"""Builders for live event coding tests: a complete observation of meeting-observation v2
(the bundled version with a live part) and taps as a device sends them."""

from __future__ import annotations

import uuid
from typing import Any

from casebook.responses import ResponseInput, save_response

from tests.study_fixtures import staff

ITEM = "meeting_events"
FIELD = "live-meeting_events"
ROWS = {
    "process_scores": ["support", "acknowledgement", "activation", "openness", "integration"],
    "hindering_scores": ["implementation", "predominant_network", "setting_tensions"],
}


def complete_answers() -> dict[str, Any]:
    """Every answer meeting-observation v2 needs to be complete."""
    return {
        "meeting_duration": 60,
        "goals_discussed": True,
        "attendee_count": 2,
        "attendees": [{"role": "patient", "chaired": True}, {"role": "case_manager"}],
        **{
            checklist: {row: {"score": 2, "evidence": "Seen."} for row in rows}
            for checklist, rows in ROWS.items()
        },
    }


def observation_v2(
    db, case_id: int, observer: str = "observer", date: str = "2026-03-02", status: str = "draft"
) -> str:
    """A meeting observation under v2 by the account of role `observer` (an admin may too)."""
    key = str(uuid.uuid4())
    data = ResponseInput(
        instrument="meeting-observation",
        version=2,
        case=case_id,
        wave="baseline",
        date=date,
        status=status,
        answers=complete_answers() if status == "complete" else {"meeting_duration": 60},
    )
    save_response(db, key, data, staff(db, observer), observer, start_anyway=True)
    return key


def tap(t: int, code: str, subject: str | None = None, tap_id: str | None = None) -> dict:
    return {"id": tap_id or str(uuid.uuid4()), "t": t, "code": code, "subject": subject}
