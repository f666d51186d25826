"""The check before "Mark complete", in a real headless Chromium: an observation with one
checklist row unscored opens the summary dialog, which lists the row and offers only "Go
back"; a row left out without a reason is listed too; once the row is marked "not observed"
the dialog has nothing to report and "Mark complete" completes it on the server."""

from __future__ import annotations

import uuid
from typing import Any

from casebook import study
from casebook.responses import ResponseInput, get_response, save_response
from playwright.sync_api import expect

from tests.study_fixtures import TESTER, staff
from tests.test_browser_interview import SAVED, log_in, wait_saved, watch_console

PROCESSES = {"support": 2, "acknowledgement": 1, "activation": 3, "openness": 0}
HINDERING = {"implementation": 1, "predominant_network": 2, "setting_tensions": 0}


def observation_with_an_unscored_row(db) -> str:
    case_id = study.create_case(db, "RG11", "", TESTER)
    key = str(uuid.uuid4())
    data = ResponseInput(
        instrument="meeting-observation",
        version=1,
        case=case_id,
        wave="baseline",
        date="2026-03-02",
        answers={
            "meeting_duration": 60,
            "goals_discussed": True,
            "attendee_count": 1,
            "attendees": [{"role": "patient"}],
            "process_scores": {row: {"score": s} for row, s in PROCESSES.items()},
            "hindering_scores": {row: {"score": s} for row, s in HINDERING.items()},
        },
    )
    save_response(db, key, data, staff(db, "observer"), "observer")
    return key


def test_the_summary_stops_an_unscored_row_then_completes(browser: Any, live_server: str, db):
    key = observation_with_an_unscored_row(db)
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_console(page, errors)
        log_in(page, live_server, "observer")
        page.goto(f"{live_server}/responses/{key}")
        expect(page.locator("#save-status")).to_contain_text(SAVED)
        mark = page.get_by_role("button", name="Mark complete", exact=True)
        dialog = page.get_by_role("dialog", name="Before you mark this observation complete")

        mark.click()
        expect(dialog).to_be_visible()
        rows = dialog.locator("[data-summary=rows]")
        expect(rows).to_be_visible()
        expect(rows.get_by_role("link")).to_have_text(
            ["Processes › Processes in the meeting › Integration into everyday life"]
        )
        expect(dialog.locator("[data-summary-blocked]")).to_be_visible()
        expect(dialog.get_by_role("button", name="Mark complete")).to_be_hidden()
        expect(dialog.get_by_role("button", name="Go back")).to_be_focused()
        for other in ("missing", "rules", "reasons", "topics", "unscored"):
            expect(dialog.locator(f"[data-summary={other}]")).to_be_hidden()

        # the link closes the dialog and goes to the row
        rows.get_by_role("link").click()
        expect(dialog).to_be_hidden()
        row = page.locator("#process_scores-integration")
        expect(row).to_be_visible()
        expect(row).to_be_focused()

        # "Leave out" shows the reason box; without a reason it still cannot complete
        reason = row.get_by_label("Why is this row left out?")
        expect(reason).to_be_hidden()
        row.get_by_label("Leave out").check()
        expect(reason).to_be_visible()
        mark.click()
        expect(dialog.locator("[data-summary=reasons]")).to_be_visible()
        expect(dialog.locator("[data-summary=rows]")).to_be_hidden()
        dialog.get_by_role("button", name="Go back").click()
        expect(dialog).to_be_hidden()

        # "Not observed" accounts for the row: nothing to report, and it completes
        revision = int(page.locator("input[name=revision]").input_value())
        row.get_by_label("Not observed").check()
        expect(reason).to_be_hidden()
        wait_saved(page, revision)
        mark.click()
        expect(dialog.locator("[data-summary-ok]")).to_be_visible()
        expect(dialog.locator("[data-summary-blocked]")).to_be_hidden()
        confirm = dialog.get_by_role("button", name="Mark complete", exact=True)
        expect(confirm).to_be_focused()
        confirm.click()
        expect(page.locator(".flash")).to_have_text("Marked complete.")
        expect(page.locator("[data-status-badge]")).to_have_text("complete")
    finally:
        context.close()
    assert errors == [], errors
    stored = get_response(db, key)
    assert stored["status"] == "complete"
    assert stored["answers"]["process_scores"]["integration"] == {"score": "not_observed"}
