"""Shared fixtures: a real headless Chromium (Debian's), driven by Playwright's Python API."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

# Property tests check what the code does, never how fast: no per-example deadline and no
# "input generation is slow" failure when the machine is busy (a test of the redactor's
# date rules failed so under a load of 12 on two cores). Speed is measured in bench/.
settings.register_profile("casebook", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("casebook")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str:
    """Where Debian's chromium is; a missing browser is a failure, never a skip."""
    path = os.environ.get("CASEBOOK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        pytest.fail(
            "Chromium not found: install Debian's `chromium` package (.ci/run does) "
            "or set CASEBOOK_CHROMIUM to its path.",
            pytrace=False,
        )
    return path


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[object]:
    """Playwright's driver, once per run (a second sync_playwright() cannot start beside it);
    tests that need a browser profile of their own launch it from here."""
    from playwright.sync_api import expect, sync_playwright

    # expect() waits 5 s by default: too short for a page load plus its scripts with two test
    # workers and their Chromiums on two busy cores. A longer wait costs nothing when the
    # expected state comes, and all of it only when the test fails anyway.
    expect.set_options(timeout=15_000)
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver) -> Iterator[object]:
    """One headless Chromium for the whole run; each test opens its own context."""
    browser = playwright_driver.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


# --- an initialised Casebook with one account per role ----------------------------------------

import threading  # noqa: E402
from pathlib import Path  # noqa: E402

from werkzeug.security import generate_password_hash  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLED_INSTRUMENTS = ROOT / "instruments"
PASSWORD = "correct horse battery"
ROLES = ("admin", "interviewer", "observer", "analyst")
TEST_HASH = "scrypt:1024:8:1"  # the fixture accounts' password hash (below); never in Casebook


_TEMPLATES: dict[Path, Path] = {}


def _template_database(instruments: Path, folder: Path) -> Path:
    """An initialised database with one account per role, built once per instruments folder
    (password hashing and registration are slow) and copied for each test."""
    if instruments not in _TEMPLATES:
        from casebook.accounts import add_user
        from casebook.audit import Actor
        from casebook.bootstrap import initialise
        from casebook.db import connect

        database = folder / "template.db"
        initialise(database, instruments)
        db = connect(database)
        for role in ROLES:
            add_user(db, role, role, PASSWORD, Actor.system("tests"), display_name=role.title())
        # Casebook checks a login against the stored hash with the cost the hash names, so these
        # accounts get a cheaper scrypt (n=2^10, not 2^15): hundreds of test logins then cost
        # 0.005 s each, not 0.16 s. Accounts that tests make themselves keep the real cost.
        db.execute(
            "UPDATE users SET password_hash = ?",
            [generate_password_hash(PASSWORD, method=TEST_HASH)],
        )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        _TEMPLATES[instruments] = database
    return _TEMPLATES[instruments]


def make_app(tmp_path: Path, instruments: Path = BUNDLED_INSTRUMENTS, **config):
    """A stand-alone Casebook on a fresh private database in tmp_path, one user per role
    (username = role, password = PASSWORD)."""
    import shutil
    import tempfile

    os.environ["CASEBOOK_INSTANCE"] = str(tmp_path / "instance")
    from casebook import create_app

    database = tmp_path / "instance" / "casebook.db"
    database.parent.mkdir(parents=True, exist_ok=True)
    if instruments == BUNDLED_INSTRUMENTS:
        shutil.copyfile(_template_database(instruments, Path(tempfile.mkdtemp())), database)
    else:
        _initialise_with_users(database, instruments)
    settings = {
        "TESTING": True,
        "CASEBOOK_DATABASE": str(database),
        "CASEBOOK_INSTRUMENTS": str(instruments),
    }
    settings.update(config)
    return create_app(settings)


def prepared_folder(folder: Path, fill) -> Path:
    """`folder` set up as make_app does and then filled by `fill(app, db)` (a study, a release
    in `folder`): for a module fixture, so what is slow to build is built once per module and
    each test gets its own copy (`app_on_copy`). Returns `folder`."""
    from casebook.db import connect

    app = make_app(folder)
    db = connect(app.config["CASEBOOK_DATABASE"])
    try:
        fill(app, db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return folder


def app_on_copy(prepared: Path, tmp_path: Path, **config):
    """A Casebook on a copy of a `prepared_folder` (its private database, keys, release files)
    in tmp_path: the same as building it all in this test, at the cost of a file copy."""
    shutil.copytree(prepared, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*-shm"))
    os.environ["CASEBOOK_INSTANCE"] = str(tmp_path / "instance")
    from casebook import create_app

    settings = {
        "TESTING": True,
        "CASEBOOK_DATABASE": str(tmp_path / "instance" / "casebook.db"),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
    }
    return create_app(settings | config)


def _initialise_with_users(database: Path, instruments: Path) -> None:
    import shutil

    template = _template_database(BUNDLED_INSTRUMENTS, database.parent)
    shutil.copyfile(template, database)
    from casebook.bootstrap import initialise

    initialise(database, instruments)


def host_settings(standalone) -> dict:
    """Config for a host Flask app that mounts Casebook under /fieldwork on the same private
    database and instruments as a stand-alone test app."""
    return {
        "SECRET_KEY": "host-secret",
        "TESTING": True,
        "CASEBOOK_URL_PREFIX": "/fieldwork",
        "CASEBOOK_DATABASE": standalone.config["CASEBOOK_DATABASE"],
        "CASEBOOK_INSTRUMENTS": standalone.config["CASEBOOK_INSTRUMENTS"],
    }


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path)


@pytest.fixture
def db(app):
    from casebook.db import connect

    database = connect(app.config["CASEBOOK_DATABASE"])
    yield database
    database.close()


def login(client, role: str, prefix: str = "") -> None:
    """Log a test client in as the account of `role` (CSRF checked as in real use)."""
    import re

    page = client.get(f"{prefix}/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[1]
    response = client.post(
        f"{prefix}/login", data={"username": role, "password": PASSWORD, "csrf_token": token}
    )
    assert response.status_code == 302, response.get_data(as_text=True)


def csrf_token(client, path: str = "/") -> str:
    """The CSRF token from the meta tag of a page the client can see."""
    import re

    page = client.get(path).get_data(as_text=True)
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', page)[1]


@pytest.fixture
def live_server(app):
    """The app on a real threaded WSGI server on loopback; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
