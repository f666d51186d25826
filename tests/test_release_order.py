"""Rows of the person, case and response tables of a release are written in pseudonym order,
so `select rowid, * from participants` (or `cases`, `staff`, `responses`, `answers`, ...) does
not give away the order in which cases were opened, people enrolled or interviews were done."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from casebook import study
from casebook.config import instance_folder
from casebook.db import connect_read_only
from casebook.pseudonyms import RELEASE_KEY_FILE, Pseudonyms, release_key
from casebook.release.build import RESPONSE_CODE_LENGTH
from casebook.release.identities import assign_identities
from casebook.release.source import read_study
from casebook.responses import ResponseInput, save_response
from casebook.settings import load_settings

from tests.release_fixtures import SYSTEM, person, release
from tests.study_fixtures import staff

# A fixed release key, so the codes (and whether enrolment order happens to be sorted) are
# the same on every run.
KEY = "5e" * 32
NAMES = ["Anna Ek", "Bo Lund", "Cecilia Holm", "David Berg", "Eva Sjö", "Filip Nyström"]


def enrolment_codes(app) -> tuple[list[str], list[str], list[str]]:
    """Each table's codes in the order the private database holds its rows (id order)."""
    private = connect_read_only(Path(app.config["CASEBOOK_DATABASE"]))
    try:
        data = read_study(private)
        settings = load_settings(Path(app.config["CASEBOOK_INSTRUMENTS"]))
        ids = assign_identities(data, settings, release_key(instance_folder(app)))
    finally:
        private.close()
    ordered = lambda codes, rows: [codes[r["id"]] for r in sorted(rows, key=lambda r: r["id"])]  # noqa: E731
    return (
        ordered(ids.cases, data.cases),
        ordered(ids.participants, data.participants),
        ordered(ids.staff, data.staff),
    )


def published(path: Path, table: str, column: str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [
            code for (code,) in conn.execute(f"SELECT [{column}] FROM [{table}] ORDER BY rowid")
        ]
    finally:
        conn.close()


def test_people_and_cases_are_written_in_pseudonym_order(app, db, tmp_path):
    key_file = instance_folder(app) / RELEASE_KEY_FILE
    key_file.write_text(KEY)
    key_file.chmod(0o600)
    cases = [study.create_case(db, f"RG{n:02}", "", SYSTEM) for n in range(1, 7)]
    for case_id, name in zip(cases, NAMES, strict=True):
        person(db, case_id, "patient", name, gender="female", birth_year=1980)
    enrolled = enrolment_codes(app)
    # The enrolment order of these codes is not their sorted order (else the test proves nothing).
    for codes in enrolled:
        assert len(codes) >= 3 and codes != sorted(codes), codes
    path, _ = release(app, tmp_path)
    for (table, column), codes in zip(
        [("cases", "case"), ("participants", "participant"), ("staff", "staff")],
        enrolled,
        strict=True,
    ):
        assert published(path, table, column) == sorted(codes), table


def test_responses_and_their_rows_are_written_in_pseudonym_order(app, db, tmp_path):
    """Response uuids are time-ordered (UUIDv7): rows in uuid order would give away the
    order interviews were done in. Every table of responses is in response-code order."""
    key_file = instance_folder(app) / RELEASE_KEY_FILE
    key_file.write_text(KEY)
    key_file.chmod(0o600)
    case_id = study.create_case(db, "RG01", "", SYSTEM)
    collected = []  # uuids in the order the interviews were done
    for n, name in enumerate(NAMES[:3]):
        patient = person(db, case_id, "patient", name, gender="female", birth_year=1980)
        for w, wave in enumerate(("baseline", "m12")):
            key = f"0190a000-0000-7000-8000-{2 * n + w:012d}"
            answers = {
                "consent_confirmed": True,
                "interviewed_before": w > 0,
                "life_now": {"covered": True, "notes": f"{wave} notes."},
                "own_goals": {"covered": True, "notes": "Wants to work part-time."},
            }
            data = ResponseInput(
                instrument="patient-interview",
                version=2,
                case=case_id,
                participant=patient,
                wave=wave,
                date=f"202{6 + w}-02-0{n + 1}",
                status="complete",
                answers=answers,
            )
            save_response(db, key, data, staff(db), "interviewer")
            collected.append(key)
    codes = Pseudonyms(release_key(instance_folder(app)), "response", "R", RESPONSE_CODE_LENGTH)
    in_collection_order = [codes.code(key) for key in collected]
    assert in_collection_order != sorted(in_collection_order)  # else this proves nothing
    path, _ = release(app, tmp_path)
    assert published(path, "responses", "response") == sorted(in_collection_order)
    for table in ("answers", "topics", "wide_patient_interview_v2"):
        rows = published(path, table, "response")
        assert len(rows) >= 6 and rows == sorted(rows), table
