"""One check decides where a login may send the browser next, for Casebook's login page, the
analysts' Datasette login and the start form's way back: a path on this site, nothing a
browser would read as another host."""

from __future__ import annotations

import pytest
from casebook.redirects import safe_next_path

from tests.conftest import PASSWORD, csrf_token

OFF_SITE = [
    "/\\evil.example/",  # next=/%5Cevil.example/: browsers read \ as /
    "/\t/evil.example",  # next=/%09/evil.example: browsers drop tabs
    "/\n/evil.example",
    "/\r\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/\\\\evil.example",
    "\\\\evil.example",
    " //evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "evil.example",
    "/\x00/evil.example",
    "/\u3000/evil.example",
    "",
    None,
]
ON_SITE = ["/", "/cases/3", "/release/answers?_sort=item&_size=50", "/responses/x#notes"]


@pytest.mark.parametrize("target", OFF_SITE)
def test_targets_that_leave_the_site_are_refused(target):
    assert safe_next_path(target) is None


@pytest.mark.parametrize("target", ON_SITE)
def test_paths_on_this_site_are_followed(target):
    assert safe_next_path(target) == target


@pytest.mark.parametrize("target", ["/%5Cevil.example/", "/%09/evil.example", "//evil.example"])
def test_casebooks_login_stays_on_this_site(app, target):
    client = app.test_client()
    token = csrf_token(client, "/login")
    response = client.post(
        f"/login?next={target}",
        data={"username": "admin", "password": PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302 and response.headers["Location"] == "/"
