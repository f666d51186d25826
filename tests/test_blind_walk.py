"""Blindness on every read path: while one observer of a meeting has completed and the other
is still coding, a walk over every route of the app and the API, every method, with every
response and the unit in the address, shows the first observer's coding to no one but them:
not to the other coder, not to the study lead (issue 11)."""

from __future__ import annotations

import re
import uuid

import pytest

from tests.conftest import csrf_token, login
from tests.study_fixtures import new_uuid
from tests.test_coding_units import A_SCORES, DATE, answers, body, meeting  # noqa: F401
from tests.test_read_rights import rules

MARK_A, MARK_B = "Zqxa-first-coder-note", "Zqxb-second-coder-note"


def walk(client, app, values: dict, token: str, posted: list[dict], forms: list[dict]):
    for rule in rules(app):
        for uuid_value in values["response_uuid"]:
            own = {**values, "response_uuid": uuid_value}
            path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m, v=own: str(v[m[1]]), rule.rule)
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                if method == "GET":
                    for query in ("", f"?case={values['case_id']}&unit={values['unit_id']}"):
                        yield method, path + query, client.get(path + query)
                elif rule.rule.startswith("/api/"):
                    for sent in posted:
                        headers = {"X-CSRFToken": token}
                        yield (
                            method,
                            path,
                            client.open(path, method=method, json=sent, headers=headers),
                        )
                else:
                    for sent in forms:
                        yield (
                            method,
                            path,
                            client.open(path, method=method, data={**sent, "csrf_token": token}),
                        )
            if "response_uuid" not in rule.arguments:
                break


@pytest.mark.parametrize("who", ["observer2", "admin"])
def test_no_route_shows_an_open_units_coding_to_anyone_but_its_coder(app, db, meeting, who):  # noqa: F811
    a, b = meeting["a"], meeting["b"]
    uuid_a, uuid_b = new_uuid(), new_uuid()
    assert (
        a.put(f"/responses/{uuid_a}", body(meeting, "complete", A_SCORES, MARK_A)).status_code
        == 201
    )
    draft = body(meeting, "draft", {}, "")
    draft["answers"] = {"process_scores": {"support": {"score": 2, "evidence": MARK_B}}}
    assert b.put(f"/responses/{uuid_b}", draft).status_code == 201
    values = {
        "response_uuid": [uuid_a, uuid_b, str(uuid.uuid4())],
        "unit_id": meeting["unit"],
        "case_id": meeting["case"],
        "participant_id": 1,
        "contact_id": 1,
        "run_id": 1,
        "user_id": meeting["first"],
        "instrument_id": "meeting-observation",
        "version": 1,
        "event_id": "00000000-0000-4000-8000-000000000000",  # none: the route says so
    }
    stale = body(meeting, "complete", A_SCORES, "stale", revision=99)
    posted = [stale, {**stale, "revision": 1}, {"choices": {}}]
    forms = [
        {
            "meta-instrument": "meeting-observation",
            "meta-version": "1",
            "meta-case": str(meeting["case"]),
            "meta-wave": "baseline",
            "meta-date": DATE,
            "revision": "99",
            "action": "complete",
            "uuid": str(uuid.uuid4()),
            "instrument_version": "meeting-observation:1",
            "case": str(meeting["case"]),
            "wave": "baseline",
            "date": DATE,
        }
    ]
    client = app.test_client()
    login(client, who)
    token = csrf_token(client, "/login")
    problems, requests, seen = [], 0, False
    for method, url, response in walk(client, app, values, token, posted, forms):
        requests += 1
        assert response.status_code < 500, (method, url, response.status_code)
        text = response.get_data(as_text=True)
        if MARK_A in text:
            problems.append(f"{method} {url} -> {response.status_code}")
        seen = seen or MARK_B in text
    assert requests > 150
    assert not problems, "\n".join(problems)
    assert seen == (who == "observer2")  # the walk reaches the coder's own coding
    stored = db.execute(
        "SELECT revision, status FROM responses WHERE uuid = ?", [uuid_a]
    ).fetchone()
    assert tuple(stored) == (1, "complete")  # and changed nothing of the other's
