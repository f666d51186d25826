"""Audit you can read: security events are recorded (logins, failed logins, tokens created
and revoked, releases published), admins read a response's history in the web app, and
`casebook audit export` writes the whole log as formula-safe CSV."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest
from casebook.audit import Actor
from casebook.csv_safe import safe_cell
from casebook.responses import get_response, save_response
from casebook.security_events import (
    LOGIN,
    LOGIN_FAILED,
    RELEASE_PUBLISHED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    list_events,
    record_login_event,
)
from casebook.tokens import create_token, revoke_token
from click.testing import CliRunner

from tests.conftest import login
from tests.release_fixtures import build_study, release
from tests.study_fixtures import case_with_patient, interview, staff


def test_logins_and_failed_logins_are_recorded_with_name_and_address(db):
    record_login_event(db, "interviewer", True, "10.0.0.7")
    record_login_event(db, "interviewer", False, "10.0.0.8")
    record_login_event(db, "no-such-user\n=cmd", False, "10.0.0.9")
    rows = [
        (e["event"], e["username"], e["user_id"] is not None, e["address"]) for e in list_events(db)
    ]
    assert rows == [
        (LOGIN, "interviewer", True, "10.0.0.7"),
        (LOGIN_FAILED, "interviewer", True, "10.0.0.8"),
        (LOGIN_FAILED, "no-such-user?=cmd", False, "10.0.0.9"),
    ]


def test_tokens_created_and_revoked_are_recorded(db):
    lead = staff(db, "admin")
    token = create_token(db, "analyst", "notebook", lead)
    revoke_token(db, token.prefix, lead)
    events = list_events(db)
    assert [e["event"] for e in events] == [TOKEN_CREATED, TOKEN_REVOKED]
    assert all(e["username"] == "admin" and e["subject"] == f"token {token.id}" for e in events)
    assert token.secret not in str(events)
    assert '"username": "analyst"' in events[0]["detail"]


def test_publishing_is_recorded(app, db, tmp_path):
    build_study(db)
    release(app, tmp_path)
    [event] = list_events(db, RELEASE_PUBLISHED)
    assert event["subject"] == "release.db" and event["username"] == "system: tests"


def test_the_audit_events_cannot_be_changed(db):
    record_login_event(db, "admin", True, "127.0.0.1")
    for statement in ("UPDATE audit_events SET username = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(statement)


@pytest.fixture
def saved_twice(db):
    """An interview saved twice by the interviewer: notes typed, then changed."""
    case_id, patient = case_with_patient(db)
    key = "0c6f0a52-3333-4c1d-9e1e-0123456789ab"
    first = interview(case_id, patient, answers={"life_now": {"covered": True, "notes": "Old."}})
    save_response(db, key, first, staff(db), "interviewer")
    second = interview(
        case_id,
        patient,
        revision=1,
        status="draft",
        answers={"life_now": {"covered": True, "notes": "New words."}, "interview_setting": "home"},
    )
    save_response(db, key, second, staff(db), "interviewer")
    assert get_response(db, key)["revision"] == 2
    return key


def test_admins_read_a_responses_history_before_and_after(app, saved_twice):
    admin = app.test_client()
    login(admin, "admin")
    page = admin.get(f"/responses/{saved_twice}")
    assert f'href="/responses/{saved_twice}/history"' in page.text
    history = admin.get(f"/responses/{saved_twice}/history")
    assert history.status_code == 200
    text = history.text
    assert text.count("history-save") == 2
    assert "Saved by interviewer" in text and "Started by interviewer" in text
    newest = text.index("Saved by interviewer")
    assert newest < text.index("Started by interviewer")  # newest first
    assert (
        '› notes</th><td data-label="Before">Old.</td><td data-label="After">New words.</td>'
        in text
    )
    assert (
        'take place?</th><td data-label="Before">—</td>'
        '<td data-label="After">The participant&#39;s home</td>' in text
    )


@pytest.mark.parametrize("role", ["interviewer", "observer", "analyst"])
def test_only_admins_see_the_history(app, saved_twice, role):
    client = app.test_client()
    login(client, role)
    assert client.get(f"/responses/{saved_twice}/history").status_code == 403
    if role == "interviewer":
        assert "/history" not in client.get(f"/responses/{saved_twice}").text


def test_audit_export_writes_changes_and_events_as_formula_safe_csv(app, db, saved_twice, tmp_path):
    from casebook.cli import main

    record_login_event(db, '=HYPERLINK("http://evil.example")', False, "10.0.0.9")
    record_login_event(db, "admin", True, "@127.0.0.1")
    create_token(db, "analyst", "-1+1", Actor.system("tests"))
    result = CliRunner().invoke(
        main, ["audit", "export"], env={"CASEBOOK_INSTANCE": str(tmp_path / "instance")}
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == [
        "at",
        "source",
        "actor",
        "action",
        "table",
        "row",
        "address",
        "before",
        "after",
    ]
    assert [r["at"] for r in rows] == sorted(r["at"] for r in rows)
    changes = [r for r in rows if r["source"] == "change" and r["table"] == "answers"]
    assert any("New words." in r["after"] and "Old." in r["before"] for r in changes)
    events = {(r["action"], r["actor"]) for r in rows if r["source"] == "event"}
    assert (LOGIN_FAILED, '\'=HYPERLINK("http://evil.example")') in events
    assert (TOKEN_CREATED, "system: tests") in events
    assert any(r["address"] == "'@127.0.0.1" for r in rows)
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or value.lstrip("-").replace(".", "").isdigit()

    out = tmp_path / "audit.csv"
    written = CliRunner().invoke(
        main,
        ["audit", "export", "--out", str(out), "--since", "2000-01-01"],
        env={"CASEBOOK_INSTANCE": str(tmp_path / "instance")},
    )
    assert written.exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert out.read_text() == result.output


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+46 70 123 45 67", "'+46 70 123 45 67"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-3", "-3"),
        ("+2.5", "+2.5"),
        ("-1e3", "-1e3"),
        ("Old.", "Old."),
        (42, 42),
        (None, None),
    ],
)
def test_formula_safe_cells(value, safe):
    assert safe_cell(value) == safe
