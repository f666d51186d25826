"""Failed logins are slowed down, per account and per address, with growing delays: a
blocked attempt is refused (429, Retry-After) without its password being looked at. The
finding: 200 wrong passwords in a row, none slowed. (Datasette's login shares the same
counts: tests/test_datasette_login.py.)"""

from __future__ import annotations

import datetime as dt

import pytest
from casebook import login_throttle
from casebook.login_throttle import ACCOUNT_FREE, ADDRESS_FREE, MAX_DELAY, delay_after

from tests.conftest import PASSWORD, csrf_token


def attempt(client, username: str, password: str, address: str = "192.0.2.10"):
    token = getattr(client, "csrf", None) or csrf_token(client, "/login")
    client.csrf = token  # one token serves the client's session
    return client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token},
        environ_base={"REMOTE_ADDR": address},
    )


class Clock:
    """The throttle's clock, stopped: delays run out only when a test says so."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def let_delays_run_out(self) -> None:
        self.now += dt.timedelta(minutes=20)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    stopped = Clock()
    monkeypatch.setattr(login_throttle, "_now", stopped)
    return stopped


def test_delays_grow_and_stop_growing():
    delays = [delay_after(n, ACCOUNT_FREE) for n in range(1, 30)]
    assert delays[:ACCOUNT_FREE] == [0] * ACCOUNT_FREE
    grown = delays[ACCOUNT_FREE:]
    assert grown[:4] == [1, 2, 4, 8]
    assert all(b >= a for a, b in zip(grown, grown[1:], strict=False))
    assert max(grown) == MAX_DELAY


def test_wrong_passwords_are_slowed_down_for_the_account(app, db, clock):
    client = app.test_client()
    for _ in range(ACCOUNT_FREE):
        page = attempt(client, "admin", "not the password")
        assert page.status_code == 200
        assert "Wrong username or password." in page.get_data(as_text=True)
    blocked = attempt(client, "admin", "not the password")
    assert blocked.status_code == 429
    assert blocked.headers["Retry-After"] == "1"
    assert "Too many failed logins" in blocked.get_data(as_text=True)
    # blocked means blocked: even the right password is not looked at
    assert attempt(client, "admin", PASSWORD).status_code == 429
    clock.let_delays_run_out()
    assert attempt(client, "admin", "not the password").headers["Retry-After"] == "2"
    clock.let_delays_run_out()
    assert attempt(client, "admin", PASSWORD).status_code == 302
    # a login clears the account's count
    assert (
        db.execute("SELECT count(*) FROM login_failures WHERE key LIKE 'account:%'").fetchone()[0]
        == 0
    )


def test_many_accounts_from_one_address_are_slowed_down(app, db, clock):
    client = app.test_client()
    for n in range(ADDRESS_FREE - 1):  # as if they had been tried here (hashing is slow)
        login_throttle.record_failure(db, f"user{n}", "192.0.2.10")
    assert attempt(client, "user-last", "not the password").status_code == 200
    assert attempt(client, "someone-else", "not the password").status_code == 429
    assert attempt(client, "admin", PASSWORD).status_code == 429
    # another address is not held up by this one
    assert attempt(client, "admin", PASSWORD, address="192.0.2.99").status_code == 302


def test_two_hundred_wrong_passwords_are_mostly_refused_unread(app, db, clock):
    client = app.test_client()
    codes = [attempt(client, "admin", f"guess number {n}").status_code for n in range(200)]
    assert codes.count(200) == ACCOUNT_FREE
    assert codes.count(429) == 200 - ACCOUNT_FREE
    row = db.execute("SELECT failures FROM login_failures WHERE key = 'account:admin'").fetchone()
    assert row[0] == ACCOUNT_FREE + 1  # blocked attempts are not counted, nor checked


def test_counts_are_forgotten_after_a_day(db):
    start = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    for n in range(ACCOUNT_FREE + 3):
        login_throttle.record_failure(db, "Admin", "192.0.2.1", at=start + dt.timedelta(hours=n))
    later = start + dt.timedelta(hours=ACCOUNT_FREE + 3)
    assert login_throttle.wait_seconds(db, "admin ", "192.0.2.1", at=later) == 0
    again = login_throttle.record_failure(db, "admin", None, at=later + dt.timedelta(days=2))
    assert again == 0
    assert db.execute("SELECT failures FROM login_failures").fetchone()[0] == 1
