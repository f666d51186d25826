"""`casebook datasette --secure-cookies` (behind HTTPS) marks the analysts' login cookie
Secure, as `casebook serve --secure-cookies` does Casebook's session cookie: a real
`casebook datasette` process, started by the command line, logged into over HTTP.
(The plugin's side alone: tests/test_datasette_security.py.)"""

from __future__ import annotations

import http.client
import os
import re
import subprocess
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from casebook.datasette_plugin.access import COOKIE

from tests.conftest import BUNDLED_INSTRUMENTS, PASSWORD, make_app
from tests.release_fixtures import build_study, release
from tests.test_cli import CASEBOOK, _free_port, _wait_for


@pytest.fixture(scope="module")
def release_file(tmp_path_factory) -> tuple[Path, Path]:
    """(instance folder, release file) of the test study."""
    from casebook.db import connect

    folder = tmp_path_factory.mktemp("secure")
    app = make_app(folder)
    db = connect(app.config["CASEBOOK_DATABASE"])
    build_study(db)
    db.close()
    path, _ = release(app, folder)
    return Path(app.config["CASEBOOK_DATABASE"]).parent, path


def login_cookies(instance: Path, path: Path, *flags: str) -> list[str]:
    """Every Set-Cookie of the login page and of a successful analyst login, from a
    `casebook datasette` started with `flags`."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "CASEBOOK_SECURE_COOKIES"}
    env |= {"CASEBOOK_INSTANCE": str(instance), "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS)}
    log = (instance / f"datasette-{port}.log").open("w")
    process = subprocess.Popen(
        [CASEBOOK, "datasette", "--port", str(port), "--release", str(path), *flags],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/-/casebook-login")
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        connection.request("GET", "/-/casebook-login")
        page = connection.getresponse()
        first = page.headers.get_all("Set-Cookie") or []
        token = re.search(r'name="csrftoken" value="([^"]+)"', page.read().decode())[1]
        csrf_cookie = SimpleCookie(next(c for c in first if c.startswith("ds_csrftoken=")))
        body = f"username=analyst&password={PASSWORD}&csrftoken={token}"
        connection.request(
            "POST",
            "/-/casebook-login",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"ds_csrftoken={csrf_cookie['ds_csrftoken'].value}",
            },
        )
        logged_in = connection.getresponse()
        logged_in.read()
        assert logged_in.status == 302
        connection.close()
        return first + (logged_in.headers.get_all("Set-Cookie") or [])
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def secure(cookie: str) -> bool:
    return "secure" in {part.strip().lower() for part in cookie.split(";")[1:]}


def test_the_login_cookie_is_secure_with_the_flag(release_file):
    cookies = login_cookies(*release_file, "--secure-cookies")
    login = [c for c in cookies if c.startswith(f"{COOKIE}=") and not c.startswith(f"{COOKIE}=;")]
    assert login, cookies
    assert all(secure(c) for c in cookies), cookies


def test_the_login_cookie_is_not_secure_without_it(release_file):
    """Plain HTTP on one laptop keeps working: a Secure cookie would never come back."""
    cookies = login_cookies(*release_file)
    login = [c for c in cookies if c.startswith(f"{COOKIE}=")]
    assert login and not any(secure(c) for c in login), cookies
