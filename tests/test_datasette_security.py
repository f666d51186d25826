"""The analysts' Datasette, as Casebook's plugin wraps it: security headers on every
response, CSV exports a spreadsheet cannot turn into formulas, a security event for each
download of the release, no server paths (nor the OS user names in them), Secure cookies
behind HTTPS, and its pages working in Chromium under its Content-Security-Policy."""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from casebook.accounts import add_user
from casebook.audit import Actor
from casebook.cli import main
from casebook.config import instance_folder
from casebook.datasette_plugin.access import COOKIE
from casebook.datasette_plugin.security import FormulaSafeCsv, _rewrite
from casebook.datasette_plugin.server import build_datasette
from casebook.db import connect
from casebook.security_events import RELEASE_DOWNLOADED, list_events
from casebook.tokens import create_token
from click.testing import CliRunner

from tests.asgi_server import serving
from tests.conftest import PASSWORD
from tests.release_fixtures import build_study, interview, release
from tests.test_browser_csp import watch
from tests.test_release_datasette import ROOT, get, run, token

FORMULA_NOTE = "=HYPERLINK(1+2) is what she typed first. @home she rests."


@pytest.fixture
def ds(app, db, tmp_path):
    built = build_study(db)
    interview(db, built, "m24", "2028-02-01", FORMULA_NOTE)
    path, _ = release(app, tmp_path)
    return build_datasette(
        path,
        Path(app.config["CASEBOOK_DATABASE"]),
        instance_folder(app),
        ROOT / "datasette-metadata.json",
    )


@pytest.mark.parametrize(
    "path", ["/-/casebook-login", "/release.json", "/release/topics", "/release.db"]
)
def test_every_datasette_response_has_the_security_headers(ds, db, path):
    for headers in ({}, token(db, "analyst")):
        response = get(ds, path, headers=headers)
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy and "default-src 'self'" in policy
        assert "object-src 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] in ("same-origin", "no-referrer")


def test_csv_exports_are_formula_safe(ds, db):
    headers = token(db, "analyst")
    for path in (
        "/release/topics.csv?_stream=on&_size=max",
        "/release.csv?sql=select+notes+from+topics",
    ):
        response = get(ds, path, headers=headers)
        assert response.status_code == 200
        notes = [row["notes"] for row in csv.DictReader(io.StringIO(response.text))]
        assert any(n.startswith("'=HYPERLINK(1+2)") for n in notes), notes
        assert not any(n.startswith(("=", "+", "@")) for n in notes)
    plain = get(ds, "/release/topics.json?_shape=array", headers=headers).json()
    assert any(row["notes"].startswith("=HYPERLINK(1+2)") for row in plain)  # data unchanged


def test_the_csv_rewriter_gives_the_same_result_whatever_the_chunks():
    rows = [["id", "notes", "n"]] + [
        [str(i), f'=cmd{i}\nsecond line, "quoted" ; ÅÄÖ', str(-i)] for i in range(200)
    ]
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    data = out.getvalue().encode()
    whole = _rewrite(data)
    rng = random.Random(3)
    for _ in range(20):
        rewriter, pieces, start = FormulaSafeCsv(), [], 0
        while start < len(data):
            end = min(len(data), start + rng.randint(1, 300))
            pieces.append(rewriter.feed(data[start:end], final=end == len(data)))
            start = end
        assert b"".join(pieces) == whole
    parsed = list(csv.reader(io.StringIO(whole.decode(), newline="")))
    assert parsed[1] == ["0", '\'=cmd0\nsecond line, "quoted" ; ÅÄÖ', "0"]
    assert parsed[5][2] == "-4"


def test_downloads_of_the_release_are_recorded(ds, db):
    analyst = token(db, "analyst")
    assert get(ds, "/release.db", headers=analyst).status_code == 200
    assert get(ds, "/release/topics.csv?_size=max", headers=analyst).status_code == 200
    assert get(ds, "/release/topics.json", headers=analyst).status_code == 200  # not a download
    assert get(ds, "/release.db", headers=token(db, "interviewer")).status_code == 403
    assert get(ds, "/release.db").status_code == 401
    deadline = time.monotonic() + 10
    while len(list_events(db, RELEASE_DOWNLOADED)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    events = list_events(db, RELEASE_DOWNLOADED)
    assert [(e["username"], e["subject"]) for e in events] == [
        ("analyst", "/release.db"),
        ("analyst", "/release/topics.csv?_size=max"),
    ]
    assert all(e["user_id"] is not None and e["address"] for e in events)


def test_the_login_cookie_is_secure_behind_https(app, db, tmp_path):
    build_study(db)
    path, _ = release(app, tmp_path)
    secure = build_datasette(  # what `casebook datasette --secure-cookies` configures
        path,
        Path(app.config["CASEBOOK_DATABASE"]),
        instance_folder(app),
        ROOT / "datasette-metadata.json",
        secure_cookies=True,
    )
    page = get(secure, "/-/casebook-login")
    cookies = [v for k, v in page.headers.multi_items() if k == "set-cookie"]
    assert cookies and all("; Secure" in c for c in cookies)
    csrf = re.search(r'name="csrftoken" value="([^"]+)"', page.text)[1]
    form = {"username": "analyst", "password": PASSWORD, "csrftoken": csrf}
    logged_in = run(
        secure.client.post(
            "/-/casebook-login", data=form, cookies={"ds_csrftoken": page.cookies["ds_csrftoken"]}
        )
    )
    login_cookie = next(v for k, v in logged_in.headers.multi_items() if k == "set-cookie")
    assert login_cookie.startswith(f"{COOKIE}=") and "; Secure" in login_cookie


def test_datasette_pages_work_in_chromium_under_their_csp(browser: Any, ds) -> None:
    with serving(ds.app()) as base:
        problems = _pages_under_their_csp(browser, base)
    assert not problems, "\n".join(problems)


def _pages_under_their_csp(browser: Any, base: str) -> list[str]:
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    problems: list[str] = []
    try:
        page = context.new_page()
        watch(page, problems)
        page.goto(f"{base}/-/casebook-login")
        page.get_by_label("Username").fill("analyst")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        for path in ("/", "/release", "/release/topics", "/release?sql=select+1", "/-/codebook"):
            response = page.goto(base + path)
            assert response.status == 200, path
            assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
            page.wait_for_load_state("networkidle")
        assert page.locator("body").inner_text()
    finally:
        context.close()
    return problems


def test_no_operating_system_user_name_reaches_the_release(tmp_path):
    name = "zqosuser9431"
    home = tmp_path / "home" / name
    env = {
        **os.environ,
        "USER": name,
        "LOGNAME": name,
        "HOME": str(home),
        "CASEBOOK_INSTANCE": str(home / "study" / "instance"),
        "CASEBOOK_INSTRUMENTS": str(ROOT / "instruments"),
    }
    for args in (["init"], ["demo"], ["publish", "--allow-unreviewed", "no names here"]):
        done = CliRunner().invoke(main, args, env=env)  # in this process, as that user
        assert done.exit_code == 0, done.output
    instance = home / "study" / "instance"
    assert name.encode() not in (instance / "release.db").read_bytes()
    private = sqlite3.connect(instance / "casebook.db")
    assert private.execute(  # the private audit log does say who ran the command
        "SELECT count(*) FROM audit_log WHERE actor LIKE ?", [f"%{name}%"]
    ).fetchone()[0]
    private.close()

    served = build_datasette(instance / "release.db", instance / "casebook.db", instance, None)
    db = connect(instance / "casebook.db")
    add_user(db, "ana", "analyst", PASSWORD, Actor.system("tests"))
    headers = {"Authorization": f"Bearer {create_token(db, 'ana', 't', Actor.system('t')).secret}"}
    db.close()
    for path in ("/", "/release", "/release.json", "/-/metadata.json", "/release/_release.json"):
        response = get(served, path, headers=headers)
        assert response.status_code == 200 and name not in response.text, path
    hidden = get(served, "/-/databases.json", headers=headers)
    assert hidden.status_code == 404 and name not in hidden.text
