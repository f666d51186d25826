"""The interviewer's language in a real headless Chromium, at tablet size: switch a form to
Swedish on the form itself, see the instrument's Swedish labels and Casebook's own text in
Swedish with lang="sv" (buttons, the status line the page's script writes, the check before
"Mark complete"), log out and in again and find it still Swedish; axe finds nothing wrong
with the Swedish page."""

from __future__ import annotations

from typing import Any

from casebook.responses import get_response, save_response
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.fieldwork import until
from tests.study_fixtures import case_with_patient, interview, new_uuid, staff
from tests.test_browser_accessibility import axe_violations
from tests.test_browser_interview import form_ready, log_in, watch_console


def test_switching_a_form_to_swedish_is_remembered(browser: Any, live_server, db):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    save_response(db, key, interview(case_id, patient), staff(db), "interviewer")
    form_url = f"{live_server}/responses/{key}"
    context = browser.new_context(viewport={"width": 820, "height": 1180}, locale="en-GB")
    errors: list[str] = []
    try:
        page = context.new_page()
        watch_console(page, errors)
        log_in(page, live_server, "interviewer")
        page.goto(form_url)
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_role("link", name="2. Life situation and recovery")).to_be_visible()

        page.get_by_role("button", name="svenska").click()
        expect(page.locator("html")).to_have_attribute("lang", "sv")
        form_ready(page)  # the click returns as the page starts loading, before its scripts
        assert page.url == form_url
        expect(page.get_by_role("link", name="2. Livssituation och återhämtning")).to_be_visible()
        expect(page.get_by_role("button", name="svenska")).to_have_attribute("aria-pressed", "true")
        expect(page.get_by_text("Formulärets språk:")).to_be_visible()
        expect(page.get_by_role("button", name="Spara utkast")).to_be_visible()
        expect(page.get_by_role("button", name="Logga ut")).to_be_visible()
        page.get_by_role("link", name="2. Livssituation och återhämtning").click()
        notes = page.get_by_label("Anteckningar").first
        expect(notes).to_be_visible()
        notes.fill("Hon beskriver en lugn vecka.")
        notes.blur()  # leaving a field saves it; the script says so in Swedish
        expect(page.locator("#save-status")).to_contain_text(
            "Allt sparat på servern klockan", timeout=10_000
        )
        until(lambda: get_response(db, key)["answers"].get("life_now"))  # the page said so before
        assert get_response(db, key)["answers"]["life_now"] == {
            "notes": "Hon beskriver en lugn vecka."
        }
        assert axe_violations(page) == []

        page.get_by_role("button", name="Markera som klar").click()
        dialog = page.locator("#complete-dialog")
        expect(dialog).to_be_visible()
        expect(dialog.get_by_role("heading", name="Obligatoriska svar saknas")).to_be_visible()
        expect(dialog).to_contain_text("Deltagaren har i dag bekräftat")  # the sv label
        page.keyboard.press("Escape")

        context.clear_cookies()  # log out and in again: still Swedish
        log_in_swedish(page, live_server)
        page.goto(form_url)
        expect(page.locator("html")).to_have_attribute("lang", "sv")
        expect(page.get_by_role("link", name="2. Livssituation och återhämtning")).to_be_visible()

        page.get_by_role("button", name="English").click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
    finally:
        context.close()
    assert not errors, errors


def log_in_swedish(page: Any, base: str) -> None:
    """The login page follows the browser (English here); once logged in, the account's
    choice (Swedish) takes over."""
    page.goto(f"{base}/login")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_label("Username").fill("interviewer")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Studieöversikt")).to_be_visible()
    expect(page.get_by_role("button", name="Logga ut")).to_be_visible()
