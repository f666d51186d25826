"""A real `casebook datasette` process: an analyst's query bombs fail cleanly and the
process's memory stays bounded (the finding: `select randomblob(1000000000)` ran 36 s and
grew it to 7.5 GB); and in real Chromium, no login `next` lands off-site, neither on the
Datasette login nor on Casebook's own (the finding: `next=/%5Cevil.example/` and
`next=/%09/evil.example` did)."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from casebook.db import connect
from casebook.tokens import create_token
from playwright.sync_api import Error as PlaywrightError

from tests.conftest import BUNDLED_INSTRUMENTS, PASSWORD, make_app
from tests.release_fixtures import SYSTEM, build_study, release
from tests.test_cli import CASEBOOK, _free_port, _wait_for

PEAK_LIMIT_KB = 600_000  # measured about 190 MB after every bomb below (docs/security.md)
# `next` as a link would carry it, and as the server reads it
OFF_SITE = [
    "/%5Cevil.example/",
    "/%09/evil.example",
    "//evil.example",
    "https://evil.example/",
    "/%5C%5Cevil.example",
    "%2F%2Fevil.example",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`casebook datasette` on a release of the test study: (base URL, pid, analyst token)."""
    folder = tmp_path_factory.mktemp("process")
    app = make_app(folder)
    db = connect(app.config["CASEBOOK_DATABASE"])
    build_study(db)
    secret = create_token(db, "analyst", "bombs", SYSTEM).secret
    db.close()
    path, _ = release(app, folder)
    port = _free_port()
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(Path(app.config["CASEBOOK_DATABASE"]).parent),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
    }
    log = (folder / "server.log").open("w")  # read by no one while it runs: never a full pipe
    process = subprocess.Popen(
        [CASEBOOK, "datasette", "--port", str(port), "--release", str(path)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/-/casebook-login")
        yield base, process.pid, secret
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


def ask(base: str, secret: str, sql: str) -> tuple[int, dict]:
    url = f"{base}/release.json?" + urllib.parse.urlencode({"sql": sql, "_shape": "objects"})
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {secret}"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def peak_memory_kb(pid: int) -> int:
    """The most memory the process has held at once (VmHWM), in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


BOMBS = [
    "select randomblob(1000000000)",
    "select zeroblob(1000000000)",
    "with recursive c(x) as (select 1 union all select x+1 from c limit 1000)"
    " select zeroblob(1000000) from c",
    "with recursive c(x) as (select 1 union all select x+1 from c limit 1000)"
    " select printf('%.*c', 3000000, 'x') from c",
    "with recursive c(x) as (select 1 union all select x+1 from c) select count(*) from c",
]


def test_query_bombs_fail_cleanly_and_memory_stays_bounded(server):
    base, pid, secret = server
    for sql in BOMBS:
        status, body = ask(base, secret, sql)
        assert status == 400, (sql, status)
        assert body["ok"] is False and body["error"], sql
    status, body = ask(base, secret, "select printf('%.*c', 1000000000, 'x') as v")
    assert status == 200 and body["rows"] == [{"v": None}]
    assert ask(base, secret, "select count(*) as n from answers")[1]["rows"][0]["n"] > 0
    assert peak_memory_kb(pid) < PEAK_LIMIT_KB


def lands_on(browser, start: str, fill: dict[str, str], hidden_next: str | None) -> tuple:
    """Log in from `start` in a fresh Chromium context; (host of the page reached, hosts
    of any request that left 127.0.0.1). Requests elsewhere are recorded and aborted."""
    context = browser.new_context()
    elsewhere: list[str] = []

    def guard(route):
        host = urllib.parse.urlsplit(route.request.url).hostname
        if host != "127.0.0.1":
            elsewhere.append(host)
            return route.abort()
        return route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    try:
        page.goto(start)
        if hidden_next is not None:  # as a forged form would post it
            page.eval_on_selector("input[name=next]", "(el, v) => el.value = v", hidden_next)
        for name, value in fill.items():
            page.fill(f"input[name={name}]", value)
        try:
            with page.expect_navigation():
                page.click("[type=submit]")
            page.wait_for_load_state()
        except PlaywrightError as error:  # e.g. net::ERR_NAME_NOT_RESOLVED for evil.example
            elsewhere.append(str(error).splitlines()[0])
        return urllib.parse.urlsplit(page.url).hostname, elsewhere
    finally:
        context.close()


def test_the_datasette_login_never_lands_off_site_in_chromium(server, browser):
    """Each target posted as a forged form would post it; the finding's two also followed
    from a link to the login page."""
    base, _pid, _secret = server
    credentials = {"username": "analyst", "password": PASSWORD}
    tries = [(target, urllib.parse.unquote(target)) for target in OFF_SITE]
    tries += [(target, None) for target in OFF_SITE[:2]]
    for target, forged in tries:
        start = f"{base}/-/casebook-login?next={target}"
        host, elsewhere = lands_on(browser, start, credentials, forged)
        assert host == "127.0.0.1" and not elsewhere, (target, forged, host, elsewhere)


@pytest.fixture
def casebook_server(tmp_path):
    """Casebook on a real threaded server (its own app and database)."""
    import threading

    from werkzeug.serving import make_server

    app = make_app(tmp_path)
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=5)


def test_casebooks_login_never_lands_off_site_in_chromium(casebook_server, browser):
    credentials = {"username": "admin", "password": PASSWORD}
    for target in OFF_SITE[:3]:
        start = f"{casebook_server}/login?next={target}"
        host, elsewhere = lands_on(browser, start, credentials, None)
        assert host == "127.0.0.1" and not elsewhere, (target, host, elsewhere)
