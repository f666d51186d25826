"""Every login to the web app, successful or not, is written to the private database's
security events (`audit_events`) by the login itself, and admins read them in `casebook
audit export` (docs/security.md, "The audit log"). The Datasette login's events:
tests/test_datasette_login.py."""

from __future__ import annotations

import csv
import io

import pytest
from casebook.login_throttle import ACCOUNT_FREE
from casebook.security_events import LOGIN, LOGIN_FAILED, list_events
from click.testing import CliRunner

from tests.conftest import PASSWORD, login
from tests.test_login_throttle import clock  # noqa: F401  (a fixture: the throttle's clock)


def attempt(client, username: str, password: str):
    page = client.get("/login").get_data(as_text=True)
    token = page.split('name="csrf_token" type="hidden" value="', 1)[1].split('"', 1)[0]
    form = {"username": username, "password": password, "csrf_token": token}
    return client.post("/login", data=form, environ_base={"REMOTE_ADDR": "10.0.0.7"})


def logins(db) -> list[tuple[str, str, bool, str]]:
    return [
        (e["event"], e["username"], e["user_id"] is not None, e["address"])
        for e in list_events(db)
        if e["event"] in (LOGIN, LOGIN_FAILED)
    ]


def test_a_web_login_writes_an_event(app, db):
    assert attempt(app.test_client(), "interviewer", PASSWORD).status_code == 302
    [event] = list_events(db, LOGIN)
    assert (event["username"], event["address"], event["subject"]) == (
        "interviewer",
        "10.0.0.7",
        None,
    )
    user_id = db.execute("SELECT id FROM users WHERE username = 'interviewer'").fetchone()[0]
    assert event["user_id"] == user_id and event["at"]


def test_failed_web_logins_write_events(app, db):
    client = app.test_client()
    assert attempt(client, "interviewer", "not the password").status_code == 200
    assert attempt(client, "no-such-account", PASSWORD).status_code == 200
    assert logins(db) == [
        (LOGIN_FAILED, "interviewer", True, "10.0.0.7"),
        (LOGIN_FAILED, "no-such-account", False, "10.0.0.7"),
    ]


@pytest.mark.usefixtures("clock")  # delays run out only when a test says so
def test_a_throttled_web_login_is_written_as_failed(app, db):
    client = app.test_client()
    for _ in range(ACCOUNT_FREE + 1):
        attempt(client, "observer", "not the password")
    assert attempt(client, "observer", PASSWORD).status_code == 429
    assert logins(db) == [(LOGIN_FAILED, "observer", True, "10.0.0.7")] * (ACCOUNT_FREE + 2)


def test_admins_read_the_logins_in_the_audit_export(app, db, tmp_path):
    from casebook.cli import main

    attempt(app.test_client(), "analyst", "not the password")
    login(app.test_client(), "admin")
    result = CliRunner().invoke(
        main, ["audit", "export"], env={"CASEBOOK_INSTANCE": str(tmp_path / "instance")}
    )
    assert result.exit_code == 0, result.output
    rows = [r for r in csv.DictReader(io.StringIO(result.output)) if r["source"] == "event"]
    assert [(r["action"], r["actor"], r["address"]) for r in rows] == [
        (LOGIN_FAILED, "analyst", "10.0.0.7"),
        (LOGIN, "admin", "127.0.0.1"),
    ]
