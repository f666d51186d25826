"""The study lead changes who codes a unit (issue 11): adds a coder or takes one off, in the
API (`PATCH /api/v1/units/<id>`) and on a web page that asks before taking off someone who
has started. Refused once the unit is complete, to anyone but the study lead (checked against
the stored unit), without CSRF; audited with before and after. A coder taken off keeps their
coding, which stops counting and stays blind."""

from __future__ import annotations

import json
import re
import sqlite3

from casebook.accounts import add_user

from tests.conftest import PASSWORD, csrf_token, login
from tests.release_fixtures import release
from tests.study_fixtures import new_uuid
from tests.test_coding_units import A_SCORES, API, CLI, body, meeting  # noqa: F401

MARK_B = "Zqxb-second-coder-note"


def patch(client, unit: int, sent: dict):
    return client.client.patch(f"{API}/units/{unit}", json=sent, headers=client.headers)


def coders(db, unit: int) -> list[int]:
    rows = db.execute("SELECT user_id FROM unit_coders WHERE unit_id = ? ORDER BY user_id", [unit])
    return [r[0] for r in rows]


def test_the_lead_adds_a_coder_through_the_api_and_only_the_lead_may(app, db, meeting):  # noqa: F811
    unit, admin = meeting["unit"], meeting["admin"]
    third = add_user(db, "observer3", "observer", PASSWORD, CLI)
    wanted = [meeting["first"], meeting["second"], third]
    assert patch(meeting["a"], unit, {"coders": wanted}).status_code == 403  # a coder
    assert patch(admin, 999, {"coders": wanted}).status_code == 404
    bad = patch(admin, unit, {"coders": [*wanted, 4242]})
    assert bad.status_code == 422 and "4242" in bad.get_data(as_text=True)
    assert patch(admin, unit, {"coders": []}).status_code == 422
    assert coders(db, unit) == sorted(wanted[:2])  # nothing half-stored

    changed = patch(admin, unit, {"coders": wanted})
    assert changed.status_code == 200, changed.get_json()
    assert {c["user_id"] for c in changed.get_json()["coders"]} == set(wanted)
    audited = db.execute(
        "SELECT actor, at, before, after FROM audit_log"
        " WHERE table_name = 'coding_units' AND action = 'coders'"
    ).fetchone()
    assert audited[0] == "admin" and audited[1]
    assert json.loads(audited[2]) == {"coders": sorted(wanted[:2])}
    assert json.loads(audited[3])["coders"] == sorted(wanted)
    # The lead who codes a unit does not choose who else codes it.
    admin_id = db.execute("SELECT id FROM users WHERE username = 'admin'").fetchone()[0]
    db["unit_coders"].insert({"unit_id": unit, "user_id": admin_id, "assigned_at": "2026-03-01"})
    assert patch(admin, unit, {"coders": wanted}).status_code == 403


def test_a_coder_taken_off_keeps_their_coding_which_stops_counting_and_stays_blind(
    app,
    db,
    meeting,  # noqa: F811
    tmp_path,
):
    unit, admin, a, b = meeting["unit"], meeting["admin"], meeting["a"], meeting["b"]
    uuid_a, uuid_b = new_uuid(), new_uuid()
    draft = body(meeting, "draft", {}, "")
    draft["answers"] = {"process_scores": {"support": {"score": 2, "evidence": MARK_B}}}
    assert b.put(f"/responses/{uuid_b}", draft).status_code == 201

    asked = patch(admin, unit, {"coders": [meeting["first"]]})
    assert asked.status_code == 409, asked.get_json()
    assert asked.get_json()["started"] == [{"user_id": meeting["second"], "status": "draft"}]
    assert MARK_B not in asked.get_data(as_text=True)
    assert coders(db, unit) == sorted([meeting["first"], meeting["second"]])
    removed = patch(admin, unit, {"coders": [meeting["first"]], "remove_started": True})
    assert removed.status_code == 200, removed.get_json()
    audited = db.execute(
        "SELECT after FROM audit_log WHERE table_name = 'coding_units' AND action = 'coders'"
    ).fetchone()
    assert json.loads(audited[0])["kept_codings"] == [uuid_b]

    assert a.put(f"/responses/{uuid_a}", body(meeting, "complete", A_SCORES, "A")).status_code
    # The unit has closed on A alone; B's draft is kept, readable by B only, and frozen.
    assert db.execute("SELECT status FROM responses WHERE uuid = ?", [uuid_b]).fetchone()
    assert MARK_B in b.get(f"/responses/{uuid_b}").get_data(as_text=True)
    for reader in (a, admin):
        reply = reader.get(f"/responses/{uuid_b}")
        assert reply.status_code == 403 and MARK_B not in reply.get_data(as_text=True)
        listed = reader.get("/responses").get_data(as_text=True)
        assert uuid_b not in listed
    changed = {"process_scores": {"support": {"score": 3, "evidence": "later"}}}
    again = b.put(f"/responses/{uuid_b}", {**draft, "revision": 1, "answers": changed})
    assert again.status_code == 403 and "no longer code" in again.get_json()["error"]["message"]
    assert patch(admin, unit, {"coders": [meeting["first"], meeting["second"]]}).status_code == 422

    path, _summary = release(app, tmp_path)
    published = sqlite3.connect(path).execute("SELECT count(*) FROM responses").fetchone()[0]
    assert published == 1  # A's coding of the unit that is now theirs alone, not B's draft


def test_the_web_page_asks_before_taking_off_a_coder_who_has_started(app, db, meeting):  # noqa: F811
    unit, lead = meeting["unit"], meeting["lead"]
    assert meeting["b"].put(f"/responses/{new_uuid()}", body(meeting, "draft", {}, "")).status_code
    page = lead.get(f"/units/{unit}/coders")
    assert page.status_code == 200
    assert f'href="/units/{unit}/coders"' in lead.get("/units").get_data(as_text=True)
    token = csrf_token(lead, f"/units/{unit}/coders")
    only_a = {"coders": [str(meeting["first"])]}
    assert lead.post(f"/units/{unit}/coders", data=only_a).status_code == 400  # no CSRF
    asked = lead.post(f"/units/{unit}/coders", data={**only_a, "csrf_token": token})
    html = asked.get_data(as_text=True)
    assert asked.status_code == 200 and 'name="confirm" value="1"' in html
    assert "observer2 has started coding this unit" in html
    assert len(coders(db, unit)) == 2
    done = lead.post(f"/units/{unit}/coders", data={**only_a, "csrf_token": token, "confirm": "1"})
    assert done.status_code == 302
    assert coders(db, unit) == [meeting["first"]]

    observer = app.test_client()
    login(observer, "observer")
    assert observer.get(f"/units/{unit}/coders").status_code == 403
    token = csrf_token(observer, "/units")
    sent = {"coders": [str(meeting["first"])], "csrf_token": token}
    assert observer.post(f"/units/{unit}/coders", data=sent).status_code == 403


def test_the_coders_page_speaks_swedish(app, db, meeting):  # noqa: F811
    lead = meeting["lead"]
    lead.post("/account/language", data={"language": "sv", "csrf_token": csrf_token(lead)})
    html = lead.get(f"/units/{meeting['unit']}/coders").get_data(as_text=True)
    heading = re.search(r"<h1>([^<]+)</h1>", html)[1]
    assert heading.startswith("Kodare för"), heading
    assert "Spara kodarna" in html
