"""A device's queued saves reach the server exactly once (issue 8): a replay, a save whose
answer was lost, a crash half-way through a request and a response started offline each end
with one response and one audit row per change. Roles are checked against the stored
response, and a refusal never shows what the caller may not read."""

from __future__ import annotations

import uuid

import pytest
from casebook import response_store as service  # where the rows and audit writes are
from casebook.responses import get_response

from tests.conftest import csrf_token, login
from tests.study_fixtures import case_with_patient
from tests.test_collect import post_autosave, start_interview


def count(db, sql: str, *params) -> int:
    return db.execute(sql, params).fetchone()[0]


def audit_count(db, key: str) -> int:
    return count(db, "SELECT count(*) FROM audit_log WHERE row_key LIKE ?", f"{key}%")


NOTES = {"own_goals-notes": "A flat of her own.", "life_now-notes": "Works two days."}


def test_a_replayed_save_is_stored_once(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    first = post_autosave(client, key, token, 1, **NOTES)
    rows = audit_count(db, key)
    again = post_autosave(client, key, token, 1, **NOTES)  # the same record, sent twice
    assert (first.json["revision"], again.json["revision"]) == (2, 2)
    assert again.json["changed"] is False and audit_count(db, key) == rows


def test_a_save_whose_answer_was_lost_is_replayed_then_the_newer_text_goes_on_top(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    post_autosave(client, key, token, 1, **NOTES)  # stored, but the device never heard back
    replay = post_autosave(client, key, token, 1, **NOTES)  # the device sends it again as it was
    newer = post_autosave(
        client, key, token, replay.json["revision"], **NOTES, interview_duration="50"
    )
    assert newer.status_code == 200 and newer.json["revision"] == 3
    changes = db.query(
        "SELECT row_key FROM audit_log WHERE table_name = 'answers' AND row_key LIKE ?",
        [f"{key}/%"],
    )
    assert sorted(r["row_key"].split("/")[1] for r in changes) == [
        "interview_duration",
        "life_now",
        "own_goals",
    ]


def test_a_crash_half_way_stores_nothing_and_the_replay_stores_once(app, db, monkeypatch) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    rows = audit_count(db, key)
    real = service._write_answers
    calls = []

    def crash(*args, **kwargs):
        calls.append(1)
        real(*args, **kwargs)  # the answers are written... then the server dies
        raise RuntimeError("power cut")

    monkeypatch.setattr(service, "_write_answers", crash)
    app.config["PROPAGATE_EXCEPTIONS"] = False  # what a device gets: a 500, not a traceback
    crashed = post_autosave(client, key, token, 1, **NOTES)
    assert crashed.status_code == 500 and calls
    stored = get_response(db, key)
    assert stored["revision"] == 1 and stored["answers"] == {} and audit_count(db, key) == rows
    monkeypatch.setattr(service, "_write_answers", real)
    replay = post_autosave(client, key, token, 1, **NOTES)
    assert replay.status_code == 200 and replay.json["revision"] == 2
    assert audit_count(db, key) == rows + 3  # the response row and one per answer


def start_fields(case_id: int, participant: int | None, instrument="patient-interview:2"):
    name, version = instrument.split(":")
    return {
        "meta-instrument": name,
        "meta-version": version,
        "meta-case": str(case_id),
        "meta-participant": str(participant) if participant else "",
        "meta-wave": "baseline",
        "meta-date": "2026-03-02",
    }


def test_a_response_started_offline_is_created_once(app, db) -> None:
    case_id, patient = case_with_patient(db)
    client = app.test_client()
    login(client, "interviewer")
    token = csrf_token(client)
    key = str(uuid.uuid4())
    body = start_fields(case_id, patient) | {"own_goals-notes": "Typed in the car park."}
    first = post_autosave(client, key, token, 0, **body)
    again = post_autosave(client, key, token, 0, **body)
    assert first.status_code == 200 and first.json["created"] is True
    assert again.status_code == 200 and again.json["created"] is False
    assert (first.json["revision"], again.json["revision"]) == (1, 1)
    assert count(db, "SELECT count(*) FROM responses") == 1
    stored = get_response(db, key)
    assert stored["date"] == "2026-03-02" and stored["participant"] == patient
    assert stored["answers"] == {"own_goals": {"notes": "Typed in the car park."}}
    assert audit_count(db, key) == 2  # created once, one answer


def test_an_offline_start_needs_consent_and_the_right_role(app, db) -> None:
    case_id, unconsented = case_with_patient(db, "RG02", consent=False)
    client = app.test_client()
    login(client, "interviewer")
    refused = post_autosave(
        client, str(uuid.uuid4()), csrf_token(client), 0, **start_fields(case_id, unconsented)
    )
    assert refused.status_code == 422 and "consent" in str(refused.json["problems"])
    observer = app.test_client()
    login(observer, "observer")
    case_id, patient = case_with_patient(db, "RG03")
    forbidden = post_autosave(
        observer, str(uuid.uuid4()), csrf_token(observer), 0, **start_fields(case_id, patient)
    )
    assert forbidden.status_code == 403
    assert count(db, "SELECT count(*) FROM responses") == 0


def test_roles_are_checked_against_the_stored_response_not_the_post(app, db) -> None:
    client = app.test_client()
    key, case_id, _ = start_interview(client, db)
    observer = app.test_client()
    login(observer, "observer")
    body = start_fields(case_id, None, "meeting-observation:1") | {"own_goals-notes": "not mine"}
    refused = post_autosave(observer, key, csrf_token(observer), 1, **body)
    assert refused.status_code == 403
    assert "current" not in refused.json and "differences" not in refused.json
    assert get_response(db, key)["answers"] == {}


def test_a_conflict_shows_both_versions(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    post_autosave(client, key, token, 1, **{"own_goals-notes": "Theirs, from the office."})
    stale = post_autosave(client, key, token, 1, **{"own_goals-notes": "Mine, from the tablet."})
    assert stale.status_code == 409
    assert stale.json["differences"] == [
        {
            "item": "own_goals",
            "label": "What would you like to achieve in your life in the coming year?",
            "theirs": "Theirs, from the office.",
            "yours": "Mine, from the tablet.",
        }
    ]
    assert stale.json["current"]["revision"] == 2


def test_the_token_route_says_who_is_logged_in(app, db) -> None:
    client = app.test_client()
    login(client, "interviewer")
    answer = client.get("/responses/csrf-token", headers={"Accept": "application/json"})
    user = db.execute("SELECT id FROM users WHERE username = 'interviewer'").fetchone()[0]
    assert answer.json["user"] == user and answer.json["csrf_token"]
    anonymous = app.test_client().get(
        "/responses/csrf-token", headers={"Accept": "application/json"}
    )
    assert anonymous.status_code == 401


@pytest.mark.parametrize("bad", [{"meta-version": "two"}, {"meta-participant": "x"}])
def test_an_unreadable_start_is_refused(app, db, bad) -> None:
    case_id, patient = case_with_patient(db)
    client = app.test_client()
    login(client, "interviewer")
    body = start_fields(case_id, patient) | bad
    refused = post_autosave(client, str(uuid.uuid4()), csrf_token(client), 0, **body)
    assert refused.status_code == 422 and refused.is_json
    assert count(db, "SELECT count(*) FROM responses") == 0
