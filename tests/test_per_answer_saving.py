"""One bad answer never blocks the others (issue 8): the browser's saves store every valid
answer and keep back each one that fails, the no-JS buttons do the same, and the JSON API
stays all-or-nothing. Every audit row still records exactly what changed."""

from __future__ import annotations

import json
import re

from casebook.responses import (
    ResponseInput,
    get_response,
    save_response,
    save_valid_answers,
)
from casebook.tokens import create_token

from tests.conftest import csrf_token, login
from tests.study_fixtures import case_with_patient, interview, new_uuid, staff
from tests.test_collect import page_fields, post_autosave, start_interview


def answer_audit(db, key: str) -> list[tuple[str, str, str | None]]:
    rows = db.query(
        "SELECT action, row_key, after FROM audit_log WHERE table_name = 'answers'"
        " AND row_key LIKE ? ORDER BY id",
        [f"{key}/%"],
    )
    return [(r["action"], r["row_key"].split("/", 1)[1], r["after"]) for r in rows]


def test_55_then_5o_then_55_ends_saved_with_55_stored(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    first = post_autosave(client, key, token, 1, interview_duration="55")
    assert first.json["revision"] == 2 and first.json["problems"] == {}
    typo = post_autosave(client, key, token, 2, interview_duration="5o")
    assert typo.status_code == 200 and typo.json["revision"] == 2
    assert typo.json["fields"]["interview_duration"] == [
        "not a number of minutes: type whole minutes, e.g. 45"
    ]
    assert get_response(db, key)["answers"]["interview_duration"] == 55  # the server keeps 55
    fixed = post_autosave(client, key, token, 2, interview_duration="55")
    assert fixed.status_code == 200
    assert fixed.json == fixed.json | {
        "revision": 2,
        "changed": False,
        "problems": {},
        "fields": {},
    }
    assert answer_audit(db, key) == [("create", "interview_duration", "55")]


def test_a_failed_constraint_keeps_the_stored_value_and_the_rest_is_saved(db) -> None:
    case_id, patient = case_with_patient(db)
    key, me = new_uuid(), staff(db)
    first = interview(case_id, patient, answers={"consent_confirmed": True})
    save_response(db, key, first, me, "interviewer")
    answers = {"consent_confirmed": False, "life_now": {"notes": "A calm week."}}
    result = save_valid_answers(
        db, key, interview(case_id, patient, answers=answers, revision=1), me, "interviewer"
    )
    message = "Do not go on without the participant's consent. End the interview instead."
    assert result.rejected == {"consent_confirmed": [message]}
    assert result.changed and result.response["revision"] == 2
    assert result.response["answers"] == {
        "consent_confirmed": True,
        "life_now": {"notes": "A calm week."},
    }
    assert [row[1] for row in answer_audit(db, key)] == ["consent_confirmed", "life_now"]


def test_an_unreadable_date_keeps_the_stored_date(db) -> None:
    case_id, patient = case_with_patient(db)
    key, me = new_uuid(), staff(db)
    save_response(db, key, interview(case_id, patient), me, "interviewer")
    data = interview(case_id, patient, date="31/02/2026", revision=1)
    result = save_valid_answers(db, key, data, me, "interviewer")
    assert result.rejected == {"date": ["a date as YYYY-MM-DD"]}
    assert result.response["date"] == "2026-02-01" and not result.changed


def test_the_json_api_stays_all_or_nothing(app, db) -> None:
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    client = app.test_client()
    token = create_token(db, "interviewer", "tests", staff(db)).secret
    body = {
        "instrument": "patient-interview",
        "version": 2,
        "case": case_id,
        "participant": patient,
        "wave": "baseline",
        "answers": {"interview_duration": 999, "own_goals": {"notes": "valid"}},
    }
    refused = client.put(
        f"/api/v1/responses/{key}", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    assert refused.status_code == 422
    assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0


def test_save_draft_without_javascript_keeps_every_valid_answer(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    fields = page_fields(client.get(f"/responses/{key}").get_data(as_text=True))
    fields.update(
        {"action": "draft", "interview_duration": "about an hour", "own_goals-notes": "Kept."}
    )
    page = client.post(f"/responses/{key}", data=fields)
    html = page.get_data(as_text=True)
    assert page.status_code == 422
    assert "Draft saved, except 1 answer" in html and 'value="about an hour"' in html
    assert 'id="interview_duration-error"' in html
    kept_back = re.search(r'<script type="application/json" id="cb-kept-back">(.*?)</script>', html)
    assert json.loads(kept_back[1]) == {
        "interview_duration": ["not a number of minutes: type whole minutes, e.g. 45"]
    }
    stored = get_response(db, key)
    assert stored["answers"]["own_goals"] == {"notes": "Kept."} and stored["revision"] == 2


def test_mark_complete_with_a_bad_answer_saves_the_rest_as_a_draft(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    fields = page_fields(client.get(f"/responses/{key}").get_data(as_text=True))
    fields.update(
        {
            "action": "complete",
            "consent_confirmed": "yes",
            "interviewed_before": "no",
            "life_now-notes": "Ordinary week.",
            "own_goals-notes": "A job.",
            "interview_duration": "5o",
        }
    )
    page = client.post(f"/responses/{key}", data=fields)
    assert page.status_code == 422
    assert "NOT marked complete" in page.get_data(as_text=True)
    stored = get_response(db, key)
    assert stored["status"] == "draft"
    assert stored["answers"]["own_goals"] == {"notes": "A job."}
    assert "interview_duration" not in stored["answers"]


def test_an_answer_in_a_repeat_row_is_kept_back_as_a_whole_item(app, db) -> None:
    case_id, _ = case_with_patient(db)
    key = new_uuid()
    observation = ResponseInput("meeting-observation", 1, case_id, "baseline", date="2026-02-03")
    save_response(db, key, observation, staff(db, "observer"), "observer")
    client = app.test_client()
    login(client, "observer")
    token = csrf_token(client, f"/responses/{key}")
    body = {
        "attendees-0-role": "patient",
        "attendee_count": "1.5",
        "meeting_duration": "90",
        "overall_impression": "Warm.",
    }
    saved = post_autosave(client, key, token, 1, **body)
    assert saved.status_code == 200
    assert saved.json["fields"] == {"attendee_count": ["a whole number is needed here, e.g. 12"]}
    answers = get_response(db, key)["answers"]
    assert answers["attendees"] == [{"role": "patient"}]
    assert answers["meeting_duration"] == 90 and "attendee_count" not in answers
