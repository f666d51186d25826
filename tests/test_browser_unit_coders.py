"""The study lead changes a unit's coders in a real browser at tablet size, by keyboard only:
untick a coder who has started, save, and confirm on the question that takes the focus; the
page has no WCAG violation and is no wider than the tablet (issue 11)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.study_fixtures import new_uuid
from tests.test_browser_accessibility import axe_violations
from tests.test_browser_interview import log_in
from tests.test_coding_units import body, meeting  # noqa: F401

TABLET = {"width": 820, "height": 1180}
WIDER_THAN_THE_SCREEN = "() => document.documentElement.scrollWidth > window.innerWidth"


def test_the_lead_takes_off_a_coder_by_keyboard_on_a_tablet(
    browser: Any,
    live_server,
    db,
    meeting,  # noqa: F811
):
    assert meeting["b"].put(f"/responses/{new_uuid()}", body(meeting, "draft", {}, "")).status_code
    context = browser.new_context(viewport=TABLET, has_touch=True)
    try:
        page = context.new_page()
        log_in(page, live_server, "admin")
        page.goto(f"{live_server}/units")
        page.get_by_role("link", name="Change coders").focus()
        page.keyboard.press("Enter")
        expect(page.get_by_role("heading", name="Coders of RG01 March meeting")).to_be_visible()
        problems = axe_violations(page)
        assert not page.evaluate(WIDER_THAN_THE_SCREEN)
        second = page.get_by_role("checkbox", name="Observer Two")
        second.focus()
        page.keyboard.press("Space")
        expect(second).not_to_be_checked()
        page.get_by_role("button", name="Save the coders").focus()
        page.keyboard.press("Enter")
        confirm = page.get_by_role("button", name="Take them off and keep their coding")
        expect(confirm).to_be_focused()
        expect(page.get_by_role("alert")).to_contain_text("observer2 has started coding")
        problems += axe_violations(page)
        page.keyboard.press("Enter")
        expect(page.locator("body")).to_contain_text("The unit's coders are changed")
    finally:
        context.close()
    coders = db.execute("SELECT user_id FROM unit_coders WHERE unit_id = ?", [meeting["unit"]])
    assert [r[0] for r in coders] == [meeting["first"]]
    assert not problems, problems
