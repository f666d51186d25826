"""Every route, every role: login is required everywhere but the login page and static
files, and each role reaches exactly the routes its declaration allows."""

from __future__ import annotations

import re

import pytest
from casebook.responses import ResponseInput, save_response

from tests.conftest import ROLES, csrf_token, login
from tests.study_fixtures import case_with_patient, interview, new_uuid, staff


@pytest.fixture
def study(app, db):
    """A case, a consented patient, an interview and an observation to point routes at."""
    case_id, patient = case_with_patient(db)
    interview_uuid, observation_uuid = new_uuid(), new_uuid()
    save_response(db, interview_uuid, interview(case_id, patient), staff(db), "interviewer")
    observation = ResponseInput(
        instrument="meeting-observation",
        version=1,
        case=case_id,
        wave="baseline",
        date="2026-02-03",
    )
    save_response(db, observation_uuid, observation, staff(db, "observer"), "observer")
    return {
        "case_id": case_id,
        "participant_id": patient,
        "interview": interview_uuid,
        "observation": observation_uuid,
    }


def casebook_rules(app):
    return [
        r
        for r in app.url_map.iter_rules()
        if r.endpoint.startswith("casebook.") and not r.endpoint.endswith(".static")
    ]


def url_for_rule(rule, study, role: str) -> str:
    kind = "observation" if role == "observer" else "interview"
    values = {
        "case_id": study["case_id"],
        "participant_id": study["participant_id"],
        "response_uuid": study[kind],
        "instrument_id": "meeting-observation" if role == "observer" else "patient-interview",
        "version": 1 if role == "observer" else 2,
        "run_id": 1,
        "contact_id": 1,
        "user_id": 1,
        "unit_id": 1,
        "event_id": "00000000-0000-4000-8000-000000000000",  # none: the route says so
    }
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m[1]]), rule.rule)


def request(client, rule, url: str, token: str):
    if "GET" in rule.methods:
        return client.get(url)
    method = next(m for m in ("PUT", "PATCH", "POST") if m in rule.methods)
    return client.open(
        url, method=method, data={"csrf_token": token}, headers={"X-CSRFToken": token}
    )


def is_api(rule) -> bool:
    return rule.rule.startswith("/api/")


def test_every_view_declares_who_may_use_it(app):
    for rule in casebook_rules(app):
        view = app.view_functions[rule.endpoint]
        declared = getattr(view, "casebook_roles", None) or getattr(view, "casebook_public", None)
        assert declared, f"{rule.endpoint} declares no roles"


def test_anonymous_visitors_are_sent_to_the_login_page(app, study):
    client = app.test_client()
    for rule in casebook_rules(app):
        if getattr(app.view_functions[rule.endpoint], "casebook_public", False):
            continue
        url = url_for_rule(rule, study, "admin")
        response = request(client, rule, url, "no-token")
        if is_api(rule):
            assert response.status_code == 401, rule.rule
            continue
        assert response.status_code in (302, 400), (rule.rule, response.status_code)
        if response.status_code == 302:
            assert "/login" in response.headers["Location"], rule.rule


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_only_its_routes(app, study, role):
    client = app.test_client()
    login(client, role)
    token = csrf_token(client, "/login")
    checked = 0
    for rule in casebook_rules(app):
        if rule.endpoint.endswith(".logout"):
            continue
        view = app.view_functions[rule.endpoint]
        if getattr(view, "casebook_public", False):
            continue
        response = request(client, rule, url_for_rule(rule, study, role), token)
        allowed = role in view.casebook_roles
        if allowed:
            assert response.status_code != 403, (role, rule.rule)
            assert response.status_code < 500, (role, rule.rule, response.status_code)
        else:
            assert response.status_code == 403, (role, rule.rule, response.status_code)
        checked += 1
    assert checked >= 10


def test_analysts_never_see_the_private_side(app, study):
    client = app.test_client()
    login(client, "analyst")
    assert client.get("/").status_code == 302
    for path in (
        "/cases",
        f"/cases/{study['case_id']}",
        f"/participants/{study['participant_id']}",
        f"/responses/{study['interview']}",
    ):
        assert client.get(path).status_code == 403, path
    assert "Elin Berg" not in client.get("/analyst").get_data(as_text=True)
