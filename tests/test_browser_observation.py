"""A meeting observation in a real headless Chromium: start it from the case page, score every
process and hindering factor with evidence, add two attendees, wait for the autosave, reload
and find it all again, and check what the database holds."""

from __future__ import annotations

from typing import Any

from casebook import study
from casebook.audit import Actor
from casebook.responses import get_response
from playwright.sync_api import expect

from tests.test_browser_interview import SAVED, form_ready, log_in, wait_saved, watch_console

SYSTEM = Actor.system("tests")
PROCESSES = {
    "support": 2,
    "acknowledgement": 1,
    "activation": 3,
    "openness": 0,
    "integration": "not_observed",
}
HINDERING = {"implementation": 1, "predominant_network": 2, "setting_tensions": 0}


def score_rows(page, item: str, scores: dict[str, Any]) -> None:
    for row, score in scores.items():
        group = page.locator(f"#{item}-{row}")
        value = "not_observed" if score == "not_observed" else str(score)
        group.locator(f"input[type=radio][value='{value}']").check()
        group.get_by_label("Evidence from the meeting").fill(f"Evidence for {row}.")


def test_observation_checklist_and_attendees(browser: Any, live_server: str, db) -> None:
    case_id = study.create_case(db, "RG03", "", SYSTEM)
    errors: list[str] = []
    autosave_urls: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        # the autosave answers 422 once below, on purpose (a head count that disagrees)
        watch_console(page, errors, expected=autosave_urls)
        log_in(page, live_server, "observer")
        opened = page.goto(f"{live_server}/cases/{case_id}")
        assert opened is not None and opened.status == 200, "the case page does not render"
        page.get_by_label("Instrument").select_option("meeting-observation:1")
        page.get_by_label("Wave").select_option("baseline")  # an observer always chooses
        page.get_by_role("button", name="Start observation or coding").click()
        expect(page.locator("h1")).to_contain_text("Resource-group meeting observation")
        form_ready(page)
        key = page.url.rsplit("/", 1)[1]
        autosave_urls.append(f"{page.url}/autosave")
        nav = page.get_by_role("navigation", name="Sections of the observation")

        nav.get_by_role("link", name="Processes").click()
        score_rows(page, "process_scores", PROCESSES)
        nav.get_by_role("link", name="Hindering factors").click()
        score_rows(page, "hindering_scores", HINDERING)

        nav.get_by_role("link", name="Attendance").click()
        attendance = page.locator("#attendees")
        attendance.locator("#attendees-0-role").get_by_label("Patient").check()
        attendance.get_by_role("button", name="Add an attendee").click()
        rows = attendance.locator(".repeat-row")
        expect(rows).to_have_count(2)
        rows.nth(1).get_by_role("group", name="Role").get_by_label("Case manager").check()
        rows.nth(1).get_by_role("group", name="Chaired the meeting").get_by_label("Yes").check()
        revision = wait_saved(page, 1)

        # a head count that disagrees with the entries still saves as a draft (the rule
        # linking the two answers is checked on completion), then is put right
        nav.get_by_role("link", name="Setting").click()
        count = page.get_by_label("Number of attendees")
        count.fill("3")
        count.blur()
        revision = wait_saved(page, revision)
        count.fill("2")
        count.blur()
        wait_saved(page, revision)

        page.reload()
        expect(page.locator("#save-status")).to_contain_text(SAVED)
        for item, scores in (("process_scores", PROCESSES), ("hindering_scores", HINDERING)):
            for row, score in scores.items():
                group = page.locator(f"#{item}-{row}")
                expect(group.locator(f"input[type=radio][value='{score}']")).to_be_checked()
                expect(page.locator(f"#{item}-{row}-evidence")).to_have_value(
                    f"Evidence for {row}."
                )
        expect(page.locator("#attendees-0-role input[value=patient]")).to_be_checked()
        expect(page.locator("#attendees-1-role input[value=case_manager]")).to_be_checked()
        expect(page.locator("#attendees-1-chaired input[value=yes]")).to_be_checked()
    finally:
        context.close()
    assert errors == [], errors

    answers = get_response(db, key)["answers"]
    assert answers["process_scores"] == {
        row: {"score": score, "evidence": f"Evidence for {row}."}
        for row, score in PROCESSES.items()
    }
    assert answers["hindering_scores"] == {
        row: {"score": score, "evidence": f"Evidence for {row}."}
        for row, score in HINDERING.items()
    }
    assert answers["attendees"] == [{"role": "patient"}, {"role": "case_manager", "chaired": True}]
    assert answers["attendee_count"] == 2
