"""The server's side of working offline (issue 8): the service worker script and its scope,
the "On this device" page that holds nothing about anyone, which pages the service worker
may keep (and for whom), and the blank form a response started offline opens in."""

from __future__ import annotations

import json
import re

from tests.conftest import login
from tests.test_host_app import host_app


def worker_settings(body: str) -> dict:
    first = body.split("\n", 1)[0]
    assert first.startswith("self.CASEBOOK_SW = ") and first.endswith(";")
    return json.loads(first.removeprefix("self.CASEBOOK_SW = ").removesuffix(";"))


def test_the_service_worker_needs_no_login_and_covers_the_app(app) -> None:
    answer = app.test_client().get("/sw.js")
    assert answer.status_code == 200 and answer.mimetype == "text/javascript"
    assert answer.headers["Cache-Control"] == "no-cache"
    settings = worker_settings(answer.get_data(as_text=True))
    assert settings["scope"] == "/" and settings["device"] == "/device"
    assert "/static/casebook/autosave.js" in settings["files"]
    assert "/static/casebook/sw.js" not in settings["files"]
    assert re.fullmatch(r"[0-9a-f]{16}", settings["version"])


def test_under_a_host_prefix_the_worker_is_scoped_to_it(tmp_path) -> None:
    client = host_app(tmp_path).test_client()
    settings = worker_settings(client.get("/fieldwork/sw.js").get_data(as_text=True))
    assert settings["scope"] == "/fieldwork/"
    assert settings["staticPrefix"] == "/fieldwork/static/casebook/"
    assert all(url.startswith("/fieldwork/static/") for url in settings["files"])
    assert client.get("/sw.js").status_code == 404  # nothing outside the prefix


def test_on_this_device_holds_nothing_about_anyone(app) -> None:
    client = app.test_client()
    login(client, "interviewer")
    page = client.get("/device")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "On this device" in html
    # no account in the header (the page's script text may mention logging out)
    assert "Interviewer" not in html and 'action="/logout"' not in html
    assert "X-Casebook-User" not in page.headers


def test_only_a_collectors_pages_are_marked_as_theirs(app, db) -> None:
    client = app.test_client()
    assert "X-Casebook-User" not in client.get("/login").headers
    login(client, "interviewer")
    user = db.execute("SELECT id FROM users WHERE username = 'interviewer'").fetchone()[0]
    dashboard = client.get("/")
    assert dashboard.headers["X-Casebook-User"] == str(user)
    assert "Cookie" in dashboard.headers["Vary"]
    assert "X-Casebook-User" not in client.get("/static/casebook/casebook.css").headers
    token = client.get("/responses/csrf-token", headers={"Accept": "application/json"})
    assert "X-Casebook-User" not in token.headers
    analyst = app.test_client()
    login(analyst, "analyst")
    assert "X-Casebook-User" not in analyst.get("/analyst").headers


def test_a_blank_form_for_a_response_started_on_the_device(app) -> None:
    client = app.test_client()
    login(client, "interviewer")
    page = client.get("/responses/new/patient-interview/2")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'data-state="local"' in html and 'data-fill="participant"' in html
    assert 'action="/responses/__uuid__"' in html
    assert client.get("/responses/new/patient-interview/9").status_code == 404
    assert client.get("/responses/new/patient-interview/two").status_code == 404
    assert client.get("/responses/new/meeting-observation/1").status_code == 403
