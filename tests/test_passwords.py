"""Passwords people can guess are refused wherever a password is set: the rules themselves,
the accounts service, the command line (`users add`, `users passwd`, `ensure-admin`) and the
web app (the admins' accounts page, everyone's own password page)."""

from __future__ import annotations

import re

import pytest
from casebook.accounts import AccountError, add_user, authenticate, set_password
from casebook.passwords import COMMON_FILE, common_passwords, generate_password, password_problems

from tests.conftest import BUNDLED_INSTRUMENTS, PASSWORD, csrf_token, login
from tests.security_fixtures import SYSTEM
from tests.test_sessions import cli

# The finding's own examples, and the ways around them a list alone would miss.
REFUSED = {
    "ten spaces": " " * 10,
    "twelve spaces": " " * 12,
    "password12": "password12",
    "the username": "ingrid.svensson",
    "the username in capitals": "INGRID.SVENSSON",
    "the username inside": "my name is Ingrid.Svensson!",
    "a common password": "qwertyuiop123",
    "a common word with digits added": "password1234",
    "a common word with punctuation": "Dragon!!2024",
    "one character repeated": "aaaaaaaaaaaaaaaa",
}


@pytest.mark.parametrize("what", REFUSED)
def test_guessable_passwords_are_refused(what):
    assert password_problems(REFUSED[what], "ingrid.svensson"), what


@pytest.mark.parametrize("good", [PASSWORD, "a long enough password", "tre glada katter i juni"])
def test_passphrases_are_accepted(good):
    assert password_problems(good, "ingrid.svensson") == []


def test_the_shipped_list_is_there_with_its_source():
    assert len(common_passwords()) > 29_000
    assert {"123456", "password", "dragon", "qwertyuiop"} <= common_passwords()
    readme = (COMMON_FILE.parent / "README.md").read_text()
    assert "MIT" in readme and "zxcvbn" in readme


def test_generated_passwords_meet_the_rules():
    for _ in range(50):
        assert password_problems(generate_password("admin"), "admin") == []


@pytest.mark.parametrize("what", ["ten spaces", "password12", "the username"])
def test_the_service_refuses_them_and_stores_nothing(db, what):
    with pytest.raises(AccountError, match="not accepted"):
        add_user(db, "ingrid.svensson", "interviewer", REFUSED[what], SYSTEM)
    assert db.execute("SELECT count(*) FROM users WHERE username LIKE 'ingrid%'").fetchone()[0] == 0
    with pytest.raises(AccountError, match="not accepted"):
        set_password(db, "interviewer", " " * 10, SYSTEM)
    assert authenticate(db, "interviewer", PASSWORD) is not None


def test_the_command_line_refuses_them(app):
    add = ("users", "add", "olle", "--role", "observer", "--password-stdin")
    spaces = cli(*add, stdin=" " * 10 + "\n")
    assert spaces.exit_code == 1 and "other than spaces" in spaces.output
    own_name = cli(*add, stdin="olle" * 4 + "\n")
    assert own_name.exit_code == 1 and "username" in own_name.output
    common = cli("users", "passwd", "admin", "--password-stdin", stdin="password1234\n")
    assert common.exit_code == 1 and "most common" in common.output
    assert cli(*add, stdin=PASSWORD + "\n").exit_code == 0


def test_ensure_admin_refuses_a_weak_password_and_generates_a_good_one(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEBOOK_INSTANCE", str(tmp_path / "instance"))
    monkeypatch.setenv("CASEBOOK_INSTRUMENTS", str(BUNDLED_INSTRUMENTS))
    assert cli("init").exit_code == 0
    monkeypatch.setenv("CASEBOOK_ADMIN_PASSWORD", "password12")
    weak = cli("users", "ensure-admin")
    assert weak.exit_code == 1 and "not accepted" in weak.output
    monkeypatch.delenv("CASEBOOK_ADMIN_PASSWORD")
    printed = cli("users", "ensure-admin").output
    password = re.search(r"Password: (\S+)", printed)[1]
    assert password_problems(password, "admin") == []


def test_the_admins_accounts_page_refuses_them(app, db):
    client = app.test_client()
    login(client, "admin")
    token = csrf_token(client, "/accounts")
    form = {"username": "ingrid", "role": "interviewer", "csrf_token": token}
    for password in (" " * 10, "password12", "Ingrid-ingrid"):
        page = client.post("/accounts", data=form | {"password": password, "confirm": password})
        assert page.status_code == 422
        assert "not accepted" in page.get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM users WHERE username = 'ingrid'").fetchone()[0] == 0
    good = client.post("/accounts", data=form | {"password": PASSWORD, "confirm": PASSWORD})
    assert good.status_code == 302
    assert authenticate(db, "ingrid", PASSWORD)["role"] == "interviewer"


def test_your_own_password_page_refuses_them(app, db):
    client = app.test_client()
    login(client, "observer")
    token = csrf_token(client, "/account/password")
    form = {"current": PASSWORD, "csrf_token": token}
    page = client.post(
        "/account/password", data=form | {"password": "observer1234!", "confirm": "observer1234!"}
    )
    assert page.status_code == 422 and "username" in page.get_data(as_text=True)
    wrong = client.post(
        "/account/password",
        data=form
        | {
            "current": "not my password",
            "password": "new pass phrase",
            "confirm": "new pass phrase",
        },
    )
    assert "not your current password" in wrong.get_data(as_text=True)
    changed = client.post(
        "/account/password",
        data=form | {"password": "new pass phrase", "confirm": "new pass phrase"},
    )
    assert changed.status_code == 302
    assert authenticate(db, "observer", "new pass phrase") is not None
    assert client.get("/").status_code == 200  # this session goes on
