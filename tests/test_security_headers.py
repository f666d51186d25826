"""Security headers on every Casebook page (a Content-Security-Policy without inline script,
no framing, nosniff, a referrer policy), Secure cookies behind HTTPS, no inline script or
style left in any template, and the private database syncing every commit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, ROLES, login, make_app
from tests.test_access import casebook_rules, study, url_for_rule  # noqa: F401 (fixture)
from tests.test_host_app import host_app

TEMPLATES = Path(__file__).resolve().parent.parent / "app" / "casebook" / "templates"


def assert_casebook_headers(response, where: str) -> None:
    policy = response.headers.get("Content-Security-Policy", "")
    directives = dict(
        (part.split(" ", 1) + [""])[:2] for part in (p.strip() for p in policy.split(";")) if part
    )
    assert directives.get("script-src") == "'self'", (where, policy)
    assert directives.get("style-src") == "'self'", (where, policy)
    assert directives.get("frame-ancestors") == "'none'", (where, policy)
    assert directives.get("object-src") == "'none'", (where, policy)
    assert "unsafe" not in policy, (where, policy)
    assert response.headers.get("X-Content-Type-Options") == "nosniff", where
    assert response.headers.get("Referrer-Policy") == "same-origin", where
    assert response.headers.get("X-Frame-Options") == "DENY", where


@pytest.mark.parametrize("role", ROLES)
def test_every_page_every_role_has_the_security_headers(app, study, role):  # noqa: F811
    client = app.test_client()
    for path in ("/login", "/no-such-page", "/static/casebook/casebook.css", "/sw.js"):
        assert_casebook_headers(client.get(path), path)
    login(client, role)
    checked = 0
    for rule in casebook_rules(app):
        if "GET" not in rule.methods:
            continue
        url = url_for_rule(rule, study, role)
        response = client.get(url)
        assert_casebook_headers(response, f"{role} {url} {response.status_code}")
        checked += 1
    assert checked >= 15
    refused = client.post("/cases/new", data={"code": "x"}, headers={"X-CSRFToken": "bad"})
    assert refused.status_code in (400, 403)  # no token; or not this role's page
    assert_casebook_headers(refused, "a refused POST")


def test_casebook_under_a_host_sets_its_headers_on_its_own_pages_only(tmp_path):
    host = host_app(tmp_path)
    client = host.test_client()
    assert_casebook_headers(client.get("/fieldwork/login"), "/fieldwork/login")
    assert "Content-Security-Policy" not in client.get("/").headers


SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.S | re.I)


@pytest.mark.parametrize(
    "template",
    sorted(TEMPLATES.rglob("*.html")),
    ids=lambda p: str(p.relative_to(TEMPLATES)),
)
def test_no_template_has_inline_script_or_style(template: Path) -> None:
    text = template.read_text(encoding="utf-8")
    for attributes, body in SCRIPT.findall(text):
        if "src=" in attributes:
            assert not body.strip(), f"{template}: a <script src> with code inside"
            continue
        assert 'type="application/json"' in attributes, f"{template}: inline <script> code"
    assert "<style" not in text, f"{template}: inline <style> (move it to a static .css file)"
    assert not re.search(r"\sstyle=", text), f"{template}: a style attribute"
    assert not re.search(r"\son[a-z]+=", text), f"{template}: an inline event handler"


def test_secure_cookies_for_https_deployments(tmp_path):
    plain = make_app(tmp_path / "plain")
    client = plain.test_client()
    login(client, "admin")
    assert "Strict-Transport-Security" not in client.get("/").headers

    secure = make_app(tmp_path / "secure", CASEBOOK_SECURE_COOKIES=True)
    assert secure.config["SESSION_COOKIE_SECURE"] is True
    client = secure.test_client()
    page = client.get("/login")
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text)[1]
    response = client.post(
        "/login", data={"username": "admin", "password": PASSWORD, "csrf_token": token}
    )
    cookie = next(v for k, v in response.headers.items() if k == "Set-Cookie")
    assert "; Secure" in cookie and "HttpOnly" in cookie
    assert response.headers["Strict-Transport-Security"].startswith("max-age=")


def test_the_private_database_syncs_every_commit(tmp_path, monkeypatch):
    from casebook.db import connect

    db = connect(tmp_path / "casebook.db")
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()
    monkeypatch.setenv("CASEBOOK_SQLITE_SYNCHRONOUS", "normal")
    db = connect(tmp_path / "casebook.db")
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL, when asked for
    db.close()
