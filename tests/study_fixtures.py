"""Small builders for tests: a case with a consented patient, a response input."""

from __future__ import annotations

import uuid
from typing import Any

from casebook import study
from casebook.audit import Actor
from casebook.responses import ResponseInput

ROLE_IDS = ["patient", "significant_other", "professional"]
TESTER = Actor(None, "tests")


def case_with_patient(
    db, code: str = "RG01", consent: bool = True, name: str = "Elin Berg"
) -> tuple[int, int]:
    """A case and a patient in it (consented unless told otherwise): (case id, patient id)."""
    case_id = study.create_case(db, code, "test case", TESTER)
    data = study.ParticipantInput(
        case_id=case_id,
        role="patient",
        name=name,
        consent_date="2026-01-10" if consent else None,
        consent_version="v1" if consent else "",
    )
    return case_id, study.create_participant(db, data, ROLE_IDS, TESTER)


def interview(case_id: int, patient_id: int, version: int = 2, **changes: Any) -> ResponseInput:
    data = ResponseInput(
        instrument="patient-interview",
        version=version,
        case=case_id,
        participant=patient_id,
        wave="baseline",
        date="2026-02-01",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def staff(db, role: str = "interviewer") -> Actor:
    """The test account of a role (conftest.make_app creates one per role)."""
    row = db.execute("SELECT id, username FROM users WHERE username = ?", [role]).fetchone()
    return Actor(row[0], row[1])


def new_uuid() -> str:
    return str(uuid.uuid4())
