"""What a fieldworker does while a form is still loading, in a real Chromium: the form's
scripts come at the end of the page, and on a slow tablet the fields show before they run.
Text typed then is kept and sent like any other (on a first visit, and on a response the
device already has a copy of), and the live coding panel shows only once its buttons and keys
listen. Each script is held back by the test until the typing is done, so nothing here
depends on timing."""

from __future__ import annotations

import re
import time
from typing import Any

from casebook import study
from casebook.responses import get_response, save_response
from playwright.sync_api import Page, Route, expect

from tests.fieldwork import SENT, expect_status, section, until
from tests.live_fixtures import observation_v2
from tests.study_fixtures import TESTER, case_with_patient, interview, new_uuid, staff
from tests.test_browser_interview import form_ready, log_in


def hold(page: Page, script: str) -> list[Route]:
    """Requests for Casebook's static `script` wait (in the returned list) until the test lets
    them go with `route.continue_()`; the page's parser waits with them."""
    held: list[Route] = []
    pattern = re.compile(rf"/casebook/{re.escape(script)}(\?.*)?$")
    page.route(pattern, lambda route: held.append(route))
    return held


def release(page: Page, held: list[Route]) -> None:
    """Let the held script load, once the page has asked for it."""
    deadline = time.monotonic() + 15
    while not held:
        assert time.monotonic() < deadline, "the page never asked for the script"
        page.wait_for_timeout(20)  # Playwright hands the route over while it waits
    for route in held:
        route.continue_()
    page.unroute_all()


def loading_form(page: Page, url: str, script: str) -> list[Route]:
    """Open `url` with `script` held back: returns once form.js (which comes before it) runs."""
    held = hold(page, script)
    page.goto(url, wait_until="commit")
    expect(page.locator("#response-form.cb-js")).to_be_attached()
    return held


def test_text_typed_before_the_form_script_runs_reaches_the_server(
    browser: Any, live_server: str, db
) -> None:
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    save_response(db, key, interview(case_id, patient), staff(db), "interviewer")
    url = f"{live_server}/responses/{key}"
    # service workers blocked: a page the worker answers from its cache is never routed
    context = browser.new_context(viewport={"width": 820, "height": 1180}, service_workers="block")
    try:
        page = context.new_page()
        log_in(page, live_server, "interviewer")
        # the first visit (nothing on the device), then one where the device has the response
        for text in ("Typed while the page loaded.", "Typed again as it loaded the next time."):
            held = loading_form(page, url, "autosave.js")
            section(page, "Own goals and the agenda")
            page.locator("#own_goals-notes").fill(text)
            release(page, held)
            form_ready(page)
            until(lambda text=text: get_response(db, key)["answers"].get("own_goals"))
            until(lambda text=text: get_response(db, key)["answers"]["own_goals"]["notes"] == text)
            expect_status(page, SENT)
    finally:
        context.close()


def test_the_live_panel_shows_once_its_buttons_listen(browser: Any, live_server: str, db) -> None:
    case_id = study.create_case(db, "RG31", "", TESTER)
    key = observation_v2(db, case_id)
    context = browser.new_context(viewport={"width": 820, "height": 1180}, service_workers="block")
    try:
        page = context.new_page()
        log_in(page, live_server, "observer")
        held = loading_form(page, f"{live_server}/responses/{key}", "live.js")
        nav = page.get_by_role("navigation", name="Sections of the observation")
        nav.get_by_role("link", name="Live coding").click()
        panel = page.locator("#live-meeting_events")
        expect(panel).to_be_visible()
        start = panel.get_by_role("button", name="Start the clock")
        expect(start).to_be_hidden()  # a tap now would reach no listener
        release(page, held)
        start.click()
        expect(panel.get_by_role("button", name="Decision agreed")).to_be_enabled()
    finally:
        context.close()
