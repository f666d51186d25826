"""The pages and messages of the security work in Swedish for a Swedish reader: accounts,
deactivation, the password page and its policy, the login throttle's wait (with plural
seconds and minutes), a response's history and the study.yaml banner; and the same
rules stay in English on the command line, where no one has chosen a language."""

from __future__ import annotations

import os
import re
import shutil

import pytest
from casebook import login_throttle
from casebook.accounts import AccountError, add_user
from casebook.audit import Actor
from casebook.login_throttle import ACCOUNT_FREE, wait_text
from casebook.passwords import password_problems

from tests.conftest import BUNDLED_INSTRUMENTS, PASSWORD, csrf_token, login, make_app
from tests.test_audit_trail import saved_twice  # noqa: F401  (a fixture: a response saved twice)
from tests.test_language import choose
from tests.test_login_throttle import clock  # noqa: F401  (a fixture: the throttle's clock)

SWEDISH = {"Accept-Language": "sv-SE,sv;q=0.9"}


def swedish(app, role: str):
    """A test client logged in as `role`, who has chosen Swedish."""
    client = app.test_client()
    login(client, role)
    assert choose(client, "sv").status_code == 302
    return client


def errors(page: str) -> list[str]:
    return re.findall(r'<p class="error"[^>]*>([^<]*)</p>', page)


def test_the_accounts_page_in_swedish(app, db):
    admin = swedish(app, "admin")
    page = admin.get("/accounts").text
    for text in ("Konton", "Lägg till ett konto", "Lägg till kontot", "Byt roll", "Inaktivera"):
        assert text in page, text
    assert 'aria-label="Byt roll för interviewer"' in page
    assert "<td>aktivt</td>" in page
    assert "En ändring gäller direkt" in page and "Namn som visas i appen" in page
    for english in ("Add an account", "A change takes effect", "Change role", ">active<"):
        assert english not in page, english

    user_id = db.execute("SELECT id FROM users WHERE username = 'observer'").fetchone()[0]
    confirm = admin.get(f"/accounts/{user_id}/deactivate").text
    assert "Inaktivera observer?" in confirm and "loggas ut direkt" in confirm
    assert "Behåll det aktivt" in confirm and "Deactivate" not in confirm
    token = csrf_token(admin, "/accounts")
    admin.post(f"/accounts/{user_id}/deactivate", data={"csrf_token": token})
    listing = admin.get("/accounts").text
    assert "observer är inaktiverat: utloggat överallt" in listing
    assert '<span class="badge missing">inaktiverat</span>' in listing
    admin.post(f"/accounts/{user_id}/role", data={"csrf_token": token, "role": "analyst"})
    assert "observer har nu rollen analyst." in admin.get("/accounts").text


def test_a_weak_password_is_refused_in_swedish(app):
    admin = swedish(app, "admin")
    form = {
        "username": "kerstin",
        "role": "interviewer",
        "password": "kerstin",
        "confirm": "kerstin",
        "csrf_token": csrf_token(admin, "/accounts"),
    }
    page = admin.post("/accounts", data=form)
    assert page.status_code == 422
    [message] = errors(page.text)
    assert message.startswith("Lösenordet godtas inte: det måste ha minst 12 tecken;")
    assert "det får inte innehålla användarnamnet" in message
    form |= {"username": "admin", "password": PASSWORD, "confirm": PASSWORD}
    taken = admin.post("/accounts", data=form)
    assert errors(taken.text) == ["Det finns redan ett konto som heter &#39;admin&#39;."]
    form |= {"username": "kerstin", "confirm": "something else"}
    assert "Lösenorden är olika." in errors(admin.post("/accounts", data=form).text)


@pytest.mark.usefixtures("clock")
def test_the_password_page_in_swedish(app):
    client = swedish(app, "interviewer")
    page = client.get("/account/password").text
    assert "<h1>Byt ditt lösenord</h1>" in page and "Du förblir inloggad här" in page
    assert "Ditt nuvarande lösenord" in page and "Minst 12 tecken" in page
    assert "Change your password" not in page

    def change(current: str, new: str) -> str:
        form = {"current": current, "password": new, "confirm": new}
        return client.post("/account/password", data=form | {"csrf_token": csrf_token(client)})

    assert errors(change("fel lösenord", "vinter älg kaffe bro").text) == [
        "Det här är inte ditt nuvarande lösenord."
    ]
    assert errors(change(PASSWORD, "aaaaaaaaaaaaaaa").text) == [
        "Lösenordet godtas inte: det måste innehålla minst 5 olika tecken."
    ]
    for _ in range(ACCOUNT_FREE):
        change("fel lösenord", "vinter älg kaffe bro")
    assert errors(change(PASSWORD, "vinter älg kaffe bro").text) == [
        "För många felaktiga lösenord. Försök igen om 1 sekund."
    ]


@pytest.mark.usefixtures("clock")
def test_the_login_throttle_waits_in_swedish_seconds_and_minutes(app, monkeypatch):
    client = app.test_client()

    def attempt() -> str:
        page = client.get("/login", headers=SWEDISH).text
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[1]
        form = {"username": "analyst", "password": "not it", "csrf_token": token}
        return client.post("/login", data=form, headers=SWEDISH)

    for _ in range(ACCOUNT_FREE):
        assert attempt().status_code == 200
    blocked = attempt()
    assert blocked.status_code == 429
    assert errors(blocked.text) == [
        "För många misslyckade inloggningar för det här kontot eller från den här adressen. "
        "Försök igen om 1 sekund."
    ]
    for seconds, wait in ((30, "30 sekunder"), (600, "10 minuter"), (61, "61 sekunder")):
        monkeypatch.setattr(login_throttle, "wait_seconds", lambda db, user, address, s=seconds: s)
        assert errors(attempt().text)[0].endswith(f"Försök igen om {wait}."), seconds
    assert login_throttle.wait_text(120) == "2 minutes"  # outside a request: English


def test_a_responses_history_in_swedish(app, saved_twice):  # noqa: F811
    text = swedish(app, "admin").get(f"/responses/{saved_twice}/history").text
    assert "<h1>Historik" in text and "Tillbaka till svaret" in text
    assert "Sparat av interviewer" in text and "Påbörjat av interviewer" in text
    assert '<th scope="col">Före</th><th scope="col">Efter</th>' in text
    assert '<td data-label="Före">Old.</td>' in text
    assert "Saved by" not in text and "Every save" not in text


def test_the_study_yaml_banner_in_swedish(tmp_path):
    instruments = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, instruments)
    app = make_app(tmp_path, instruments)
    admin = swedish(app, "admin")
    study = instruments / "study.yaml"
    study.write_text(study.read_text().replace("roles:", "roles: !!str", 1))
    stat = study.stat()
    os.utime(study, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    banner = admin.get("/").text
    assert "study.yaml har fel: appen använder fortfarande de senaste giltiga" in banner
    assert "Rätta filen (eller kör <code>casebook instruments check</code>" in banner


def test_outside_a_web_page_the_rules_stay_in_english(db):
    """The command line shows the same rules in English (no reader, no language)."""
    assert wait_text(1) == "1 second" and wait_text(2) == "2 seconds"
    assert wait_text(600) == "10 minutes" and wait_text(61) == "61 seconds"
    assert password_problems("short", "")[0] == "it must have at least 12 characters"
    with pytest.raises(AccountError, match="already an account called 'admin'") as taken:
        add_user(db, "admin", "admin", PASSWORD, Actor.system("tests"))
    assert taken.value.field == "username"
