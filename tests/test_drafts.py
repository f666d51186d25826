"""Drafts: "My drafts" on each collector's dashboard with where they stopped, resuming instead
of starting a duplicate (web start and API), discarding after confirmation (audited, kept,
never published, not editable until restored), and the wave the start form suggests."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import uuid
from typing import Any

import pytest
from casebook.accounts import add_user
from casebook.audit import Actor
from casebook.db import connect
from casebook.responses import ResponseInput, get_response, save_response

from tests.conftest import BUNDLED_INSTRUMENTS, PASSWORD, csrf_token, login, make_app
from tests.release_fixtures import build_study, release
from tests.study_fixtures import case_with_patient, interview, staff

SYSTEM = Actor.system("tests")


def start(client, token: str, **fields: Any):
    data = {"csrf_token": token, "uuid": str(uuid.uuid4()), "date": "2026-03-01"} | fields
    return client.post("/responses/start", data=data), data["uuid"]


def count(db, where: str = "1", params: tuple = ()) -> int:
    return db.execute(f"SELECT count(*) FROM responses WHERE {where}", params).fetchone()[0]


def observation(case_id: int, date: str = "2026-03-05", **changes: Any) -> ResponseInput:
    data = ResponseInput("meeting-observation", 1, case_id, "baseline", date=date)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def patient(db) -> tuple[int, int]:
    return case_with_patient(db, "RG09", name="Åsa Lind")


@pytest.fixture
def interviewer(app):
    client = app.test_client()
    login(client, "interviewer")
    return client


# --- My drafts --------------------------------------------------------------------------------


def test_my_drafts_lists_a_collectors_own_drafts_and_where_they_stopped(
    app, db, patient, interviewer
):
    case_id, pid = patient
    mine = str(uuid.uuid4())
    draft = interview(case_id, pid, answers={"consent_confirmed": True})
    save_response(db, mine, draft, staff(db), "interviewer")
    touched = interview(
        case_id,
        pid,
        revision=1,
        answers={"consent_confirmed": True, "own_goals": {"notes": "Wants to cook again."}},
    )
    save_response(db, mine, touched, staff(db), "interviewer")
    # a complete one, someone else's draft, and an observation by the observer: not listed
    complete = interview(case_id, pid, wave="m12", status="complete", date="2027-03-01")
    complete.answers = {
        "consent_confirmed": True,
        "interviewed_before": True,
        "life_now": {"covered": True},
        "own_goals": {"covered": True},
    }
    save_response(db, str(uuid.uuid4()), complete, staff(db), "interviewer")
    theirs = interview(case_id, pid, wave="m24", date="2028-03-01")
    save_response(db, str(uuid.uuid4()), theirs, staff(db, "admin"), "admin")
    save_response(db, str(uuid.uuid4()), observation(case_id), staff(db, "observer"), "observer")

    html = interviewer.get("/").get_data(as_text=True)
    drafts = html.split('id="my-drafts"')[1].split("</section>")[0]
    assert drafts.count("<tr>") == 2  # the header and one draft
    assert "Patient interview" in drafts and "RG09 · Åsa Lind" in drafts
    assert "<td>Baseline</td>" in drafts and "<td>2026-02-01</td>" in drafts
    # the last change was to a topic in "Own goals"; the first gap is in "Before the interview"
    assert "Last: Own goals and the agenda › What would you like to achieve" in drafts
    assert "Missing: Before the interview › Has this participant been interviewed" in drafts
    assert f'href="/responses/{mine}#own_goals"' in drafts
    assert f'href="/responses/{mine}/discard"' in drafts

    observer = app.test_client()
    login(observer, "observer")
    theirs_html = observer.get("/").get_data(as_text=True).split('id="my-drafts"')[1]
    assert "Resource-group meeting observation" in theirs_html
    assert "Patient interview" not in theirs_html.split("</section>")[0]
    assert "Nothing entered yet" in theirs_html
    assert "Missing: Setting › Length of the meeting" in theirs_html


# --- resume instead of a duplicate ------------------------------------------------------------


def test_starting_an_interview_again_offers_to_resume_it(app, db, patient, interviewer):
    case_id, pid = patient
    token = csrf_token(interviewer)
    first, key = start(
        interviewer,
        token,
        case=case_id,
        participant=pid,
        wave="baseline",
        instrument_version="patient-interview:2",
    )
    assert first.status_code == 302
    for version in (2, 1):  # another version of the same guide is the same interview
        again, other = start(
            interviewer,
            token,
            case=case_id,
            participant=pid,
            wave="baseline",
            instrument_version=f"patient-interview:{version}",
        )
        assert again.status_code == 409
        html = again.get_data(as_text=True)
        assert "This is already started" in html
        assert re.search(rf'<a class="button primary" autofocus href="/responses/{key}[#"]', html)
        assert ">Resume</a>" in html and "Start a new one anyway" not in html
        assert "If the existing one was started by mistake, open it and discard it first" in html
        assert count(db) == 1 and count(db, "uuid = ?", (other,)) == 0
    # another wave is another interview
    m12, _ = start(
        interviewer,
        token,
        case=case_id,
        participant=pid,
        wave="m12",
        instrument_version="patient-interview:2",
    )
    assert m12.status_code == 302 and count(db) == 2


def test_a_complete_interview_is_opened_not_started_again(app, db, patient, interviewer):
    case_id, pid = patient
    key = str(uuid.uuid4())
    data = interview(case_id, pid, status="complete")
    data.answers = {
        "consent_confirmed": True,
        "interviewed_before": False,
        "life_now": {"covered": True},
        "own_goals": {"covered": True},
    }
    save_response(db, key, data, staff(db), "interviewer")
    again, _ = start(
        interviewer,
        csrf_token(interviewer),
        case=case_id,
        participant=pid,
        wave="baseline",
        instrument_version="patient-interview:2",
    )
    assert again.status_code == 409
    html = again.get_data(as_text=True)
    assert "This is already complete" in html and ">Open it</a>" in html
    assert f'href="/responses/{key}"' in html and count(db) == 1


def test_an_observer_resumes_their_own_observation_or_starts_another(app, db, patient):
    case_id, _ = patient
    client = app.test_client()
    login(client, "observer")
    token = csrf_token(client)
    fields = {"case": case_id, "wave": "baseline", "instrument_version": "meeting-observation:1"}
    first, key = start(client, token, **fields)
    assert first.status_code == 302
    again, second = start(client, token, **fields)
    assert again.status_code == 409
    html = again.get_data(as_text=True)
    assert f'href="/responses/{key}"' in html and "Start a new one anyway" in html
    # the button re-posts the same start form with start_anyway
    form = html.split('class="start-anyway"')[1].split("</form>")[0]
    posted = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form))
    assert posted["uuid"] == second and posted["start_anyway"] == "1"
    anyway = client.post("/responses/start", data=posted)
    assert anyway.status_code == 302 and anyway.headers["Location"].endswith(second)
    assert count(db) == 2
    # another date is another meeting; and a second observer scores the same meeting on
    # their own, never offered the first observer's scores
    other_day, _ = start(client, token, **fields | {"date": "2026-03-08"})
    assert other_day.status_code == 302
    admin = app.test_client()
    login(admin, "admin")
    independent, _ = start(admin, csrf_token(admin), **fields)
    assert independent.status_code == 302 and count(db) == 4


def test_the_api_refuses_a_duplicate_and_points_at_the_existing_response(app, db, patient):
    case_id, pid = patient
    client = app.test_client()
    login(client, "admin")
    headers = {"X-CSRFToken": csrf_token(client)}
    body = {
        "instrument": "patient-interview",
        "version": 2,
        "case": case_id,
        "participant": pid,
        "wave": "baseline",
    }
    first = str(uuid.uuid4())
    assert client.put(f"/api/v1/responses/{first}", json=body, headers=headers).status_code == 201
    second = str(uuid.uuid4())
    for anyway in (False, True):  # never for an interview
        refused = client.put(
            f"/api/v1/responses/{second}", json=body | {"start_anyway": anyway}, headers=headers
        )
        assert refused.status_code == 409
        error = refused.get_json()
        assert error["error"]["code"] == "duplicate"
        assert error["current"]["uuid"] == first and error["current"]["status"] == "draft"
        assert "resume response" in error["error"]["message"]
    assert client.get(f"/api/v1/responses/{second}").status_code == 404
    # an identical resend of the first is still a harmless 200
    assert client.put(f"/api/v1/responses/{first}", json=body, headers=headers).status_code == 200

    meeting = {"instrument": "meeting-observation", "version": 1, "case": case_id}
    meeting |= {"wave": "baseline", "date": "2026-03-05"}
    assert (
        client.put(f"/api/v1/responses/{uuid.uuid4()}", json=meeting, headers=headers).status_code
        == 201
    )
    again = client.put(f"/api/v1/responses/{uuid.uuid4()}", json=meeting, headers=headers)
    assert again.status_code == 409 and "start_anyway" in again.get_json()["error"]["message"]
    anyway = client.put(
        f"/api/v1/responses/{uuid.uuid4()}", json=meeting | {"start_anyway": True}, headers=headers
    )
    assert anyway.status_code == 201


# --- discarding -------------------------------------------------------------------------------


@pytest.fixture
def publishing_drafts(tmp_path):
    """A Casebook whose study publishes drafts too (on a copy of the bundled instruments)."""
    folder = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, folder)
    settings = folder / "study.yaml"
    text = settings.read_text(encoding="utf-8")
    assert "  k: 5\n" in text
    settings.write_text(text.replace("  k: 5\n", "  k: 5\n  include_drafts: true\n"), "utf-8")
    app = make_app(tmp_path / "site", instruments=folder)
    db = connect(app.config["CASEBOOK_DATABASE"])
    yield app, db
    db.close()


def test_discarding_a_draft_is_confirmed_audited_kept_and_unpublished(publishing_drafts, tmp_path):
    app, db = publishing_drafts
    built = build_study(db)
    key = str(uuid.uuid4())
    draft = interview(built.case_id, built.patient, wave="m24", date="2028-02-01")
    draft.answers = {"own_goals": {"notes": "Started for the wrong person."}}
    save_response(db, key, draft, staff(db), "interviewer")
    client = app.test_client()
    login(client, "interviewer")

    confirm = client.get(f"/responses/{key}/discard")
    assert confirm.status_code == 200
    page = confirm.get_data(as_text=True)
    assert "Discard this draft?" in page and 'name="reason"' in page
    assert f'action="/responses/{key}/discard"' in page and "Keep it" in page
    form = client.get(f"/responses/{key}").get_data(as_text=True)
    assert f'href="/responses/{key}/discard">Discard this draft</a>' in form

    token = csrf_token(client)
    done = client.post(
        f"/responses/{key}/discard", data={"csrf_token": token, "reason": "Wrong participant."}
    )
    assert done.status_code == 302
    assert done.headers["Location"].endswith(f"/participants/{built.patient}")
    stored = get_response(db, key)
    assert stored["status"] == "discarded"
    assert stored["answers"] == {"own_goals": {"notes": "Started for the wrong person."}}
    row = db.execute(
        "SELECT actor, action, before, after FROM audit_log WHERE table_name = 'responses'"
        " AND row_key = ? ORDER BY id DESC LIMIT 1",
        [key],
    ).fetchone()
    assert row[0] == "interviewer" and row[1] == "discard"
    assert json.loads(row[2])["status"] == "draft"
    assert json.loads(row[3]) == {
        "status": "discarded",
        "revision": 2,
        "reason": "Wrong participant.",
    }

    # not a draft any more, anywhere
    dashboard = client.get("/").get_data(as_text=True).split('id="my-drafts"')[1]
    assert "You have no drafts." in dashboard.split("</section>")[0]
    person = client.get(f"/participants/{built.patient}").get_data(as_text=True)
    assert '<span class="badge discarded">discarded</span>' in person
    shown = client.get(f"/responses/{key}").get_data(as_text=True)
    assert "Discarded by <strong>Interviewer</strong>" in shown and "Wrong participant." in shown
    assert "Restore it as a draft" in shown and 'id="response-form"' not in shown

    # never published, even though this study publishes drafts
    path, _ = release(app, tmp_path)
    out = sqlite3.connect(path)
    waves = [w for (w,) in out.execute("SELECT wave FROM responses WHERE kind = 'interview'")]
    out.close()
    assert sorted(waves) == ["baseline", "m12"]

    # not editable until restored: the form, autosave and the API all refuse, nothing changes
    posted = client.post(
        f"/responses/{key}",
        data={"csrf_token": token, "revision": "2", "own_goals-notes": "Typed after all."},
    )
    assert posted.status_code == 409
    assert "NOT SAVED: this draft was discarded" in posted.get_data(as_text=True)
    assert "Typed after all." in posted.get_data(as_text=True)
    autosaved = client.post(
        f"/responses/{key}/autosave",
        data={"revision": "2", "own_goals-notes": "Typed after all."},
        headers={"X-CSRFToken": token, "Accept": "application/json"},
    )
    assert autosaved.status_code == 422
    assert "discarded" in autosaved.get_json()["error"]["message"]
    api = client.get(f"/api/v1/responses/{key}").get_json()
    assert api["status"] == "discarded"
    put = client.put(
        f"/api/v1/responses/{key}",
        json={k: api[k] for k in ("instrument", "version", "case", "participant", "wave")}
        | {"revision": api["revision"], "answers": {}},
        headers={"X-CSRFToken": token},
    )
    assert put.status_code == 409 and put.get_json()["error"]["code"] == "discarded"
    assert get_response(db, key)["answers"] == stored["answers"]
    listed = client.get("/api/v1/responses?status=discarded").get_json()
    assert [r["uuid"] for r in listed] == [key]

    # restoring makes it a draft again, audited
    restored = client.post(f"/responses/{key}/restore", data={"csrf_token": token})
    assert restored.status_code == 302
    assert get_response(db, key)["status"] == "draft"
    last = db.execute(
        "SELECT action FROM audit_log WHERE row_key = ? ORDER BY id DESC LIMIT 1", [key]
    ).fetchone()
    assert last[0] == "restore"


def test_only_the_starter_or_an_admin_may_discard_and_only_a_draft(app, db, patient):
    case_id, pid = patient
    key = str(uuid.uuid4())
    save_response(db, key, interview(case_id, pid), staff(db), "interviewer")
    add_user(db, "ingrid", "interviewer", PASSWORD, SYSTEM, display_name="Ingrid")
    other = app.test_client()
    login(other, "ingrid")
    assert other.get(f"/responses/{key}/discard").status_code == 403
    token = csrf_token(other)
    assert other.post(f"/responses/{key}/discard", data={"csrf_token": token}).status_code == 403
    assert "Discard this draft" not in other.get(f"/responses/{key}").get_data(as_text=True)
    assert get_response(db, key)["status"] == "draft"

    admin = app.test_client()
    login(admin, "admin")
    complete_key = str(uuid.uuid4())
    data = interview(case_id, pid, wave="m12", status="complete", date="2027-02-01")
    data.answers = {
        "consent_confirmed": True,
        "interviewed_before": True,
        "life_now": {"covered": True},
        "own_goals": {"covered": True},
    }
    save_response(db, complete_key, data, staff(db), "interviewer")
    refused = admin.post(
        f"/responses/{complete_key}/discard", data={"csrf_token": csrf_token(admin)}
    )
    assert refused.status_code == 302 and get_response(db, complete_key)["status"] == "complete"
    assert (
        admin.post(f"/responses/{key}/discard", data={"csrf_token": csrf_token(admin)}).status_code
        == 302
    )
    assert get_response(db, key)["status"] == "discarded"
    # a discarded draft does not count as started: the interview can be started afresh
    client = app.test_client()
    login(client, "interviewer")
    again, _ = start(
        client,
        csrf_token(client),
        case=case_id,
        participant=pid,
        wave="baseline",
        instrument_version="patient-interview:2",
    )
    assert again.status_code == 302


# --- the wave the start form suggests ---------------------------------------------------------


def selected_wave(html: str) -> str:
    select = html.split('name="wave"')[1].split("</select>")[0]
    found = re.search(r'<option value="([^"]*)" selected>', select)
    return found[1] if found else "(none)"


def test_the_start_form_suggests_the_first_wave_not_yet_complete(app, db, patient, interviewer):
    case_id, pid = patient
    page = interviewer.get(f"/participants/{pid}").get_data(as_text=True)
    assert selected_wave(page) == "baseline"
    assert "the first wave in which this participant has no complete interview" in page
    assert 'data-wave="baseline"' in page

    baseline = interview(case_id, pid, status="complete")
    baseline.answers = {
        "consent_confirmed": True,
        "interviewed_before": False,
        "life_now": {"covered": True},
        "own_goals": {"covered": True},
    }
    save_response(db, str(uuid.uuid4()), baseline, staff(db), "interviewer")
    save_response(
        db, str(uuid.uuid4()), interview(case_id, pid, wave="m12"), staff(db), "interviewer"
    )
    page = interviewer.get(f"/participants/{pid}").get_data(as_text=True)
    assert selected_wave(page) == "m12"  # a draft is not complete: m12 is still to do
    assert 'data-wave="m12"' in page and 'data-wave="baseline"' not in page

    for wave, date in (("m12", "2027-02-01"), ("m24", "2028-02-01")):
        later = interview(case_id, pid, wave=wave, status="complete", date=date)
        later.answers = baseline.answers | {"interviewed_before": True}
        key = next(
            (r["uuid"] for r in db.query("SELECT uuid FROM responses WHERE wave_id = ?", [wave])),
            str(uuid.uuid4()),
        )
        later.revision = 1 if wave == "m12" else None
        save_response(db, key, later, staff(db), "interviewer")
    page = interviewer.get(f"/participants/{pid}").get_data(as_text=True)
    assert selected_wave(page) == ""  # every wave done: the interviewer must choose
    assert '<option value="" selected>Choose a wave</option>' in page

    observer = app.test_client()
    login(observer, "observer")
    case_page = observer.get(f"/cases/{case_id}").get_data(as_text=True)
    assert selected_wave(case_page) == ""
    assert "Choose the wave this meeting or material belongs to." in case_page
