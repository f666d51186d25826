"""Collecting responses through the Flask views: start, the form page, autosave, the form's
own buttons, permissions, old instrument versions and the audit trail."""

from __future__ import annotations

import json
import re
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest
from casebook import study
from casebook.audit import Actor
from casebook.responses import ResponseInput, get_response, save_response

from tests.conftest import BUNDLED_INSTRUMENTS, csrf_token, login, make_app
from tests.study_fixtures import ROLE_IDS, case_with_patient

SYSTEM = Actor.system("tests")


# --- helpers ----------------------------------------------------------------------------------


def make_case(db, code: str = "RG01", consent: bool = True) -> tuple[int, int]:
    """A case with one patient, consented unless told otherwise."""
    return case_with_patient(db, code, consent, name="Åsa Lind")


def start(client, token: str, **fields: Any):
    data = {
        "csrf_token": token,
        "uuid": str(uuid.uuid4()),
        "wave": "baseline",
        "date": "2025-03-01",
    } | fields
    return client.post("/responses/start", data=data), data["uuid"]


def start_interview(client, db, version: int = 2) -> tuple[str, int, int]:
    case_id, pid = make_case(db)
    login(client, "interviewer")
    token = csrf_token(client, "/")
    response, key = start(
        client,
        token,
        case=case_id,
        participant=pid,
        instrument_version=f"patient-interview:{version}",
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    assert response.headers["Location"].endswith(f"/responses/{key}")
    return key, case_id, pid


def page_fields(html: str) -> dict[str, str]:
    """The form's text fields, hidden fields and ticked boxes as a browser would post them."""
    fields: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        kind = re.search(r'type="([^"]+)"', tag)
        if not name:
            continue
        if kind and kind[1] in ("radio", "checkbox") and " checked" not in tag:
            continue
        fields[name[1]] = value[1] if value else ""
    for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = text
    return fields


def post_autosave(client, key: str, token: str, revision: int, **fields: str):
    body = {"revision": str(revision)} | fields
    return client.post(
        f"/responses/{key}/autosave",
        data=body,
        headers={"X-CSRFToken": token, "Accept": "application/json"},
    )


def audit_rows(db, table: str, key_prefix: str) -> list[dict[str, Any]]:
    return list(
        db.query(
            "SELECT * FROM audit_log WHERE table_name = ? AND row_key LIKE ? ORDER BY id",
            [table, f"{key_prefix}%"],
        )
    )


# --- starting ---------------------------------------------------------------------------------


def test_start_interview_for_consented_participant(app, db) -> None:
    client = app.test_client()
    key, case_id, pid = start_interview(client, db)
    stored = get_response(db, key)
    assert (stored["instrument"], stored["version"], stored["status"]) == (
        "patient-interview",
        2,
        "draft",
    )
    assert (stored["case"], stored["participant"], stored["wave"]) == (case_id, pid, "baseline")
    page = client.get(f"/responses/{key}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Patient interview" in html and "version 2" in html and "Åsa Lind" in html
    assert 'role="status"' in html and "All sent to the server at" in html
    assert 'id="section-closing"' in html


def test_start_twice_with_the_same_form_is_harmless(app, db) -> None:
    client = app.test_client()
    case_id, pid = make_case(db)
    login(client, "interviewer")
    token = csrf_token(client, "/")
    fields = {
        "csrf_token": token,
        "uuid": str(uuid.uuid4()),
        "wave": "baseline",
        "case": case_id,
        "participant": pid,
        "instrument_version": "patient-interview:2",
    }
    first = client.post("/responses/start", data=fields)
    second = client.post("/responses/start", data=fields)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"]
    assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 1


def test_start_refused_without_consent(app, db) -> None:
    client = app.test_client()
    case_id, pid = make_case(db, consent=False)
    login(client, "interviewer")
    token = csrf_token(client, "/")
    response, _ = start(
        client, token, case=case_id, participant=pid, instrument_version="patient-interview:2"
    )
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/participants/{pid}")
    page = client.get("/").get_data(as_text=True)  # the next page shows the flashed message
    assert "no recorded consent: record the participant&#39;s consent first" in page
    assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0


def test_start_goes_back_to_the_referring_page_only_on_this_site(app, db) -> None:
    client = app.test_client()
    case_id, pid = make_case(db, consent=False)
    login(client, "interviewer")
    token = csrf_token(client, "/")
    fields = {"case": case_id, "participant": pid, "instrument_version": "patient-interview:2"}
    response = client.post(
        "/responses/start",
        data={"csrf_token": token, "uuid": str(uuid.uuid4()), "wave": "baseline", **fields},
        headers={"Referer": "https://evil.example/phish"},
    )
    assert response.headers["Location"].endswith(f"/participants/{pid}")
    response = client.post(
        "/responses/start",
        data={"csrf_token": token, "uuid": str(uuid.uuid4()), "wave": "baseline", **fields},
        headers={"Referer": f"http://localhost/cases/{case_id}"},
    )
    assert response.headers["Location"] == f"/cases/{case_id}"


# --- autosave ---------------------------------------------------------------------------------


def test_autosave_then_identical_resend_keeps_the_revision(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    body = {
        "life_now-covered": "y",
        "life_now-notes": "Lives alone;\r\nworks part time.",
        "life_now-probes-housing": "y",
        "interviewed_before": "no",
    }
    first = post_autosave(client, key, token, 1, **body)
    assert first.status_code == 200, first.get_data(as_text=True)
    assert first.is_json
    assert first.json["revision"] == 2 and first.json["status"] == "draft"
    assert first.json["saved_at"] and first.json["changed"] is True
    again = post_autosave(client, key, token, 1, **body)  # the same body, sent twice
    assert again.status_code == 200
    assert again.json["revision"] == 2 and again.json["changed"] is False
    answers = get_response(db, key)["answers"]
    assert answers["life_now"] == {
        "covered": True,
        "notes": "Lives alone;\nworks part time.",
        "probes": {"housing": True},
    }
    assert answers["interviewed_before"] is False


def test_stale_autosave_is_a_conflict_and_changes_nothing(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    assert post_autosave(client, key, token, 1, **{"own_goals-notes": "first"}).status_code == 200
    assert post_autosave(client, key, token, 2, **{"own_goals-notes": "second"}).status_code == 200
    stale = post_autosave(client, key, token, 2, **{"own_goals-notes": "from another tablet"})
    assert stale.status_code == 409
    assert stale.json["error"]["code"] == "conflict"
    assert stale.json["current"]["revision"] == 3
    assert stale.json["current"]["collector"] == "Interviewer"
    assert stale.json["current"]["updated_at"]
    stored = get_response(db, key)
    assert stored["revision"] == 3 and stored["answers"]["own_goals"] == {"notes": "second"}


def test_a_bad_number_is_kept_back_and_the_other_answers_are_saved(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    saved = post_autosave(
        client,
        key,
        token,
        1,
        interview_duration="about an hour",
        **{"own_goals-notes": "typed after the bad value"},
    )
    assert saved.status_code == 200 and saved.is_json
    assert "not a number" in saved.json["fields"]["interview_duration"][0]
    assert list(saved.json["problems"]) == ["interview_duration"]
    stored = get_response(db, key)
    assert stored["revision"] == 2 == saved.json["revision"]
    assert stored["answers"] == {"own_goals": {"notes": "typed after the bad value"}}


def test_a_service_problem_is_kept_back_keyed_by_path_and_field(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    kept = post_autosave(client, key, token, 1, interview_duration="999")
    assert kept.status_code == 200
    assert kept.json["problems"] == {"interview_duration": ["must be at most 240 minutes"]}
    assert kept.json["fields"] == {"interview_duration": ["must be at most 240 minutes"]}
    assert kept.json["changed"] is False and get_response(db, key)["revision"] == 1


def test_autosave_drops_answers_to_hidden_items(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    body = {"interviewed_before": "no", "changes_since_last-notes": "typed, then hidden"}
    saved = post_autosave(client, key, token, 1, **body)
    assert saved.status_code == 200
    assert "changes_since_last" not in get_response(db, key)["answers"]


def test_autosave_answers_json_for_unknown_response_and_bad_revision(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    token = csrf_token(client, f"/responses/{key}")
    missing = post_autosave(client, str(uuid.uuid4()), token, 1)
    assert missing.status_code == 404 and missing.is_json
    no_revision = client.post(
        f"/responses/{key}/autosave",
        data={"own_goals-notes": "x"},
        headers={"X-CSRFToken": token, "Accept": "application/json"},
    )
    assert no_revision.status_code == 422 and no_revision.is_json
    assert "revision" in no_revision.json["problems"]


# --- the form's own buttons -------------------------------------------------------------------


def test_mark_complete_with_required_item_missing_keeps_the_draft(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    html = client.get(f"/responses/{key}").get_data(as_text=True)
    fields = page_fields(html)
    assert fields["revision"] == "1"
    fields.update(
        {
            "action": "complete",
            "consent_confirmed": "yes",
            "interviewed_before": "no",
            "life_now-covered": "y",
            "life_now-notes": "Notes typed in the field",
            "group_meetings-notes": "Meetings are calm.",
        }
    )
    page = client.post(f"/responses/{key}", data=fields)
    assert page.status_code == 422
    html = page.get_data(as_text=True)
    # the message sits right next to the topic that needs it, and the summary links to it
    topic = re.search(r'<div class="item topic has-error" id="own_goals".*?</div>', html, re.S)
    assert topic, "own_goals should be marked"
    assert 'id="own_goals-error"' in topic[0]
    assert "required: answer this before marking the response complete" in topic[0]
    assert 'href="#own_goals"' in html and 'class="error-summary"' in html
    assert "Notes typed in the field" in html  # nothing typed is lost
    stored = get_response(db, key)
    assert stored["status"] == "draft" and stored["revision"] == 2
    assert stored["answers"]["life_now"]["notes"] == "Notes typed in the field"
    assert 'name="revision" value="2"' in html


def test_mark_complete_succeeds_when_filled(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    fields = page_fields(client.get(f"/responses/{key}").get_data(as_text=True))
    fields.update(
        {
            "action": "complete",
            "consent_confirmed": "yes",
            "interviewed_before": "yes",
            "life_now-notes": "Ordinary week.",
            "own_goals-notes": "A job.",
            "interview_setting": "other",
            "interview_setting_other": "A café",
            "meta-date": "2025-03-02",
        }
    )
    response = client.post(f"/responses/{key}", data=fields)
    assert response.status_code == 302, response.get_data(as_text=True)
    stored = get_response(db, key)
    assert stored["status"] == "complete" and stored["date"] == "2025-03-02"
    assert stored["answers"]["interview_setting_other"] == "A café"
    page = client.get(f"/responses/{key}").get_data(as_text=True)
    assert "Marked complete." in page and ">complete</span>" in page


def test_save_draft_without_javascript_and_conflict_page(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    fields = page_fields(client.get(f"/responses/{key}").get_data(as_text=True))
    fields.update({"action": "draft", "own_goals-notes": "Saved by the button."})
    assert client.post(f"/responses/{key}", data=fields).status_code == 302
    fields["own_goals-notes"] = "Typed on a page that was out of date."  # revision is still 1
    page = client.post(f"/responses/{key}", data=fields)
    assert page.status_code == 409
    html = page.get_data(as_text=True)
    assert "Someone else saved a newer version" in html
    assert "Typed on a page that was out of date." in html
    assert get_response(db, key)["answers"]["own_goals"] == {"notes": "Saved by the button."}


def test_bad_number_on_submit_rerenders_with_the_typed_text(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    fields = page_fields(client.get(f"/responses/{key}").get_data(as_text=True))
    fields.update({"action": "draft", "interview_duration": "1h20"})
    page = client.post(f"/responses/{key}", data=fields)
    assert page.status_code == 422
    html = page.get_data(as_text=True)
    assert 'value="1h20"' in html and 'id="interview_duration-error"' in html
    assert get_response(db, key)["revision"] == 1


# --- who may do what --------------------------------------------------------------------------


def test_observer_cannot_autosave_or_open_an_interview(app, db) -> None:
    interviewer = app.test_client()
    key, _, _ = start_interview(interviewer, db)
    observer = app.test_client()
    login(observer, "observer")
    token = csrf_token(observer, "/")
    refused = post_autosave(observer, key, token, 1, **{"own_goals-notes": "not mine"})
    assert refused.status_code == 403 and refused.is_json
    assert observer.get(f"/responses/{key}").status_code == 403
    assert get_response(db, key)["answers"] == {}


def test_interviewer_cannot_start_an_observation(app, db) -> None:
    client = app.test_client()
    case_id, _ = make_case(db)
    login(client, "interviewer")
    token = csrf_token(client, "/")
    response, _ = start(client, token, case=case_id, instrument_version="meeting-observation:1")
    assert response.status_code == 403
    assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0


def test_analyst_cannot_reach_collection(app, db) -> None:
    key, _, _ = start_interview(app.test_client(), db)
    analyst = app.test_client()
    login(analyst, "analyst")
    assert analyst.get(f"/responses/{key}").status_code == 403


def test_unknown_response_is_404(app) -> None:
    client = app.test_client()
    login(client, "interviewer")
    assert client.get(f"/responses/{uuid.uuid4()}").status_code == 404
    assert client.get("/responses/not-a-uuid").status_code == 404


def test_observation_page_renders_checklist_and_repeat(app, db) -> None:
    client = app.test_client()
    case_id, _ = make_case(db)
    login(client, "observer")
    token = csrf_token(client, "/")
    response, key = start(client, token, case=case_id, instrument_version="meeting-observation:1")
    assert response.status_code == 302
    html = client.get(f"/responses/{key}").get_data(as_text=True)
    assert 'name="process_scores-support-score" value="not_observed"' in html
    assert 'name="attendees-0-role"' in html and "<template data-row-template>" in html
    assert "attendees-__index__-role" in html
    body = {
        "process_scores-support-score": "2",
        "process_scores-support-evidence": "Listened.",
        "attendees-0-role": "patient",
        "attendees-0-chaired": "yes",
        "attendees-1-role": "",
        "attendees-2-role": "case_manager",
    }
    saved = post_autosave(client, key, csrf_token(client, f"/responses/{key}"), 1, **body)
    assert saved.status_code == 200, saved.get_data(as_text=True)
    answers = get_response(db, key)["answers"]
    assert answers["process_scores"] == {"support": {"score": 2, "evidence": "Listened."}}
    assert answers["attendees"] == [{"role": "patient", "chaired": True}, {"role": "case_manager"}]


# --- instrument versions ----------------------------------------------------------------------


def test_responses_of_v1_and_v2_both_open(app, db) -> None:
    client = app.test_client()
    key_v2, case_id, pid = start_interview(client, db, version=2)
    token = csrf_token(client, "/")
    response, key_v1 = start(  # another wave: one guide per participant and wave
        client,
        token,
        case=case_id,
        participant=pid,
        instrument_version="patient-interview:1",
        wave="m12",
    )
    assert response.status_code == 302
    v1 = client.get(f"/responses/{key_v1}")
    v2 = client.get(f"/responses/{key_v2}")
    assert v1.status_code == v2.status_code == 200
    assert "version 1" in v1.get_data(as_text=True) and "version 2" in v2.get_data(as_text=True)
    assert 'id="goals_in_group"' in v2.get_data(as_text=True)  # new in v2
    assert 'id="goals_in_group"' not in v1.get_data(as_text=True)


def test_response_opens_after_its_yaml_file_is_deleted(tmp_path: Path) -> None:
    folder = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, folder)
    app = make_app(tmp_path / "site", instruments=folder)
    from casebook.db import connect

    db = connect(app.config["CASEBOOK_DATABASE"])
    try:
        case_id, pid = make_case(db)
        key = str(uuid.uuid4())
        data = ResponseInput(
            "patient-interview",
            1,
            case_id,
            "baseline",
            participant=pid,
            answers={"life_now": {"notes": "Before the file went."}},
        )
        user = db.execute("SELECT id FROM users WHERE username = 'interviewer'").fetchone()
        save_response(db, key, data, Actor(user[0], "interviewer"), "interviewer")
    finally:
        db.close()
    (folder / "patient-interview" / "v1.yaml").unlink()
    client = app.test_client()
    login(client, "interviewer")
    page = client.get(f"/responses/{key}")
    assert page.status_code == 200
    assert "Before the file went." in page.get_data(as_text=True)


# --- the audit trail --------------------------------------------------------------------------


def test_every_response_write_leaves_audit_rows(app, db) -> None:
    client = app.test_client()
    key, _, _ = start_interview(client, db)
    created = audit_rows(db, "responses", key)
    assert [r["action"] for r in created] == ["create"]
    assert created[0]["before"] is None and json.loads(created[0]["after"])["status"] == "draft"
    token = csrf_token(client, f"/responses/{key}")
    assert post_autosave(client, key, token, 1, **{"own_goals-notes": "one"}).status_code == 200
    assert post_autosave(client, key, token, 2, **{"own_goals-notes": "two"}).status_code == 200
    assert post_autosave(client, key, token, 3).status_code == 200  # notes cleared
    responses = audit_rows(db, "responses", key)
    assert [r["action"] for r in responses] == ["create", "update", "update", "update"]
    assert all(r["actor"] == "interviewer" for r in responses)
    answers = audit_rows(db, "answers", f"{key}/")
    assert [(r["action"], r["row_key"]) for r in answers] == [
        ("create", f"{key}/own_goals"),
        ("update", f"{key}/own_goals"),
        ("delete", f"{key}/own_goals"),
    ]
    assert json.loads(answers[1]["before"]) == {"notes": "one"}
    assert json.loads(answers[1]["after"]) == {"notes": "two"}
    assert json.loads(answers[2]["before"]) == {"notes": "two"} and answers[2]["after"] is None


@pytest.mark.parametrize("path", ["/responses/start"])
def test_posts_without_csrf_are_refused(app, db, path: str) -> None:
    client = app.test_client()
    case_id, pid = make_case(db)
    login(client, "interviewer")
    response = client.post(
        path,
        data={
            "case": case_id,
            "participant": pid,
            "wave": "baseline",
            "uuid": str(uuid.uuid4()),
            "instrument_version": "patient-interview:2",
        },
    )
    assert response.status_code == 400
    assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("instrument", "version", "role"),
    [
        ("patient-interview", 1, "patient"),
        ("patient-interview", 2, "patient"),
        ("significant-other-interview", 1, "significant_other"),
        ("professional-interview", 1, "professional"),
        ("meeting-observation", 1, None),
        ("resource-coding", 1, None),
    ],
)
def test_every_bundled_instrument_renders_and_takes_its_own_form_back(
    app, db, instrument: str, version: int, role: str | None
) -> None:
    case_id = study.create_case(db, "RG02", "", SYSTEM)
    participant = None
    if role:
        person = study.ParticipantInput(
            case_id=case_id,
            role=role,
            name="Per Holm",
            consent_date="2024-02-01",
            consent_version="v1",
        )
        participant = study.create_participant(db, person, ROLE_IDS, SYSTEM)
    key = str(uuid.uuid4())
    admin = db.execute("SELECT id FROM users WHERE username = 'admin'").fetchone()[0]
    data = ResponseInput(instrument, version, case_id, "baseline", participant=participant)
    save_response(db, key, data, Actor(admin, "admin"), "admin")
    client = app.test_client()
    login(client, "admin")
    page = client.get(f"/responses/{key}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert html.count('class="card cb-section"') >= 3
    fields = page_fields(html)
    token = fields.pop("csrf_token")
    revision = int(fields.pop("revision"))
    again = post_autosave(client, key, token, revision, **fields)
    assert again.status_code == 200, again.get_data(as_text=True)
    assert again.json["revision"] == revision  # an untouched form changes nothing
