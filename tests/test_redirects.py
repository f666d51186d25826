"""One check decides where a login may send the browser next, for Casebook's login page, the
analysts' Datasette login and the start form's way back: a path on this site, nothing a
browser would read as another host."""

from __future__ import annotations

import pytest
from casebook.redirects import safe_next_path, same_site_path

from tests.conftest import PASSWORD, csrf_token, login

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


@pytest.mark.parametrize(
    "referrer",
    [
        "https://evil.example/cases/3",  # another host
        "http://localhost.evil.example/cases/3",
        "ftp://localhost/cases/3",  # not a page
        "http://localhost//evil.example/",  # a path a browser reads as another host
        "http://localhost/%5C/x\\y",
        "",
        None,
    ],
)
def test_a_referrer_off_this_site_is_no_way_back(referrer):
    assert same_site_path(referrer, "localhost") is None


def test_a_referrer_on_this_site_gives_its_path_and_query():
    assert same_site_path("http://localhost/cases/3?tab=people", "localhost") == (
        "/cases/3?tab=people"
    )
    assert same_site_path("https://localhost", "localhost") == "/"


def test_the_language_choice_goes_back_only_to_this_site(app):
    client = app.test_client()
    login(client, "admin")
    token = csrf_token(client)
    for target, expected in (("//evil.example/", "/account"), ("/cases", "/cases")):
        response = client.post(
            "/account/language",
            data={"language": "", "next": target, "quiet": "1", "csrf_token": token},
        )
        assert response.status_code == 302 and response.headers["Location"] == expected
