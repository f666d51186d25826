"""Two observers score one meeting (a unit of coding) through the JSON API, each blind to the
other until both have completed, through every read path; the study lead reconciles them in
the web app, and a real `casebook publish` build carries the consensus (never the two
originals) and the `agreement` table with its canned query (issue 11, items 1-3)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from casebook.accounts import add_user
from casebook.audit import Actor
from casebook.progress import study_progress
from casebook.tokens import create_token

from tests.conftest import PASSWORD, csrf_token, login
from tests.release_fixtures import release
from tests.study_fixtures import case_with_patient, new_uuid

API = "/api/v1"
CLI = Actor.system("tests")
DATE = "2026-03-04"
ROWS = ("support", "acknowledgement", "activation", "openness", "integration")


def answers(scores: dict[str, object], evidence: str) -> dict:
    return {
        "meeting_duration": 60,
        "goals_discussed": True,
        "attendee_count": 2,
        "meeting_place": "clinic",
        "attendees": [
            {"role": "patient", "chaired": True},
            {"role": "case_manager", "chaired": False},
        ],
        "process_scores": {
            row: {"score": scores[row], "evidence": f"{evidence} {row}"} for row in ROWS
        },
        "hindering_scores": {
            "implementation": {"score": 0},
            "predominant_network": {"score": "not_observed"},
            "setting_tensions": {"score": 1},
        },
    }


A_SCORES = {"support": 3, "acknowledgement": 2, "activation": 1, "openness": 2, "integration": 0}
B_SCORES = {"support": 3, "acknowledgement": 1, "activation": 1, "openness": 3, "integration": 0}


class Api:
    def __init__(self, app, token: str) -> None:
        self.client, self.headers = app.test_client(), {"Authorization": f"Bearer {token}"}

    def get(self, path: str):
        return self.client.get(API + path, headers=self.headers)

    def put(self, path: str, body: dict):
        return self.client.put(API + path, json=body, headers=self.headers)

    def post(self, path: str, body: dict):
        return self.client.post(API + path, json=body, headers=self.headers)


@pytest.fixture
def meeting(app, db):
    """A case, two observers with API tokens, and an admin logged in to the web app who sets
    up the meeting as a unit with both observers as its coders."""
    case_id, _patient = case_with_patient(db)
    second = add_user(db, "observer2", "observer", PASSWORD, CLI, display_name="Observer Two")
    first = db.execute("SELECT id FROM users WHERE username = 'observer'").fetchone()[0]
    lead = app.test_client()
    login(lead, "admin")
    token = csrf_token(lead, "/units")
    form = {
        "csrf_token": token,
        "kind": "session",
        "instrument": "meeting-observation",
        "case": str(case_id),
        "wave": "baseline",
        "date": DATE,
        "label": "RG01 March meeting",
        "coders": [str(first), str(second)],
    }
    assert lead.post("/units", data=form).status_code == 302
    unit = db.execute("SELECT id FROM coding_units").fetchone()[0]
    return {
        "case": case_id,
        "unit": unit,
        "first": first,
        "second": second,
        "lead": lead,
        "a": Api(app, create_token(db, "observer", "a", CLI).secret),
        "b": Api(app, create_token(db, "observer2", "b", CLI).secret),
        "admin": Api(app, create_token(db, "admin", "lead", CLI).secret),
    }


def body(meeting, status: str, scores: dict, evidence: str, revision=None) -> dict:
    data = {
        "instrument": "meeting-observation",
        "version": 1,
        "case": meeting["case"],
        "wave": "baseline",
        "date": DATE,
        "status": status,
        "unit": meeting["unit"],
        "answers": answers(scores, evidence) if status == "complete" else {},
    }
    if revision is not None:
        data["revision"] = revision
    return data


def test_two_observers_are_blind_until_both_complete_then_reconciled_and_published(
    app, db, meeting, tmp_path
):
    a, b, admin, lead = meeting["a"], meeting["b"], meeting["admin"], meeting["lead"]
    uuid_a, uuid_b = new_uuid(), new_uuid()
    created = a.put(f"/responses/{uuid_a}", body(meeting, "complete", A_SCORES, "Alpha saw"))
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["unit"] == meeting["unit"]
    assert b.put(f"/responses/{uuid_b}", body(meeting, "draft", B_SCORES, "")).status_code == 201

    # While B is still coding, nothing of A's coding reaches B (or anyone but A) by any path.
    for reply in (
        b.get(f"/responses/{uuid_a}"),
        admin.get(f"/responses/{uuid_a}"),
        b.put(f"/responses/{uuid_a}", body(meeting, "complete", B_SCORES, "B", revision=1)),
        b.put(f"/responses/{uuid_a}", body(meeting, "complete", B_SCORES, "B", revision=99)),
    ):
        assert reply.status_code == 403, reply.get_json()
        assert "Alpha saw" not in reply.get_data(as_text=True)
    listed = b.get(f"/responses?case={meeting['case']}").get_json()
    assert uuid_a not in {r["uuid"] for r in listed} and uuid_b in {r["uuid"] for r in listed}
    assert uuid_a not in {r["uuid"] for r in admin.get("/responses").get_json()}
    web_b = app.test_client()
    login(web_b, "observer2")
    for path in (f"/responses/{uuid_a}", f"/cases/{meeting['case']}", "/", "/units"):
        page = web_b.get(path)
        assert uuid_a not in page.get_data(as_text=True) and "Alpha saw" not in page.get_data(
            as_text=True
        ), path
    assert web_b.get(f"/responses/{uuid_a}").status_code == 403
    assert "RG01 March meeting" in web_b.get("/units").get_data(as_text=True)  # B codes it
    assert lead.get(f"/responses/{uuid_a}/history").status_code == 403
    assert lead.get(f"/responses/{uuid_a}").status_code == 403
    assert "Alpha saw" not in lead.get(f"/units/{meeting['unit']}/reconcile").get_data(as_text=True)
    # A coder of the unit starts one coding of it; someone not assigned starts none.
    second_try = b.put(f"/responses/{new_uuid()}", body(meeting, "draft", B_SCORES, ""))
    assert second_try.status_code == 422 and uuid_b in second_try.get_data(as_text=True)
    assert admin.put(f"/responses/{new_uuid()}", body(meeting, "draft", {}, "")).status_code == 403

    done = b.put(f"/responses/{uuid_b}", body(meeting, "complete", B_SCORES, "Beta saw", 1))
    assert done.status_code == 200, done.get_json()

    # Both complete: the unit closes, each sees the other's, and the codings are frozen.
    assert "Beta saw" in a.get(f"/responses/{uuid_b}").get_data(as_text=True)
    frozen = a.put(f"/responses/{uuid_a}", body(meeting, "complete", B_SCORES, "again", 1))
    assert frozen.status_code == 403

    figures = lead.get("/agreement").get_data(as_text=True)
    assert 'data-item="meeting-observation/process_scores.acknowledgement"' in figures

    page = lead.get(f"/units/{meeting['unit']}/reconcile")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'data-path="process_scores.acknowledgement"' in html and "Alpha saw" in html
    token = csrf_token(lead, "/units")
    missing = lead.post(f"/units/{meeting['unit']}/reconcile", data={"csrf_token": token})
    assert missing.status_code == 422  # each disagreement needs a choice
    chosen = {
        "csrf_token": token,
        "choose-process_scores.acknowledgement": str(meeting["first"]),  # A's 2
        "choose-process_scores.openness": str(meeting["second"]),  # B's 3
    }
    saved = lead.post(f"/units/{meeting['unit']}/reconcile", data=chosen)
    assert saved.status_code == 302
    consensus = db.execute(
        "SELECT uuid, status, collector_id FROM responses WHERE consensus = 1"
    ).fetchone()
    assert consensus[1] == "complete"
    scores = json.loads(
        db.execute(
            "SELECT value FROM answers WHERE response_uuid = ? AND item_id = 'process_scores'",
            [consensus[0]],
        ).fetchone()[0]
    )
    assert scores["acknowledgement"]["score"] == 2 and scores["openness"]["score"] == 3
    assert scores["acknowledgement"]["evidence"] == "Alpha saw acknowledgement"
    audited = db.execute(
        "SELECT after FROM audit_log WHERE table_name = 'coding_units' AND action = 'reconcile'"
    ).fetchone()
    assert json.loads(audited[0])["consensus"] == consensus[0]
    # Both originals are kept as they were.
    assert {r[0] for r in db.execute("SELECT uuid FROM responses WHERE consensus = 0")} >= {
        uuid_a,
        uuid_b,
    }
    # The dashboard counts the meeting once, as its consensus stands, not three times.
    cell = study_progress(db)[(meeting["case"], "baseline")]
    assert dict(cell.observations) == {"complete": 1}

    path, _summary = release(app, tmp_path)
    out = sqlite3.connect(path)
    observations = out.execute(
        "SELECT count(*) FROM responses WHERE instrument = 'meeting-observation'"
    ).fetchone()[0]
    assert observations == 1  # the consensus, not the two originals
    published = dict(
        out.execute(
            "SELECT row, score FROM checklist_scores WHERE checklist = 'process_scores'"
        ).fetchall()
    )
    assert published["acknowledgement"] == 2 and published["openness"] == 3
    evidence = dict(
        out.execute(
            "SELECT row, evidence FROM checklist_scores WHERE checklist = 'process_scores'"
        ).fetchall()
    )
    assert evidence["acknowledgement"] == "Alpha saw acknowledgement"  # the chosen coder's row
    assert evidence["support"] == "Alpha saw support | Beta saw support"  # agreed: both notes
    rows = {
        r[0]: r[1:]
        for r in out.execute(
            "SELECT item, units, coders, kappa, percent_agreement FROM agreement"
            " WHERE wave IS NULL AND instrument = 'meeting-observation'"
        )
    }
    assert rows["process_scores.acknowledgement"] == (1, 2, 0.0, 0.0)
    assert rows["process_scores.support"][:2] == (1, 2) and rows["process_scores.support"][3] == 1
    assert "process_scores.predominant_network" not in rows  # not observed: missing
    assert out.execute("SELECT count(*) FROM agreement WHERE wave = 'baseline'").fetchone()[0]
    metadata = json.loads(out.execute("SELECT value FROM _metadata").fetchone()[0])
    query = metadata["queries"]["agreement_weakest_first"]["sql"]
    assert out.execute(query).fetchall()
    assert "agreement" in metadata["tables"]


def test_the_api_sets_up_a_unit_lists_it_without_answers_and_reconciles_it(app, db, meeting):
    a, b, admin = meeting["a"], meeting["b"], meeting["admin"]
    made = admin.client.post(
        API + "/units",
        json={
            "kind": "session",
            "instrument": "meeting-observation",
            "case": "RG01",
            "wave": "baseline",
            "date": DATE,
            "coders": [meeting["first"], meeting["second"]],
        },
        headers=admin.headers,
    )
    assert made.status_code == 201, made.get_json()
    unit = made.get_json()
    assert unit["key"] == f"session:{unit['id']}" and unit["open"] is True
    refused = a.client.post(API + "/units", json={}, headers=a.headers)
    assert refused.status_code == 403
    meeting = {**meeting, "unit": unit["id"]}
    uuid_a, uuid_b = new_uuid(), new_uuid()
    assert a.put(f"/responses/{uuid_a}", body(meeting, "complete", A_SCORES, "Alpha")).status_code
    assert b.put(f"/responses/{uuid_b}", body(meeting, "draft", {}, "")).status_code == 201
    listed = {u["id"]: u for u in b.get("/units").get_json()}[unit["id"]]
    assert {c["status"] for c in listed["coders"]} == {"complete", "draft"}
    assert "Alpha" not in b.get("/units").get_data(as_text=True)
    assert admin.get(f"/units/{unit['id']}/reconciliation").status_code == 403  # still open
    assert b.put(f"/responses/{uuid_b}", body(meeting, "complete", B_SCORES, "Beta", 1)).status_code
    assert a.get(f"/units/{unit['id']}/reconciliation").status_code == 403  # a coder
    side_by_side = admin.get(f"/units/{unit['id']}/reconciliation").get_json()
    split = {p["path"] for p in side_by_side["places"] if not p["agreed"]}
    assert split == {"process_scores.acknowledgement", "process_scores.openness"}
    url = f"{API}/units/{unit['id']}/consensus"
    unchosen = admin.client.post(url, json={"choices": {}}, headers=admin.headers)
    assert unchosen.status_code == 422
    choices = {path: meeting["second"] for path in split}
    saved = admin.client.post(url, json={"choices": choices}, headers=admin.headers)
    assert saved.status_code == 201, saved.get_json()
    consensus = admin.get(f"/responses/{saved.get_json()['uuid']}").get_json()
    assert consensus["consensus"] is True and consensus["unit"] == unit["id"]
    assert consensus["answers"]["process_scores"]["openness"]["score"] == 3
    figures = {(f["item"], f["wave"]): f for f in admin.get("/agreement").get_json()}
    assert figures[("process_scores.openness", None)]["units"] == 1
    assert a.get("/agreement").status_code == 403
