"""Sessions end when the account says so: a session cookie copied before logging out, a new
password or deactivation stops working at its next request, on every device; a new role
applies at the next request; tokens of a deactivated account stop working. From the
command line and from the admins' accounts page, both at once."""

from __future__ import annotations

import re

import pytest
from casebook.accounts import AccountError, set_active, set_password, set_role
from casebook.tokens import create_token

from tests.conftest import PASSWORD, csrf_token, login
from tests.security_fixtures import SYSTEM
from tests.study_fixtures import case_with_patient


def second_device(app, client):
    """Another browser holding a copy of this client's session cookie."""
    other = app.test_client()
    other.set_cookie("session", client.get_cookie("session").value)
    return other


def logged_in(client) -> bool:
    return client.get("/cases").status_code == 200


def test_a_copied_cookie_stops_working_after_logout(app):
    client = app.test_client()
    login(client, "interviewer")
    copy = second_device(app, client)
    assert logged_in(copy)
    token = csrf_token(client, "/")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert not logged_in(copy)
    assert copy.get("/cases").headers["Location"].startswith("/login")
    assert not logged_in(client)


def test_logging_out_on_one_device_logs_out_the_others(app):
    laptop, tablet = app.test_client(), app.test_client()
    login(laptop, "interviewer")
    login(tablet, "interviewer")
    laptop.post("/logout", data={"csrf_token": csrf_token(laptop, "/")})
    assert not logged_in(tablet)
    login(tablet, "interviewer")  # a new login starts afresh
    assert logged_in(tablet)


def test_a_new_password_ends_every_session(app, db):
    client = app.test_client()
    login(client, "interviewer")
    copy = second_device(app, client)
    set_password(db, "interviewer", "a brand new passphrase", SYSTEM)
    assert not logged_in(client) and not logged_in(copy)


def test_changing_your_own_password_keeps_this_session_only(app):
    client = app.test_client()
    login(client, "interviewer")
    copy = second_device(app, client)
    form = {"current": PASSWORD, "password": "a brand new passphrase"}
    form |= {"confirm": "a brand new passphrase", "csrf_token": csrf_token(client, "/")}
    assert client.post("/account/password", data=form).status_code == 302
    assert logged_in(client)
    assert not logged_in(copy)


def test_deactivation_ends_sessions_and_tokens_at_once(app, db):
    client = app.test_client()
    login(client, "interviewer")
    secret = create_token(db, "interviewer", "laptop", SYSTEM).secret
    bearer = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/cases", headers=bearer).status_code == 200
    set_active(db, "interviewer", False, SYSTEM)
    assert not logged_in(client)
    assert client.get("/api/v1/cases", headers=bearer).status_code == 401
    revoked = db.execute("SELECT revoked_at FROM api_tokens").fetchone()[0]
    assert revoked is not None
    set_active(db, "interviewer", True, SYSTEM)
    assert client.get("/api/v1/cases", headers=bearer).status_code == 401  # stays revoked
    assert not logged_in(client)
    login(client, "interviewer")
    assert logged_in(client)


def test_a_new_role_applies_at_the_next_request(app, db):
    _case, patient = case_with_patient(db)
    client = app.test_client()
    login(client, "interviewer")
    secret = create_token(db, "interviewer", "script", SYSTEM).secret
    bearer = {"Authorization": f"Bearer {secret}"}
    assert client.get(f"/participants/{patient}").status_code == 200
    set_role(db, "interviewer", "observer", SYSTEM)
    assert client.get(f"/participants/{patient}").status_code == 403
    assert client.get("/api/v1/participants", headers=bearer).status_code == 403
    assert logged_in(client)  # still logged in, with the new role


def test_the_last_admin_is_kept(db):
    with pytest.raises(AccountError, match="only active admin"):
        set_active(db, "admin", False, SYSTEM)
    with pytest.raises(AccountError, match="only active admin"):
        set_role(db, "admin", "analyst", SYSTEM)
    set_role(db, "interviewer", "admin", SYSTEM)
    set_role(db, "admin", "analyst", SYSTEM)  # now there is another


def test_changes_are_audited(db):
    set_role(db, "observer", "interviewer", SYSTEM)
    set_active(db, "observer", False, SYSTEM)
    rows = db.execute(
        "SELECT before, after FROM audit_log WHERE table_name = 'users' ORDER BY id DESC LIMIT 2"
    ).fetchall()
    assert rows == [
        ('{"active": true}', '{"active": false}'),
        ('{"role": "observer"}', '{"role": "interviewer"}'),
    ]


def test_the_accounts_page_deactivates_after_confirming_and_changes_roles(app, db):
    interviewer = app.test_client()
    login(interviewer, "interviewer")
    admin = app.test_client()
    login(admin, "admin")
    user_id = db.execute("SELECT id FROM users WHERE username = 'interviewer'").fetchone()[0]
    listing = admin.get("/accounts").get_data(as_text=True)
    assert "interviewer" in listing and "Deactivate" in listing
    confirm = admin.get(f"/accounts/{user_id}/deactivate")
    assert confirm.status_code == 200 and "Deactivate interviewer?" in confirm.get_data(
        as_text=True
    )
    assert logged_in(interviewer)  # asking is not doing
    token = csrf_token(admin, "/accounts")
    done = admin.post(f"/accounts/{user_id}/deactivate", data={"csrf_token": token})
    assert done.status_code == 302
    assert not logged_in(interviewer)
    assert "deactivated" in admin.get("/accounts").get_data(as_text=True)
    admin.post(f"/accounts/{user_id}/activate", data={"csrf_token": token})
    admin.post(f"/accounts/{user_id}/role", data={"csrf_token": token, "role": "observer"})
    row = db.execute("SELECT role, active FROM users WHERE id = ?", [user_id]).fetchone()
    assert row == ("observer", 1)


def test_only_admins_manage_accounts(app):
    client = app.test_client()
    login(client, "interviewer")
    assert client.get("/accounts").status_code == 403
    token = csrf_token(client, "/")
    assert client.post("/accounts/1/deactivate", data={"csrf_token": token}).status_code == 403


def test_the_command_line_deactivates_and_changes_roles(app, db):
    """`casebook users role|deactivate|activate` on the app's own database, while a session
    of the account is open."""
    client = app.test_client()
    login(client, "observer")
    role = cli("users", "role", "observer", "interviewer")
    assert role.exit_code == 0, role.output
    assert client.get("/participants/1").status_code == 404  # an interviewer's page now
    off = cli("users", "deactivate", "observer")
    assert off.exit_code == 0 and "deactivated" in off.output
    assert not logged_in(client)
    listed = cli("users", "list").output
    assert re.search(r"observer\s+interviewer\s+Observer \(inactive\)", listed), listed
    assert cli("users", "activate", "observer").exit_code == 0
    assert "(inactive)" not in cli("users", "list").output
    unknown = cli("users", "deactivate", "nobody")
    assert unknown.exit_code == 1 and "no account" in unknown.output
    last = cli("users", "role", "admin", "analyst")
    assert last.exit_code == 1 and "only active admin" in last.output


def cli(*args: str, stdin: str | None = None):
    """The `casebook` command, run in this process on the test app's instance folder."""
    from casebook.cli import main
    from click.testing import CliRunner

    return CliRunner().invoke(main, list(args), input=stdin)


def test_the_cookie_signer_is_built_once_per_key_and_a_new_key_ends_old_cookies(app):
    """The signer of session cookies is kept between requests (issue 14), per secret key:
    a cookie signed with a key that is no longer the app's is refused at the next request,
    and one signed with a key kept as a fallback still works."""
    sessions = app.session_interface
    assert sessions.get_signing_serializer(app) is sessions.get_signing_serializer(app)
    client = app.test_client()
    login(client, "interviewer")
    assert logged_in(client)
    old_key = app.secret_key
    app.config["SECRET_KEY"] = "a-new-key-" + "x" * 40
    assert not logged_in(client)
    login(client, "interviewer")
    assert logged_in(client)
    app.config["SECRET_KEY"] = old_key  # the cookie above was signed with the new key
    assert not logged_in(client)
    app.config["SECRET_KEY_FALLBACKS"] = ["a-new-key-" + "x" * 40]
    assert logged_in(client)
