"""Safe by default: CSRF on every form, oversized requests refused, friendly error pages,
never a traceback."""

from __future__ import annotations

from tests.conftest import csrf_token, login, make_app


def test_a_form_without_csrf_token_is_refused_and_stores_nothing(app, db):
    client = app.test_client()
    login(client, "admin")
    response = client.post("/cases/new", data={"code": "RG09", "label": "x"})
    assert response.status_code == 400
    assert "expired or did not come from Casebook" in response.get_data(as_text=True)
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_the_login_form_needs_its_token_too(app):
    response = app.test_client().post("/login", data={"username": "admin", "password": "x"})
    assert response.status_code == 400


def test_wrong_password_gets_a_message_not_a_hint(app):
    client = app.test_client()
    token = csrf_token(client, "/login")
    page = client.post(
        "/login", data={"username": "admin", "password": "wrong-password", "csrf_token": token}
    )
    assert page.status_code == 200
    assert "Wrong username or password." in page.get_data(as_text=True)
    unknown = client.post(
        "/login", data={"username": "nobody", "password": "wrong-password", "csrf_token": token}
    )
    assert "Wrong username or password." in unknown.get_data(as_text=True)


def test_login_redirect_stays_on_this_site(app):
    client = app.test_client()
    token = csrf_token(client, "/login")
    response = client.post(
        "/login?next=https://evil.example/",
        data={"username": "admin", "password": "correct horse battery", "csrf_token": token},
    )
    assert response.headers["Location"] == "/"


def test_oversized_request_gets_413(tmp_path):
    app = make_app(tmp_path, CASEBOOK_MAX_BODY=1000)
    client = app.test_client()
    login(client, "admin")
    token = csrf_token(client)
    response = client.post(
        "/cases/new", data={"code": "RG01", "label": "x" * 5000, "csrf_token": token}
    )
    assert response.status_code == 413
    assert "larger than Casebook accepts" in response.get_data(as_text=True)


def test_field_errors_are_shown_and_nothing_is_stored(app, db):
    client = app.test_client()
    login(client, "admin")
    token = csrf_token(client)
    client.post("/cases/new", data={"code": "RG01", "csrf_token": token})
    again = client.post("/cases/new", data={"code": "RG01", "csrf_token": token})
    assert again.status_code == 200
    assert "already used by another case" in again.get_data(as_text=True)
    case_id = db.execute("SELECT id FROM cases").fetchone()[0]
    bad = client.post(
        f"/cases/{case_id}/participants/new",
        data={
            "role": "patient",
            "name": "Elin Berg",
            "email": "not-an-address",
            "consent_date": "2026-13-45",
            "csrf_token": token,
        },
    )
    text = bad.get_data(as_text=True)
    assert "e-mail address such as" in text and "Not a valid date value" in text
    assert db.execute("SELECT count(*) FROM participants").fetchone()[0] == 0


def test_an_unexpected_error_shows_a_friendly_page_without_traceback(tmp_path):
    app = make_app(tmp_path)
    app.config["TESTING"] = False
    app.config["PROPAGATE_EXCEPTIONS"] = False

    from casebook.views import dashboard

    def explode(*_args, **_kwargs):
        raise RuntimeError("database on fire")

    dashboard.study_progress, original = explode, dashboard.study_progress
    try:
        client = app.test_client()
        login(client, "admin")
        response = client.get("/")
    finally:
        dashboard.study_progress = original
    text = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Something went wrong" in text
    assert "Traceback" not in text and "database on fire" not in text
