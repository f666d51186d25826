"""The JSON API v1 (issue 3): every endpoint, every error status, idempotent replay, the 409
path, the 422 listing, role rules, tokens and the audit trail."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import jsonschema
import pytest
from casebook import Casebook
from casebook.audit import Actor
from casebook.tokens import create_token, list_tokens, revoke_token
from flask import Flask
from werkzeug.exceptions import HTTPException

from tests.conftest import BUNDLED_INSTRUMENTS, ROLES, csrf_token, host_settings, login, make_app
from tests.study_fixtures import case_with_patient, new_uuid
from tests.test_cli import run as run_casebook

API = "/api/v1"
CLI = Actor.system("tests")


@pytest.fixture
def tokens(db):
    """One API token per role (username = role)."""
    return {role: create_token(db, role, f"{role} script", CLI).secret for role in ROLES}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


class Api:
    """A test client speaking JSON with a bearer token."""

    def __init__(self, app, token: str | None, prefix: str = API) -> None:
        self.client, self.token, self.prefix = app.test_client(), token, prefix

    def __call__(self, method: str, path: str, body=None, **kwargs):
        headers = kwargs.pop("headers", {})
        if self.token:
            headers = {**auth(self.token), **headers}
        if body is not None:
            kwargs["json"] = body
        return self.client.open(self.prefix + path, method=method, headers=headers, **kwargs)

    def get(self, path: str, **kwargs):
        return self("GET", path, **kwargs)

    def post(self, path: str, body=None, **kwargs):
        return self("POST", path, body, **kwargs)

    def put(self, path: str, body=None, **kwargs):
        return self("PUT", path, body, **kwargs)


@pytest.fixture
def api(app, tokens):
    """A client per role: api["interviewer"].get(...)."""
    return {role: Api(app, token) for role, token in tokens.items()}


@pytest.fixture
def consented(db):
    """A case RG01 with a consented patient: (case id, patient id)."""
    return case_with_patient(db)


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def assert_error(response, status: int, code: str | None = None) -> dict:
    """The documented error body, and nothing else, with this status."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json", response.get_data(as_text=True)[:200]
    body = response.get_json()
    error = body["error"]
    assert set(error) == {"code", "message", "details"}
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["details"], list)
    if code:
        assert error["code"] == code, error
    return body


def interview(case, participant, **changes) -> dict:
    body = {
        "instrument": "patient-interview",
        "version": 2,
        "case": case,
        "participant": participant,
        "wave": "baseline",
        "date": "2026-02-01",
        "status": "draft",
        "answers": {"life_now": {"covered": True, "notes": "Library."}},
    }
    body.update(changes)
    return body


def observation(case, **changes) -> dict:
    body = {
        "instrument": "meeting-observation",
        "version": 1,
        "case": case,
        "wave": "baseline",
        "date": "2026-02-03",
        "answers": {"meeting_duration": 90},
    }
    body.update(changes)
    return body


# --- instruments ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_every_role_including_analysts_reads_the_instrument_list(api, db, role):
    response = api[role].get("/instruments")
    assert response.status_code == 200
    listed = response.get_json()
    registered = db.execute("SELECT count(*) FROM instrument_versions").fetchone()[0]
    assert len(listed) == registered
    assert all(set(row) == {"id", "version", "kind", "title", "hash"} for row in listed)
    assert {"id": "patient-interview", "version": 2} in [
        {"id": r["id"], "version": r["version"]} for r in listed
    ]


def test_an_instrument_version_is_its_full_parsed_definition(api):
    response = api["analyst"].get("/instruments/meeting-observation/1")
    assert response.status_code == 200
    definition = response.get_json()
    assert definition["kind"] == "observation" and definition["waves"] == ["baseline", "m12", "m24"]
    assert definition["roles"] == []
    items = {i["id"]: i for s in definition["sections"] for i in s["items"]}
    chaired = items["chaired_by"]  # a named choice list, resolved
    assert [c["value"] for c in chaired["choices"]][:2] == ["patient", "significant_other"]
    assert all({"value", "label"} <= set(c) for c in chaired["choices"])
    place = items["meeting_place"]
    assert place["choices"][-1]["value"] == "other" and place["other_id"] == "meeting_place_other"
    for item in items.values():
        assert {"id", "type", "label", "required", "show_if", "identifier", "deid"} <= set(item)
    assert items["meeting_duration"]["required"] is True
    assert items["process_scores"]["scale"]["max"] == 3  # a named scale, resolved
    attendees = items["attendees"]
    patient = {"value": "patient", "label": {"en": "Patient", "sv": "Patient"}}
    assert attendees["items"][0]["choices"][0] == patient

    interview_items = {
        i["id"]: i
        for s in api["analyst"].get("/instruments/patient-interview/2").get_json()["sections"]
        for i in s["items"]
    }
    centre = interview_items["day_centre_name"]
    assert centre["identifier"] is True and centre["deid"] == "drop"
    assert centre["show_if"] == "attends_day_centre == true"
    assert interview_items["life_now"]["deid"] == "redact"
    assert interview_items["life_now"]["probes"][0]["id"] == "housing"


def test_the_answers_schema_of_a_version_is_generated_from_the_model(api):
    definition = api["admin"].get("/instruments/meeting-observation/1").get_json()
    schema = definition["answers_schema"]
    jsonschema.Draft202012Validator.check_schema(schema)
    good = {
        "meeting_duration": 90,
        "chaired_by": "patient",
        "start_time": "09:30",
        "process_scores": {"support": {"score": "not_observed", "evidence": "..."}},
        "attendees": [{"role": "patient", "chaired": True}],
        "overall_impression": None,
    }
    jsonschema.validate(good, schema)
    bad_answers = [
        {"chaired_by": "boss"},
        {"meeting_duration": 301},
        {"nope": 1},
        {"start_time": "25:00"},
        {"attendees": [{"role": "patient", "x": 1}]},
        {"process_scores": {"support": {"score": 4}}},
        {"process_scores": {"nope": {}}},
    ]
    for bad in bad_answers:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_unknown_instrument_versions_are_404(api):
    assert_error(api["admin"].get("/instruments/patient-interview/9"), 404, "not_found")
    assert_error(api["admin"].get("/instruments/nothing/1"), 404)
    assert_error(api["admin"].get(f"/instruments/patient-interview/{10**30}"), 404)
    assert_error(api["admin"].get("/instruments/patient-interview/v2"), 404)


# --- cases ----------------------------------------------------------------------------------------


def test_cases_are_created_listed_and_a_used_code_is_409(api, db):
    created = api["admin"].post("/cases", {"code": "RG01", "label": "Resource group one"})
    assert created.status_code == 201
    case = created.get_json()
    assert case["code"] == "RG01" and isinstance(case["id"], int)
    again = api["admin"].post("/cases", {"code": " RG01 ", "label": "other"})
    body = assert_error(again, 409, "conflict")
    assert body["current"]["id"] == case["id"]
    assert count(db, "cases") == 1
    listed = api["observer"].get("/cases").get_json()
    assert [c["code"] for c in listed] == ["RG01"] and listed[0]["participants"] == 0


def test_case_problems_are_422_by_field(api, db):
    body = assert_error(api["admin"].post("/cases", {"label": 3, "colour": "red"}), 422, "invalid")
    fields = {d["field"] for d in body["error"]["details"]}
    assert fields == {"code", "label", "colour"}
    assert_error(api["admin"].post("/cases", {"code": "x" * 21}), 422)
    assert_error(api["admin"].post("/cases", ["RG01"]), 422)
    assert count(db, "cases") == 0


@pytest.mark.parametrize("role", ["interviewer", "observer", "analyst"])
def test_only_admins_add_cases(api, role):
    assert_error(api[role].post("/cases", {"code": "RG01"}), 403, "forbidden")


# --- participants ---------------------------------------------------------------------------------

PARTICIPANT = {
    "case": "RG01",
    "role": "significant_other",
    "name": "Anna Lind",
    "aliases": ["Annie"],
    "consent_date": "2026-01-12",
    "consent_version": "v1",
    "contacts": [{"name": "Sven Lind", "relation": "husband", "aliases": ["Svenne"]}],
}


def test_a_participant_is_stored_with_aliases_and_contacts(api, db, consented):
    created = api["interviewer"].post("/participants", PARTICIPANT)
    assert created.status_code == 201, created.get_json()
    person = created.get_json()
    assert isinstance(person["id"], int) and person["case"] == consented[0]
    row = db.execute(
        "SELECT name, aliases, consent_version FROM participants WHERE id = ?", [person["id"]]
    ).fetchone()
    assert row == ("Anna Lind", '["Annie"]', "v1")
    contact = db.execute(
        "SELECT name, relation, aliases FROM contacts WHERE participant_id = ?", [person["id"]]
    ).fetchone()
    assert contact == ("Sven Lind", "husband", '["Svenne"]')
    by_code = api["admin"].get("/participants?case=RG01").get_json()
    by_id = api["interviewer"].get(f"/participants?case={consented[0]}").get_json()
    assert by_code == by_id and {p["name"] for p in by_id} == {"Elin Berg", "Anna Lind"}
    anna = next(p for p in by_id if p["name"] == "Anna Lind")
    assert anna["contacts"][0]["aliases"] == ["Svenne"] and anna["aliases"] == ["Annie"]
    assert api["admin"].get("/participants?case=RG99").get_json() == []
    assert len(api["admin"].get("/participants").get_json()) == 2
    case_id = api["admin"].post("/cases", {"code": "RG02"}).get_json()["id"]
    by_number = api["admin"].post("/participants", {**PARTICIPANT, "case": case_id})
    assert by_number.status_code == 201 and by_number.get_json()["case"] == case_id


def test_participant_problems_are_all_listed_and_nothing_is_stored(api, db, consented):
    before = (count(db, "participants"), count(db, "contacts"), count(db, "audit_log"))
    bad = {
        **PARTICIPANT,
        "role": "boss",
        "email": "not-an-address",
        "consent_date": "2026-13-45",
        "contacts": [{"relation": "son"}, "Sven"],
        "birth_year": "1970",
    }
    body = assert_error(api["admin"].post("/participants", bad), 422, "invalid")
    fields = {d["field"] for d in body["error"]["details"]}
    assert {"email", "consent_date", "contacts[0].name", "contacts[1]", "birth_year"} <= fields
    role = api["admin"].post("/participants", {**PARTICIPANT, "role": "boss"})
    assert [d["field"] for d in assert_error(role, 422)["error"]["details"]] == ["role"]
    unknown = api["admin"].post("/participants", {**PARTICIPANT, "case": "RG77"})
    assert "no case" in assert_error(unknown, 422)["error"]["details"][0]["message"]
    assert_error(api["admin"].post("/participants", {**PARTICIPANT, "case": 999}), 422)
    after = (count(db, "participants"), count(db, "contacts"), count(db, "audit_log"))
    assert after == before


@pytest.mark.parametrize("role", ["observer", "analyst"])
def test_observers_and_analysts_never_get_participants(api, consented, role):
    assert_error(api[role].get("/participants?case=RG01"), 403)
    assert_error(api[role].post("/participants", PARTICIPANT), 403)


# --- responses: create, replay, update, conflict --------------------------------------------------


def test_put_creates_then_an_identical_resend_is_200_and_changes_nothing(api, db, consented):
    case_id, patient = consented
    key = new_uuid()
    first = api["interviewer"].put(f"/responses/{key}", interview(case_id, patient))
    assert first.status_code == 201, first.get_json()
    assert first.headers["Location"].endswith(f"{API}/responses/{key}")
    stored = first.get_json()
    assert stored["revision"] == 1 and stored["uuid"] == key
    assert stored["answers"] == {"life_now": {"covered": True, "notes": "Library."}}
    trail = count(db, "audit_log")
    again = api["interviewer"].put(f"/responses/{key}", interview(case_id, patient))
    assert again.status_code == 200
    assert again.get_json() == stored
    assert count(db, "audit_log") == trail
    assert count(db, "responses") == 1


def test_an_update_needs_the_current_revision_and_a_stale_one_is_409(api, db, consented):
    case_id, patient = consented
    key = new_uuid()
    api["interviewer"].put(f"/responses/{key}", interview(case_id, patient))
    more = {"life_now": {"covered": True, "notes": "Library, mornings."}}
    update = interview(case_id, patient, answers=more, revision=1)
    updated = api["interviewer"].put(f"/responses/{key}", update)
    assert updated.status_code == 200 and updated.get_json()["revision"] == 2
    # replaying that update (same content, same base revision) is still harmless
    replay = api["interviewer"].put(f"/responses/{key}", update)
    assert replay.status_code == 200 and replay.get_json()["revision"] == 2
    trail = count(db, "audit_log")
    other = {"life_now": {"covered": False, "notes": "Someone else's version."}}
    stale = api["admin"].put(
        f"/responses/{key}", interview(case_id, patient, answers=other, revision=1)
    )
    body = assert_error_with_current(stale)
    assert body["current"]["revision"] == 2
    assert body["current"]["answers"] == more
    no_revision = api["admin"].put(f"/responses/{key}", interview(case_id, patient, answers=other))
    assert assert_error_with_current(no_revision)["current"]["revision"] == 2
    assert count(db, "audit_log") == trail
    assert api["admin"].get(f"/responses/{key}").get_json()["answers"] == more


def assert_error_with_current(response) -> dict:
    assert response.status_code == 409, response.get_json()
    body = response.get_json()
    assert set(body) == {"error", "current"} and body["error"]["code"] == "conflict"
    assert set(body["error"]) == {"code", "message", "details"}
    return body


def test_every_problem_is_listed_by_item_and_nothing_is_stored(api, db, consented):
    case_id, patient = consented
    before = (count(db, "responses"), count(db, "answers"), count(db, "audit_log"))
    answers = {
        "no_such_item": "x",  # unknown item id
        "interviewed_before": "yes",  # wrong type
        "interview_setting": "garden",  # not one of the choices
        "group_helpfulness": 99,  # outside the scale
        "day_centre_name": "Solrosen",  # hidden: attends_day_centre is not true
        "life_now": {"covered": "yes", "probes": {"nope": True}},  # wrong shapes inside
        "introduction": "a note takes no answer",
    }
    response = api["interviewer"].put(
        f"/responses/{new_uuid()}", interview(case_id, patient, answers=answers, status="complete")
    )
    body = assert_error(response, 422, "invalid")
    details = body["error"]["details"]
    items = {d["item"] for d in details if "item" in d}
    assert {
        "no_such_item",
        "interviewed_before",
        "interview_setting",
        "group_helpfulness",
        "day_centre_name",
        "life_now",
        "introduction",
        "consent_confirmed",
        "own_goals",
    } <= items  # the last two: required when complete
    paths = {d["path"] for d in details if "path" in d}
    assert {"life_now.covered", "life_now.probes.nope"} <= paths
    assert all(set(d) in ({"item", "path", "message"}, {"field", "message"}) for d in details)
    assert all(d["message"] for d in details)
    after = (count(db, "responses"), count(db, "answers"), count(db, "audit_log"))
    assert after == before


def test_problems_with_the_response_fields_are_listed_by_field(api, db, consented):
    case_id, patient = consented
    other_case = api["admin"].post("/cases", {"code": "RG02"}).get_json()["id"]
    body = assert_error(
        api["interviewer"].put(
            f"/responses/{new_uuid()}",
            interview(other_case, patient, wave="m36", status="finished", date="1 Feb"),
        ),
        422,
    )
    fields = {d["field"] for d in body["error"]["details"] if "field" in d}
    assert fields == {"date"}  # the shape is checked before the service sees it
    body = assert_error(
        api["interviewer"].put(
            f"/responses/{new_uuid()}",
            interview(other_case, patient, wave="m36", status="finished"),
        ),
        422,
    )
    fields = {d["field"] for d in body["error"]["details"] if "field" in d}
    assert {"wave", "status", "participant"} <= fields
    shapes = assert_error(
        api["interviewer"].put(
            f"/responses/{new_uuid()}",
            {
                "instrument": 5,
                "version": "2",
                "case": [1],
                "wave": None,
                "answers": [],
                "revision": -1,
                "extra": 1,
            },
        ),
        422,
    )
    fields = {d["field"] for d in shapes["error"]["details"]}
    assert fields == {"instrument", "version", "case", "wave", "answers", "revision", "extra"}
    bad_uuid = api["interviewer"].put("/responses/not-a-uuid", interview(case_id, patient))
    assert assert_error(bad_uuid, 422)["error"]["details"][0]["field"] == "uuid"
    assert count(db, "responses") == 0


def test_a_case_code_names_the_case_and_a_get_can_be_sent_back(api, consented):
    case_id, patient = consented
    key = new_uuid()
    created = api["interviewer"].put(f"/responses/{key}", interview("RG01", patient))
    assert created.status_code == 201 and created.get_json()["case"] == case_id
    stored = api["interviewer"].get(f"/responses/{key}").get_json()
    stored["answers"]["interview_duration"] = 45
    resent = api["interviewer"].put(f"/responses/{key}", stored)  # read-only fields ignored
    assert resent.status_code == 200 and resent.get_json()["revision"] == 2


def test_a_response_reads_back_with_its_revision(api, consented):
    case_id, patient = consented
    key = new_uuid()
    api["interviewer"].put(f"/responses/{key}", interview(case_id, patient))
    read = api["interviewer"].get(f"/responses/{key}")
    assert read.status_code == 200
    body = read.get_json()
    assert body["revision"] == 1 and body["participant"] == patient
    assert body["answers"]["life_now"]["notes"] == "Library."
    assert_error(api["interviewer"].get(f"/responses/{new_uuid()}"), 404, "not_found")
    assert_error(api["interviewer"].get("/responses/nonsense"), 404)


def test_responses_are_listed_with_filters(api, consented):
    case_id, patient = consented
    first, second, third = new_uuid(), new_uuid(), new_uuid()
    api["interviewer"].put(f"/responses/{first}", interview(case_id, patient))
    api["interviewer"].put(f"/responses/{second}", interview(case_id, patient, wave="m12"))
    api["observer"].put(f"/responses/{third}", observation(case_id))

    def listed(role: str, query: str = "") -> list[str]:
        response = api[role].get(f"/responses{query}")
        assert response.status_code == 200, response.get_json()
        assert all("answers" not in row for row in response.get_json())
        return [row["uuid"] for row in response.get_json()]

    assert listed("admin") == [first, second, third]
    assert listed("admin", "?instrument=patient-interview") == [first, second]
    assert listed("admin", "?wave=m12") == [second]
    assert listed("admin", "?case=RG01&status=draft") == [first, second, third]
    assert listed("admin", f"?case={case_id}&wave=baseline") == [first, third]
    assert listed("admin", f"?participant={patient}") == [first, second]
    assert listed("admin", "?status=complete") == []
    assert listed("admin", "?case=RG99") == []
    assert listed("admin", f"?case={10**30}") == []
    assert listed("interviewer") == [first, second]  # kinds the role may collect
    assert listed("observer") == [third]
    assert_error(api["observer"].get("/responses?instrument=patient-interview"), 403)
    assert_error(api["admin"].get("/responses?participant=abc"), 422)


def test_roles_are_checked_by_instrument_kind(api, db, consented):
    case_id, patient = consented
    assert_error(
        api["observer"].put(f"/responses/{new_uuid()}", interview(case_id, patient)),
        403,
        "forbidden",
    )
    assert_error(api["interviewer"].put(f"/responses/{new_uuid()}", observation(case_id)), 403)
    key = new_uuid()
    api["interviewer"].put(f"/responses/{key}", interview(case_id, patient))
    assert_error(api["observer"].get(f"/responses/{key}"), 403)
    assert count(db, "responses") == 1


def test_analysts_are_refused_all_identifying_data(api, consented):
    case_id, patient = consented
    key = new_uuid()
    api["interviewer"].put(f"/responses/{key}", interview(case_id, patient))
    analyst = api["analyst"]
    for path in (
        "/cases",
        "/participants",
        f"/participants?case={case_id}",
        "/responses",
        f"/responses/{key}",
        f"/responses?case={case_id}",
    ):
        body = assert_error(analyst.get(path), 403, "forbidden")
        assert "Elin" not in json.dumps(body)
    assert_error(analyst.put(f"/responses/{new_uuid()}", interview(case_id, patient)), 403)
    assert_error(analyst.post("/participants", PARTICIPANT), 403)
    assert analyst.get("/instruments").status_code == 200
    assert analyst.get("/openapi.json").status_code == 200


# --- audit ----------------------------------------------------------------------------------------


def test_writes_are_audited_with_the_tokens_user(api, db, consented):
    case_id, patient = consented
    interviewer_id = db.execute("SELECT id FROM users WHERE username = 'interviewer'").fetchone()[0]
    admin_id = db.execute("SELECT id FROM users WHERE username = 'admin'").fetchone()[0]
    start = db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    new_case = api["admin"].post("/cases", {"code": "RG05"}).get_json()["id"]
    person = api["interviewer"].post("/participants", PARTICIPANT).get_json()["id"]
    key = new_uuid()
    api["interviewer"].put(f"/responses/{key}", interview(case_id, patient))
    rows = db.execute(
        "SELECT actor_id, actor, table_name, row_key FROM audit_log WHERE id > ?", [start]
    ).fetchall()
    by_table = {(table, row_key): (actor_id, actor) for actor_id, actor, table, row_key in rows}
    assert by_table[("cases", str(new_case))] == (admin_id, "admin")
    assert by_table[("participants", str(person))] == (interviewer_id, "interviewer")
    assert by_table[("responses", key)] == (interviewer_id, "interviewer")
    assert by_table[("answers", f"{key}/life_now")] == (interviewer_id, "interviewer")
    assert {actor for _, actor, table, _ in rows if table == "contacts"} == {"interviewer"}
    stored = api["interviewer"].get(f"/responses/{key}").get_json()
    assert stored["collector_id"] == interviewer_id


# --- authentication and tokens --------------------------------------------------------------------


def test_missing_bad_and_revoked_tokens_are_401(app, db, tokens):
    anonymous = Api(app, None)
    body = assert_error(anonymous.get("/instruments"), 401, "unauthorized")
    assert "Bearer" in body["error"]["message"]
    assert anonymous.get("/instruments").headers["WWW-Authenticate"] == "Bearer"
    assert_error(anonymous.put(f"/responses/{new_uuid()}", {}), 401)
    assert_error(Api(app, "cbk_not-a-real-token").get("/instruments"), 401, "invalid_token")
    assert_error(Api(app, "x").get("/cases"), 401, "invalid_token")
    assert_error(anonymous.get("/cases", headers={"Authorization": "Bearer "}), 401)
    token = tokens["interviewer"]
    assert Api(app, token).get("/cases").status_code == 200
    prefix = next(t["prefix"] for t in list_tokens(db) if t["username"] == "interviewer")
    revoke_token(db, prefix, CLI)
    assert_error(Api(app, token).get("/cases"), 401, "invalid_token")
    db.execute("UPDATE users SET active = 0 WHERE username = 'observer'")
    assert_error(Api(app, tokens["observer"]).get("/cases"), 401)


def test_tokens_are_stored_only_as_hashes_and_audited(db, tokens):
    stored = json.dumps([list(r) for r in db.execute("SELECT * FROM api_tokens").fetchall()])
    audit_rows = json.dumps([list(r) for r in db.execute("SELECT * FROM audit_log").fetchall()])
    for secret in tokens.values():
        assert secret not in stored and secret not in audit_rows
        assert secret[:12] in stored  # the non-secret prefix, for listing
    created = db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'api_tokens' AND action = 'create'"
    ).fetchone()[0]
    assert created == len(ROLES)
    first = list_tokens(db)[-1]
    revoke_token(db, str(first["id"]), CLI)
    revoke_token(db, str(first["id"]), CLI)  # harmless twice
    revoked = db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'api_tokens' AND action = 'update'"
    ).fetchone()[0]
    assert revoked == 1


def test_a_bad_token_is_401_even_with_a_logged_in_session(app):
    client = app.test_client()
    login(client, "admin")
    assert client.get(f"{API}/cases").status_code == 200  # the session works on its own
    response = client.get(f"{API}/cases", headers=auth("cbk_forged"))
    assert_error(response, 401, "invalid_token")


def test_other_authorization_schemes_are_ignored(app):
    client = app.test_client()
    login(client, "admin")
    basic = {"Authorization": "Basic dXNlcjpwYXNz"}  # e.g. from a proxy in front of the host
    assert client.get(f"{API}/cases", headers=basic).status_code == 200


def test_session_writes_need_the_csrf_header_but_bearer_writes_do_not(app, db, tokens):
    client = app.test_client()
    login(client, "admin")
    refused = client.post(f"{API}/cases", json={"code": "RG01"})
    assert_error(refused, 400, "csrf_failed")
    token = csrf_token(client)
    accepted = client.post(f"{API}/cases", json={"code": "RG01"}, headers={"X-CSRFToken": token})
    assert accepted.status_code == 201
    bearer = Api(app, tokens["admin"]).post("/cases", {"code": "RG02"})
    assert bearer.status_code == 201
    assert count(db, "cases") == 2


def test_api_paths_answer_401_instead_of_redirecting_to_the_login_page(app):
    response = app.test_client().get(f"{API}/cases", headers={"Accept": "text/html"})
    assert_error(response, 401)


def test_tokens_from_the_command_line(tmp_path):
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(tmp_path / "instance"),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
    }

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return run_casebook(env, *args, stdin=stdin)

    assert run("init").returncode == 0
    run(
        "users",
        "add",
        "ingrid",
        "--role",
        "interviewer",
        "--password-stdin",
        stdin="a long enough password\n",
    )
    created = run("tokens", "create", "ingrid", "--name", "sync script")
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip().splitlines()[-1]
    assert token.startswith("cbk_") and " " not in token
    listing = run("tokens", "list")
    assert "sync script" in listing.stdout and token[:12] in listing.stdout
    assert token not in listing.stdout
    assert run("tokens", "create", "nobody").returncode == 1

    os.environ["CASEBOOK_INSTANCE"] = env["CASEBOOK_INSTANCE"]
    from casebook import create_app

    app = create_app(
        {
            "TESTING": True,
            "CASEBOOK_DATABASE": str(tmp_path / "instance" / "casebook.db"),
            "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
        }
    )
    assert Api(app, token).get("/cases").status_code == 200
    unknown = run("tokens", "revoke", "cbk_nothing")
    assert unknown.returncode == 1 and "no token" in unknown.stderr
    revoked = run("tokens", "revoke", token[:12])
    assert revoked.returncode == 0, revoked.stderr
    assert "revoked" in run("tokens", "list").stdout
    assert_error(Api(app, token).get("/cases"), 401)


# --- errors ---------------------------------------------------------------------------------------


def test_malformed_json_is_400(api, db):
    admin = api["admin"]
    for raw in (
        b"{",
        b'{"code": "RG01",}',
        b"",
        b'{"code": NaN}',
        b'{"n": 1e999}',
        b'{"code": "\\ud800"}',
        b"\xff\xfe",
        b"[" * 100 + b"]" * 100,
    ):
        response = admin.post("/cases", data=raw, content_type="application/json")
        assert_error(response, 400, "malformed_json")
    assert count(db, "cases") == 0


def test_a_body_that_is_not_json_is_415(api, db):
    admin = api["admin"]
    assert_error(admin.post("/cases", data="code=RG01"), 415, "unsupported_media_type")
    assert_error(admin.post("/cases", data='{"code": "RG01"}', content_type="text/plain"), 415)
    assert_error(admin.put(f"/responses/{new_uuid()}", data={"code": "RG01"}), 415)
    ok = admin.post(
        "/cases", data='{"code": "RG01"}', content_type="application/json; charset=utf-8"
    )
    assert ok.status_code == 201
    assert count(db, "cases") == 1


def test_a_body_over_the_limit_is_413(tmp_path):
    app = make_app(tmp_path, CASEBOOK_MAX_BODY=1000)
    with app.app_context():
        from casebook.db import get_db

        token = create_token(get_db(), "admin", "big", CLI).secret
    response = Api(app, token).post("/cases", {"code": "RG01", "label": "x" * 5000})
    assert_error(response, 413, "too_large")


def test_unknown_paths_and_wrong_methods_under_the_api_are_json(api, app):
    admin = api["admin"]
    for path in ("/nothing", "/cases/", "/responses/a/b", "/instruments/x"):
        assert_error(admin.get(path), 404, "not_found")
    assert_error(app.test_client().get("/api/v2/cases"), 404)
    assert_error(app.test_client().get("/api"), 404)
    wrong = admin("DELETE", "/cases")
    assert_error(wrong, 405, "method_not_allowed")
    assert "POST" in wrong.headers["Allow"] and "GET" in wrong.headers["Allow"]
    assert_error(admin("PATCH", f"/responses/{new_uuid()}"), 405)
    assert_error(admin("POST", "/instruments"), 405)
    # elsewhere the site keeps its own pages
    page = app.test_client().get("/no-such-page")
    assert page.status_code == 404 and page.mimetype == "text/html"


def test_an_unexpected_error_is_a_json_500_without_details(tmp_path, monkeypatch):
    app = make_app(tmp_path)
    app.config.update(TESTING=False, PROPAGATE_EXCEPTIONS=False)
    with app.app_context():
        from casebook.db import get_db

        token = create_token(get_db(), "admin", "t", CLI).secret
    from casebook.api import instruments as api_instruments

    def explode(*_args, **_kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(api_instruments, "list_versions", explode)
    response = Api(app, token).get("/instruments")
    body = assert_error(response, 500, "internal_error")
    assert "fire" not in json.dumps(body)


def test_a_host_app_gets_the_api_under_its_prefix_and_keeps_its_own_404(tmp_path):
    standalone = make_app(tmp_path)
    with standalone.app_context():
        from casebook.db import get_db

        token = create_token(get_db(), "admin", "host", CLI).secret
    host = Flask("host")
    host.config.update(host_settings(standalone))

    @host.errorhandler(404)
    def host_not_found(_error):
        return "the host's own page", 404

    Casebook(host)
    client = Api(host, token, prefix="/fieldwork/api/v1")
    assert client.get("/instruments").status_code == 200
    assert_error(client.get("/nothing"), 404)
    assert_error(client("DELETE", "/cases"), 405)
    elsewhere = host.test_client().get("/nothing")
    assert elsewhere.get_data(as_text=True) == "the host's own page"
    spec = client.get("/openapi.json").get_json()
    assert spec["servers"] == [{"url": "/fieldwork/api/v1"}]


def test_a_host_apps_generic_error_handler_still_serves_its_own_paths(tmp_path):
    standalone = make_app(tmp_path)
    host = Flask("host")
    host.config.update(
        SECRET_KEY="host-secret",
        TESTING=True,
        CASEBOOK_DATABASE=standalone.config["CASEBOOK_DATABASE"],
        CASEBOOK_INSTRUMENTS=standalone.config["CASEBOOK_INSTRUMENTS"],
    )
    Casebook(host)

    @host.errorhandler(HTTPException)
    def host_errors(error):
        return f"host says {error.code}", error.code

    client = host.test_client()
    assert client.get("/nothing").get_data(as_text=True) == "host says 404"
    assert_error(client.get("/api/v1/nothing"), 404)


# --- the contract as a whole ----------------------------------------------------------------------


def test_every_api_route_declares_roles_and_is_in_the_openapi_document(app, api):
    document = api["admin"].get("/openapi.json").get_json()
    assert document["openapi"].startswith("3.1")
    documented = {
        (path, method.upper()) for path, ops in document["paths"].items() for method in ops
    }
    routed = set()
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("casebook.api."):
            continue
        view = app.view_functions[rule.endpoint]
        assert getattr(view, "casebook_roles", None), rule.endpoint
        path = rule.rule.removeprefix(API)
        path = path.replace("<instrument_id>", "{id}").replace("<int:version>", "{version}")
        path = path.replace("<response_uuid>", "{uuid}")
        path = path.replace("<int:participant_id>", "{id}").replace("<int:contact_id>", "{id}")
        path = path.replace("<int:unit_id>", "{id}")
        routed |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert routed == documented
    schemas = document["components"]["schemas"]
    assert "Answers.patient-interview.v2" in schemas
    variants = schemas["ResponseInput"]["oneOf"]
    assert len(variants) == len(api["admin"].get("/instruments").get_json())


def test_docs_api_md_describes_every_endpoint(api):
    text = (Path(__file__).resolve().parent.parent / "docs" / "api.md").read_text()
    document = api["admin"].get("/openapi.json").get_json()
    for path, operations in document["paths"].items():
        written = path.replace("{id}", "<id>").replace("{version}", "<version>")
        written = written.replace("{uuid}", "<uuid>")
        for method in operations:
            assert f"`{method.upper()} {written}" in text, (method, path)
    for status in (400, 401, 403, 404, 405, 409, 413, 415, 422):
        assert f"| {status} |" in text


# --- places (issue 4: names of places are redacted from releases) ----------------------------


def test_places_are_registered_by_admins_only(api):
    body = {"name": "Solrosens dagverksamhet", "aliases": ["Solrosen", "dagis"]}
    created = api["admin"].post("/places", json=body)
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["aliases"] == ["Solrosen", "dagis"]
    again = api["admin"].post("/places", json={"name": "solrosens  dagverksamhet"})
    assert again.status_code == 409
    assert again.get_json()["current"]["id"] == created.get_json()["id"]
    assert [p["name"] for p in api["admin"].get("/places").get_json()] == [body["name"]]
    for role in ("interviewer", "observer", "analyst"):
        assert api[role].get("/places").status_code == 403
        assert api[role].post("/places", json={"name": "Ward 7"}).status_code == 403
    assert api["admin"].post("/places", json={"name": " "}).status_code == 422
