"""Read rights follow the stored data: every route of the app, every method, every role
(and no login at all), over a study with data of every kind whose identifying fields and
notes each carry a marker string. What a role may read is decided by the stored response's
instrument kind, never by what a request names; so no body (nor redirect) may carry a
marker the role may not read, whatever the status code.

The study is built once for the module; each role walks its own copy of the database."""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path

import pytest
from casebook.db import connect

from tests.conftest import ROLES, csrf_token, login, make_app
from tests.security_fixtures import (
    ADMIN_ONLY,
    IDENTITIES,
    INTERVIEW_NOTES,
    OBSERVATION_NOTE,
    OBSERVER_NOTES,
    PATIENT,
    REVIEW_WORD,
    FullStudy,
    build_full_study,
)

# What each role may read; everything else is forbidden to it.
MAY_READ = {
    "admin": IDENTITIES | INTERVIEW_NOTES | OBSERVER_NOTES | ADMIN_ONLY,
    "interviewer": IDENTITIES | INTERVIEW_NOTES,
    "observer": OBSERVER_NOTES,
    "analyst": set(),
    "anonymous": set(),
}
# Instruments a request may name, whatever the response it is sent to.
NAMED = [("patient-interview", 2), ("meeting-observation", 1), ("resource-coding", 1)]
# Routes the walk leaves out: logging out ends the walk's session (tests/test_sessions.py),
# and publishing starts a background build (tests/test_release_web.py).
SKIPPED = {"casebook.auth.logout", "casebook.releases.publish"}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The study, built once: (database file, what is in it)."""
    folder = tmp_path_factory.mktemp("read-rights")
    app = make_app(folder)
    db = connect(app.config["CASEBOOK_DATABASE"])
    study = build_full_study(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return Path(app.config["CASEBOOK_DATABASE"]), study


def app_on_copy(built, tmp_path):
    source, _study = built
    app = make_app(tmp_path)
    shutil.copyfile(source, app.config["CASEBOOK_DATABASE"])
    return app


def rules(app):
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("casebook.") and not rule.endpoint.endswith(".static"):
            if rule.endpoint not in SKIPPED:
                yield rule


def url_values(rule, study: FullStudy) -> list[dict]:
    """Every combination of stored things the rule's address can name."""
    names = set(rule.arguments)
    if "response_uuid" in names:
        uuids = [*study.interviews, *study.observer_work, str(uuid.uuid4())]
        event = {"event_id": str(uuid.uuid4())} if "event_id" in names else {}
        return [{"response_uuid": key, **event} for key in uuids]
    if "instrument_id" in names:
        return [{"instrument_id": i, "version": v} for i, v in NAMED]
    values = {
        "case_id": study.case_id,
        "participant_id": study.patient,
        "contact_id": study.contact,
        "run_id": 1,
        "user_id": 1,
        "unit_id": 1,
    }
    return [{name: values[name] for name in names}]


def queries(study: FullStudy) -> list[str]:
    found = [""]
    for instrument, _version in NAMED:
        found.append(
            f"?instrument={instrument}&case={study.case_id}&participant={study.patient}"
            "&wave=baseline&next=/cases"
        )
    return found


def form_bodies(study: FullStudy, token: str) -> list[dict]:
    """Posts that name each instrument: as a response started on the device, a start form
    (the same participant, wave and date as stored ones, so duplicates are found) and an
    old revision (so a stored response conflicts)."""
    bodies = []
    for instrument, version in NAMED:
        about_person = instrument.endswith("interview")
        bodies.append(
            {
                "csrf_token": token,
                "meta-instrument": instrument,
                "meta-version": str(version),
                "meta-case": str(study.case_id),
                "meta-participant": str(study.patient) if about_person else "",
                "meta-wave": "baseline",
                "meta-date": "2026-02-10",
                "revision": "99",
                "uuid": str(uuid.uuid4()),
                "instrument_version": f"{instrument}:{version}",
                "case": str(study.case_id),
                "participant": str(study.patient) if about_person else "",
                "wave": "baseline",
                "date": "2026-02-01" if about_person else "2026-02-10",
                "action": "draft",
            }
        )
    return bodies


def json_bodies(study: FullStudy) -> list[dict]:
    """API bodies naming each instrument, based on an old revision."""
    return [
        {
            "instrument": instrument,
            "version": version,
            "case": study.case_id,
            "participant": study.patient if instrument.endswith("interview") else None,
            "wave": "baseline",
            "date": "2026-02-10",
            "revision": 99,
            "answers": {},
        }
        for instrument, version in NAMED
    ]


def walk(client, app, study: FullStudy, token: str):
    """(method, url, body sent, response) for every route, method and value."""
    for rule in rules(app):
        for values in url_values(rule, study):
            path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m, v=values: str(v[m[1]]), rule.rule)
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                if method == "GET":
                    for query in queries(study):
                        yield method, path + query, "", client.get(path + query)
                elif rule.rule.startswith("/api/"):
                    bodies = [{"name": "A new name"}] if method == "PATCH" else json_bodies(study)
                    for body in bodies:
                        headers = {"X-CSRFToken": token}
                        sent = client.open(path, method=method, json=body, headers=headers)
                        yield method, path, str(body), sent
                else:
                    for body in form_bodies(study, token):
                        sent = client.open(path, method=method, data=body)
                        yield method, path, str(body), sent


def leaks(role: str, study: FullStudy, url: str, sent: str, response) -> set[str]:
    """Markers (and response UUIDs) in the answer that the role may not read; a UUID the
    request itself carried is no leak."""
    text = response.get_data(as_text=True) + " " + response.headers.get("Location", "")
    found = {marker for marker in _forbidden(role) if marker in text}
    uuids = set()
    if role not in ("admin", "interviewer"):
        uuids |= set(study.interviews)
    if role not in ("admin", "observer"):
        uuids |= set(study.observer_work)
    found |= {key for key in uuids if key in text and key not in url and key not in sent}
    return found


def _forbidden(role: str) -> set[str]:
    everything = IDENTITIES | INTERVIEW_NOTES | OBSERVER_NOTES | ADMIN_ONLY
    return everything - MAY_READ[role]


# What the walk must see, so that it is known to reach the data (else it proves nothing).
MUST_SEE = {"admin": REVIEW_WORD, "interviewer": PATIENT, "observer": OBSERVATION_NOTE}


@pytest.mark.parametrize("role", [*ROLES, "anonymous"])
def test_no_route_shows_a_role_what_it_may_not_read(built, tmp_path, role):
    _source, study = built
    app = app_on_copy(built, tmp_path)
    client = app.test_client()
    if role != "anonymous":
        login(client, role)
    token = csrf_token(client, "/login")
    problems, requests, seen = [], 0, False
    for method, url, sent, response in walk(client, app, study, token):
        requests += 1
        assert response.status_code < 500, (role, method, url, response.status_code)
        found = leaks(role, study, url, sent, response)
        if found:
            problems.append(f"{method} {url} -> {response.status_code}: {sorted(found)}")
        seen = seen or MUST_SEE.get(role, "") in response.get_data(as_text=True)
    assert requests > 250
    assert not problems, "\n".join(problems)
    assert seen or role not in MUST_SEE, f"the walk never saw {MUST_SEE[role]!r}"


def test_an_observer_cannot_read_an_interview_through_a_conflict(built, tmp_path):
    """The finding: a PUT naming a meeting observation, sent to an interview's UUID at an
    old revision, answered 409 with the whole interview as `current`."""
    _source, study = built
    client = app_on_copy(built, tmp_path).test_client()
    login(client, "observer")
    token = csrf_token(client, "/login")
    body = json_bodies(study)[1]
    assert body["instrument"] == "meeting-observation"
    sent = client.put(
        f"/api/v1/responses/{study.interviews[0]}", json=body, headers={"X-CSRFToken": token}
    )
    assert sent.status_code == 403
    assert "current" not in sent.get_json()
    assert not INTERVIEW_NOTES & {m for m in INTERVIEW_NOTES if m in sent.get_data(as_text=True)}


def test_an_observers_case_page_names_no_one_and_links_no_interview(built, tmp_path):
    _source, study = built
    client = app_on_copy(built, tmp_path).test_client()
    login(client, "observer")
    page = client.get(f"/cases/{study.case_id}").get_data(as_text=True)
    assert PATIENT not in page and "no consent recorded" not in page
    assert not [key for key in study.interviews if key in page]
    assert study.observer_work[0] in page  # their own observations are still listed
    assert "Roles in this case: Patient." in page
