"""The analysts' Datasette login, through real Datasette (its in-process client). The
findings: `next=/%5Cevil.example/` and `next=/%09/evil.example` led off-site, the form
accepted a POST without a CSRF token, the login cookie never expired, and logins were not
throttled. (In real Chromium: tests/test_datasette_process.py.)"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from casebook.accounts import set_active, set_password, set_role
from casebook.config import instance_folder
from casebook.datasette_plugin.access import COOKIE, COOKIE_NAMESPACE
from casebook.datasette_plugin.server import build_datasette
from casebook.login_throttle import ACCOUNT_FREE
from casebook.security_events import LOGIN, LOGIN_FAILED, list_events
from casebook.tokens import create_token

from tests.conftest import PASSWORD, app_on_copy, csrf_token, login, prepared_folder
from tests.release_fixtures import SYSTEM, build_study, release
from tests.test_login_throttle import clock  # noqa: F401  (a fixture: the throttle's clock)
from tests.test_release_datasette import ROOT, get, run

OFF_SITE = [
    "/\\evil.example/",  # what next=/%5Cevil.example/ arrives as
    "/\t/evil.example",  # next=/%09/evil.example
    "//evil.example",
    "https://evil.example/",
    "/\\\\evil.example",
    "\\/evil.example",
    " //evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
]


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The test study and its release, built once for the module."""
    folder = tmp_path_factory.mktemp("published")
    return prepared_folder(folder, lambda app, db: (build_study(db), release(app, folder)))


@pytest.fixture
def app(published, tmp_path):
    """Each test's own copy of the study and its release."""
    return app_on_copy(published, tmp_path)


@pytest.fixture
def ds(app, tmp_path):
    """Real Datasette on a release of the test study, checking logins against `db`."""
    private = Path(app.config["CASEBOOK_DATABASE"])
    return build_datasette(
        tmp_path / "release.db", private, instance_folder(app), ROOT / "datasette-metadata.json"
    )


def login_page(ds):
    page = get(ds, "/-/casebook-login")
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text)[1]
    return token, {"ds_csrftoken": page.cookies["ds_csrftoken"]}


def post_login(ds, username="analyst", password=PASSWORD, next_path="", **overrides):
    token, cookies = login_page(ds)
    form = {"username": username, "password": password, "csrftoken": token, "next": next_path}
    cookies = overrides.pop("cookies", cookies)
    form |= overrides
    return run(ds.client.post("/-/casebook-login", data=form, cookies=cookies))


def session_of(response) -> dict[str, str]:
    return {COOKIE: response.cookies[COOKIE]}


def can_read(ds, cookies) -> bool:
    return get(ds, "/release/answers.json", cookies=cookies).status_code == 200


@pytest.mark.parametrize("target", OFF_SITE)
def test_next_never_leads_off_site(ds, target):
    response = post_login(ds, next_path=target)
    assert response.status_code == 302
    assert response.headers["location"] == "/"


def test_next_leads_to_a_page_of_this_site(ds):
    response = post_login(ds, next_path="/release/answers?_sort=item")
    assert response.headers["location"] == "/release/answers?_sort=item"


def test_a_login_without_the_csrf_token_is_refused(ds):
    """A cross-site form POST from a browser that has never been here carries no cookies at
    all, which Datasette's own CSRF check lets through."""
    form = {"username": "analyst", "password": PASSWORD}
    bare = run(ds.client.post("/-/casebook-login", data=form))
    assert bare.status_code == 403 and COOKIE not in bare.cookies
    token, cookies = login_page(ds)
    wrong = run(
        ds.client.post("/-/casebook-login", data=form | {"csrftoken": "forged"}, cookies=cookies)
    )
    assert wrong.status_code == 403 and COOKIE not in wrong.cookies
    other_cookie = run(
        ds.client.post("/-/casebook-login", data=form | {"csrftoken": token}, cookies={"x": "1"})
    )
    assert other_cookie.status_code == 403
    assert post_login(ds).status_code == 302


def test_the_login_cookie_expires(ds, db):
    stale = ds.sign({"u": 4, "v": 0, "t": int(time.time()) - 13 * 3600}, COOKIE_NAMESPACE)
    assert db.execute("SELECT id FROM users WHERE username = 'analyst'").fetchone()[0] == 4
    assert not can_read(ds, {COOKIE: stale})
    fresh = ds.sign({"u": 4, "v": 0, "t": int(time.time())}, COOKIE_NAMESPACE)
    assert can_read(ds, {COOKIE: fresh})
    cookie = post_login(ds).headers["set-cookie"]
    assert "Max-Age=43200" in cookie and "HttpOnly" in cookie


def test_datasettes_own_actor_cookie_is_not_accepted(ds):
    """The old login cookie: a signed actor with no expiry and no session version."""
    old = ds.sign({"a": {"id": "analyst", "role": "analyst"}}, "actor")
    assert not can_read(ds, {"ds_actor": old})


def test_logging_out_ends_the_session_here_and_in_casebook(ds, app):
    copied = session_of(post_login(ds))
    casebook = app.test_client()
    login(casebook, "analyst")
    assert can_read(ds, copied)
    asked = get(ds, "/-/casebook-logout", cookies=copied)
    assert "Log out" in asked.text and can_read(ds, copied)  # a link alone logs no one out
    token = re.search(r'name="csrftoken" value="([^"]+)"', asked.text)[1]
    out = run(
        ds.client.post(
            "/-/casebook-logout",
            data={"csrftoken": token},
            cookies=copied | {"ds_csrftoken": asked.cookies["ds_csrftoken"]},
        )
    )
    assert out.status_code == 302
    assert not can_read(ds, copied)
    assert casebook.get("/analyst").status_code == 302  # back to the login page


def test_casebook_logout_ends_the_datasette_session(ds, app):
    copied = session_of(post_login(ds))
    casebook = app.test_client()
    login(casebook, "analyst")
    casebook.post("/logout", data={"csrf_token": csrf_token(casebook, "/analyst")})
    assert not can_read(ds, copied)


@pytest.mark.parametrize("change", ["password", "deactivate", "role"])
def test_account_changes_apply_at_once(ds, db, change):
    copied = session_of(post_login(ds))
    bearer = {"Authorization": f"Bearer {create_token(db, 'analyst', 't', SYSTEM).secret}"}
    assert can_read(ds, copied)
    if change == "password":
        set_password(db, "analyst", "another long passphrase", SYSTEM)
    elif change == "deactivate":
        set_active(db, "analyst", False, SYSTEM)
    else:
        set_role(db, "analyst", "interviewer", SYSTEM)
    assert not can_read(ds, copied)
    token_works = get(ds, "/release/answers.json", headers=bearer).status_code == 200
    assert token_works == (change == "password")


@pytest.mark.usefixtures("clock")  # delays run out only when a test says so
def test_wrong_passwords_are_slowed_down_with_casebooks_counts(ds, app):
    for _ in range(ACCOUNT_FREE):
        assert post_login(ds, password="not the password").status_code == 401
    blocked = post_login(ds, password="not the password")
    assert blocked.status_code == 429 and blocked.headers["retry-after"] == "1"
    assert "Too many failed logins" in blocked.text
    assert post_login(ds).status_code == 429  # not even the right password is checked
    casebook = app.test_client()
    page = casebook.post(
        "/login",
        data={
            "username": "analyst",
            "password": PASSWORD,
            "csrf_token": csrf_token(casebook, "/login"),
        },
    )
    assert page.status_code == 429  # one count for both logins


def test_every_attempt_is_written_to_the_private_audit_events(ds, db):
    """Through real Datasette into the real private database: a wrong password, a right
    one, an account whose role may not use the release, and one that does not exist."""
    assert post_login(ds, password="not the password").status_code == 401
    assert post_login(ds).status_code == 302
    assert post_login(ds, username="interviewer").status_code == 401
    assert post_login(ds, username="nobody").status_code == 401
    rows = [
        (e["event"], e["username"], e["user_id"] is not None, e["address"])
        for e in list_events(db)
        if e["event"] in (LOGIN, LOGIN_FAILED)
    ]
    assert rows == [
        (LOGIN_FAILED, "analyst", True, "127.0.0.1"),
        (LOGIN, "analyst", True, "127.0.0.1"),
        (LOGIN_FAILED, "interviewer", True, "127.0.0.1"),
        (LOGIN_FAILED, "nobody", False, "127.0.0.1"),
    ]


@pytest.mark.usefixtures("clock")
def test_a_throttled_attempt_is_written_as_failed(ds, db):
    for _ in range(ACCOUNT_FREE + 1):
        post_login(ds, password="not the password")
    assert post_login(ds).status_code == 429
    failed = [e["username"] for e in list_events(db, LOGIN_FAILED)]
    assert failed == ["analyst"] * (ACCOUNT_FREE + 2)
    assert list_events(db, LOGIN) == []
