"""The interviewer's language: forms in the language a user chose (remembered per user,
switchable on the form, each label falling back to the instrument's first language), the
browser's Accept-Language when they chose none, and Casebook's own text in Swedish."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from casebook.audit import history
from casebook.instruments.model import label_text
from casebook.responses import ResponseInput, save_response

from tests.conftest import BUNDLED_INSTRUMENTS, csrf_token, login, make_app
from tests.study_fixtures import case_with_patient, interview, new_uuid, staff

# An observation guide written first in Swedish, then English and German, where one
# question and one choice have no German text.
TRILINGUAL = """
id: home-visit
version: 1
kind: observation
title: {sv: Hembesök, en: Home visit, de: Hausbesuch}
waves: [baseline]
languages: [sv, en, de]
sections:
  - id: visit
    title: {sv: Besöket, en: The visit, de: Der Besuch}
    items:
      - id: mood
        type: choice
        required: true
        label: {sv: Hur var stämningen?, en: How was the mood?}
        choices:
          - {value: calm, label: {sv: Lugn, en: Calm, de: Ruhig}}
          - {value: tense, label: {sv: Spänd, en: Tense}}
      - id: notes
        type: longtext
        label: {sv: Anteckningar om besöket, en: Notes on the visit, de: Notizen zum Besuch}
"""


def html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page)[1]


def choose(client, language: str, next_path: str = "", quiet: bool = False):
    data = {"language": language, "csrf_token": csrf_token(client), "next": next_path}
    if quiet:
        data["quiet"] = "1"
    return client.post("/account/language", data=data)


@pytest.fixture
def interview_page(app, db) -> str:
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    save_response(db, key, interview(case_id, patient), staff(db), "interviewer")
    return f"/responses/{key}"


def test_label_text_falls_back_to_the_first_language_before_english():
    label = {"sv": "Hur mår du?", "en": "How are you?"}
    assert label_text(label, "de", "sv") == "Hur mår du?"
    assert label_text(label, "de") == "How are you?"  # no instrument: English, as before
    assert label_text({"de": "Nur"}, "sv", "en") == "Nur"
    assert label_text("Plain", "sv", "en") == "Plain"


def test_a_form_in_swedish_with_the_interface_in_swedish(app, interview_page):
    client = app.test_client()
    login(client, "interviewer")
    english = client.get(interview_page).get_data(as_text=True)
    assert html_lang(english) == "en"
    assert "Life situation and recovery" in english
    assert choose(client, "sv").status_code == 302
    page = client.get(interview_page).get_data(as_text=True)
    assert html_lang(page) == "sv"
    assert "Livssituation och återhämtning" in page  # the instrument's sv labels
    assert "Life situation and recovery" not in page
    assert "Baslinje" in page  # the wave, from study.yaml
    assert "Formulärets språk:" in page  # Casebook's own text
    assert ">Anteckningar<" in page and ">Notes<" not in page
    completion = json.loads(re.search(r'id="cb-completion">(.*?)</script>', page, re.S)[1])
    titles = [section["title"] for section in completion["sections"]]
    assert "Livssituation och återhämtning" in titles


def test_the_choice_is_remembered_for_the_user_across_logins(app, interview_page):
    client = app.test_client()
    login(client, "interviewer")
    choose(client, "sv", interview_page, quiet=True)
    client.post("/logout", data={"csrf_token": csrf_token(client)})
    assert html_lang(client.get("/login").get_data(as_text=True)) == "en"
    login(client, "interviewer")
    assert html_lang(client.get(interview_page).get_data(as_text=True)) == "sv"
    other = app.test_client()  # another user is not affected
    login(other, "admin")
    assert html_lang(other.get(interview_page).get_data(as_text=True)) == "en"


def test_switching_on_the_form_goes_back_to_it_in_the_new_language(app, interview_page):
    client = app.test_client()
    login(client, "interviewer")
    page = client.get(interview_page).get_data(as_text=True)
    switch = re.search(r'<form class="form-language".*?</form>', page, re.S)[0]
    assert 'value="sv"' in switch and 'value="en"' in switch
    assert f'name="next" value="{interview_page}"' in switch
    response = choose(client, "sv", interview_page, quiet=True)
    assert response.status_code == 302 and response.headers["Location"] == interview_page
    assert "Livssituation" in client.get(interview_page).get_data(as_text=True)
    # `next` never leads off the site
    response = choose(client, "en", "//evil.example/x")
    assert response.headers["Location"] == "/account"


def test_the_browser_language_is_used_until_a_user_chooses(app, interview_page):
    client = app.test_client()
    swedish = {"Accept-Language": "sv-SE,sv;q=0.9,en;q=0.5"}
    assert html_lang(client.get("/login", headers=swedish).get_data(as_text=True)) == "sv"
    assert "Logga in" in client.get("/login", headers=swedish).get_data(as_text=True)
    login(client, "interviewer")
    assert html_lang(client.get(interview_page, headers=swedish).get_data(as_text=True)) == "sv"
    choose(client, "en")
    assert html_lang(client.get(interview_page, headers=swedish).get_data(as_text=True)) == "en"
    choose(client, "")  # back to "as my browser asks"
    assert html_lang(client.get(interview_page, headers=swedish).get_data(as_text=True)) == "sv"


def test_an_unknown_language_is_refused_and_a_choice_is_audited(app, db):
    client = app.test_client()
    login(client, "observer")
    assert choose(client, "xx").status_code == 400
    assert choose(client, "<script>").status_code == 400
    user = db.execute("SELECT id, language FROM users WHERE username = 'observer'").fetchone()
    assert user[1] is None
    choose(client, "sv")
    rows = history(db, "users", user[0])
    assert json.loads(rows[-1]["after"]) == {"language": "sv"}
    assert rows[-1]["actor"] == "observer"
    page = client.get("/account").get_data(as_text=True)
    assert re.search(r'value="sv"[^>]*checked', page)
    assert "svenska" in page and "Ditt konto" in page


def test_labels_fall_back_per_label_to_the_instruments_first_language(tmp_path):
    folder = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, folder)
    (folder / "home-visit").mkdir()
    (folder / "home-visit" / "v1.yaml").write_text(TRILINGUAL, encoding="utf-8")
    app = make_app(tmp_path, instruments=folder)
    from casebook.db import connect

    db = connect(app.config["CASEBOOK_DATABASE"])
    case_id, _patient = case_with_patient(db)
    key = new_uuid()
    data = ResponseInput(instrument="home-visit", version=1, case=case_id, wave="baseline")
    save_response(db, key, data, staff(db, "observer"), "observer")
    client = app.test_client()
    login(client, "observer")
    page = client.get(f"/responses/{key}").get_data(as_text=True)
    assert html_lang(page) == "en"  # no choice, no Accept-Language: English, which it has
    assert "How was the mood?" in page
    choose(client, "de", quiet=True)
    page = client.get(f"/responses/{key}").get_data(as_text=True)
    assert html_lang(page) == "de"
    assert "Notizen zum Besuch" in page and "Ruhig" in page  # German where it exists
    assert "Hur var stämningen?" in page and "Spänd" in page  # else Swedish, the first
    assert "How was the mood?" not in page and "Tense" not in page
    # messages name the question as the page shows it
    response = client.post(
        f"/responses/{key}",
        data={"csrf_token": csrf_token(client), "revision": "1", "action": "complete"},
    )
    assert "Hur var stämningen?" in response.get_data(as_text=True)
    db.close()


def test_translations_are_compiled_from_the_committed_po_file():
    from casebook.i18n import catalogue_path

    assert catalogue_path("sv").exists()
    assert not list(Path(catalogue_path("sv").parent).glob("*.mo"))


def test_a_host_app_keeps_its_own_flask_babel_and_catalogue(tmp_path):
    """Mounted in a host that set up Flask-Babel itself, Casebook follows the host's locale
    selector and reads its own catalogue; the host's pages keep the host's (here: none)."""
    from casebook import Casebook
    from flask import Flask, render_template_string
    from flask_babel import Babel

    from tests.conftest import host_settings

    standalone = make_app(tmp_path)
    host = Flask("host")
    host.config.update(host_settings(standalone))
    Babel(host, locale_selector=lambda: "sv")

    @host.route("/")
    def index():
        return render_template_string("<p>{{ _('Log in') }}</p>")

    Casebook(host)
    client = host.test_client()
    assert client.get("/").get_data(as_text=True) == "<p>Log in</p>"  # the host's domain
    page = client.get("/fieldwork/login").get_data(as_text=True)
    assert html_lang(page) == "sv" and "Logga in" in page
