"""Live coding of a meeting in a real headless Chromium on a tablet-sized touch screen, with
the page's clock under the test's control (Playwright's clock): start the meeting clock, tap
point and state events and press their keys, pause the clock, reload in the middle of the
meeting with a tap not yet sent, and find every event with its offset on the server and in
the published release."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import sqlite_utils
from casebook import study
from casebook.live_events import events_of
from casebook.responses import ResponseInput, get_response, save_response
from playwright.sync_api import expect

from tests.fieldwork import until
from tests.live_fixtures import complete_answers
from tests.release_fixtures import SYSTEM, release
from tests.study_fixtures import staff
from tests.test_browser_accessibility import axe_violations
from tests.test_browser_interview import SAVED, WAIT_MS, form_ready, log_in, watch_console

START = dt.datetime(2026, 3, 2, 9, 0, 0, tzinfo=dt.UTC)
ON_DEVICE = "Saved on this device, not yet sent"


def outbox_idle(page: Any) -> None:
    """Wait (in real time: the page's own timers are stopped) until the outbox is not
    sending."""
    until(lambda: page.evaluate("() => !window.CasebookOutbox.state.sending"))


def wait_stored(db, key: str, count: int) -> None:
    """Wait (in real time, by the clock, not a count of tries) until the server holds
    `count` events of the response."""
    until(lambda: len(events_of(db, key)) >= count)
    assert len(events_of(db, key)) == count


def test_a_meeting_coded_live_by_touch_and_key(browser: Any, live_server: str, db, app, tmp_path):
    case_id = study.create_case(db, "RG12", "", SYSTEM)
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180}, has_touch=True)
    try:
        page = context.new_page()
        watch_console(page, errors)
        page.clock.install(time=START)
        log_in(page, live_server, "observer")
        page.goto(f"{live_server}/cases/{case_id}")
        page.get_by_label("Instrument").select_option("meeting-observation:2")
        page.get_by_label("Wave").select_option("baseline")
        page.get_by_role("button", name="Start observation or coding").click()
        expect(page.locator("h1")).to_contain_text("Resource-group meeting observation")
        form_ready(page)
        key = page.url.rsplit("/", 1)[1]
        page.get_by_role("navigation", name="Sections of the observation").get_by_role(
            "link", name="Live coding"
        ).click()
        page.clock.pause_at(START + dt.timedelta(minutes=10))  # from now on, only run_for moves it

        panel = page.locator("#live-meeting_events")
        clock = panel.locator("[data-live-clock]")
        speaking = panel.get_by_role("button", name="Speaking")
        decision = panel.get_by_role("button", name="Decision agreed")
        expect(decision).to_be_disabled()  # no taps before the meeting clock runs
        panel.get_by_role("button", name="Start the clock").tap()
        expect(decision).to_be_enabled()

        page.clock.run_for(4_250)
        speaking.tap()  # the patient (the role chosen first) starts speaking at 00:04.25
        expect(speaking).to_have_attribute("aria-pressed", "true")
        page.clock.run_for(4_750)
        page.keyboard.press("g")  # key of "Own goal mentioned", the patient, at 00:09
        page.clock.run_for(1_000)
        expect(clock).to_have_text("00:10")
        wait_stored(db, key, 2)
        expect(page.locator("#save-status")).to_contain_text(SAVED, timeout=WAIT_MS)

        panel.get_by_role("button", name="Pause the clock").tap()
        page.clock.run_for(30_000)  # a pause: not meeting time
        expect(clock).to_have_text("00:10")
        expect(decision).to_be_disabled()
        panel.get_by_role("button", name="Start the clock").tap()
        page.clock.run_for(5_000)
        page.keyboard.press("2")  # the second role: significant other
        concerning = panel.get_by_role("group", name="Concerning")
        expect(concerning.get_by_role("button", name="Significant other")).to_have_attribute(
            "aria-pressed", "true"
        )
        page.keyboard.press("a")  # "Significant other acknowledged" at 00:15
        page.clock.run_for(1_000)
        wait_stored(db, key, 3)
        outbox_idle(page)  # else its round in progress would take the next tap along
        expect(page.locator("#save-status")).to_contain_text(SAVED, timeout=WAIT_MS)
        decision.tap()  # at 00:16, kept on the device; the send waits for the page's timer
        expect(page.locator("#save-status")).to_contain_text(ON_DEVICE, timeout=WAIT_MS)
        time.sleep(0.5)  # (real time) a send that should not happen would have happened
        assert len(events_of(db, key)) == 3, "the last tap was sent before the reload"
        page.reload()
        page.clock.run_for(500)  # 00:16.5 on the meeting clock
        wait_stored(db, key, 4)
        expect(page.locator("#save-status")).to_contain_text(SAVED, timeout=WAIT_MS)
        panel = page.locator("#live-meeting_events")
        expect(panel.locator("[data-live-clock]")).to_have_text("00:16")
        expect(panel.locator("[data-live-log] tr")).to_have_count(4)
        expect(panel.locator("[data-live-log] tr").first).to_contain_text("Decision agreed")

        page.clock.run_for(3_500)
        page.keyboard.press("1")  # back to the patient, whose speaking is still on
        speaking = panel.get_by_role("button", name="Speaking")
        expect(speaking).to_have_attribute("aria-pressed", "true")
        page.keyboard.press("s")  # stops at 00:20
        expect(speaking).to_have_attribute("aria-pressed", "false")
        page.clock.run_for(100)
        wait_stored(db, key, 5)
        expect(page.locator("#save-status")).to_contain_text(SAVED, timeout=WAIT_MS)

        page.goto(f"{live_server}/responses/{key}/timeline")
        table = page.get_by_role("table", name="Every event in the order of the meeting clock")
        expect(table.locator("tbody tr")).to_have_count(5)
        expect(table.locator("tbody tr").last).to_contain_text("00:20")
        page.clock.resume()  # axe-core runs on timers of its own
        assert axe_violations(page) == [], "the timeline page"
        page.goto(f"{live_server}/responses/{key}")
        page.get_by_role("navigation", name="Sections of the observation").get_by_role(
            "link", name="Live coding"
        ).click()
        expect(page.locator("#live-meeting_events [data-live-log] tr")).to_have_count(5)
        assert axe_violations(page) == [], "the live coding panel"
        assert errors == []
    finally:
        context.close()

    assert [(e["offset_ms"], e["code"], e["subject"]) for e in events_of(db, key)] == [
        (4_250, "speaking", "patient"),
        (9_000, "goal_mentioned", "patient"),
        (15_000, "acknowledged", "significant_other"),
        (16_000, "decision", None),
        (20_000, "speaking", "patient"),
    ]
    stored = get_response(db, key)
    data = ResponseInput(
        instrument="meeting-observation",
        version=2,
        case=case_id,
        wave="baseline",
        date="2026-03-02",
        status="complete",
        answers=complete_answers(),
        revision=stored["revision"],
    )
    save_response(db, key, data, staff(db, "observer"), "observer")
    path, _summary = release(app, tmp_path)
    out = sqlite_utils.Database(path)
    published = [
        (row["offset_seconds"], row["code"], row["action"], row["subject"])
        for row in out.query("SELECT * FROM events ORDER BY event")
    ]
    states = list(out.query("SELECT code, subject, duration_seconds FROM event_states"))
    out.close()
    assert published == [
        (4.25, "speaking", "start", "patient"),
        (9.0, "goal_mentioned", "point", "patient"),
        (15.0, "acknowledged", "point", "significant_other"),
        (16.0, "decision", "point", None),
        (20.0, "speaking", "stop", "patient"),
    ]
    assert states == [{"code": "speaking", "subject": "patient", "duration_seconds": 15.75}]
