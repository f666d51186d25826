"""The study lead's pages for double-coded meetings in a real browser at tablet size: the
units list, reconciling two observers by tapping one coder's value per disagreement, and the
agreement figures weakest first, with no WCAG violation and no page wider than the tablet,
in English and in Swedish (issue 11)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.study_fixtures import new_uuid
from tests.test_browser_accessibility import axe_violations
from tests.test_browser_interview import log_in
from tests.test_coding_units import A_SCORES, B_SCORES, body, meeting  # noqa: F401

TABLET = {"width": 820, "height": 1180}
WIDER_THAN_THE_SCREEN = "() => document.documentElement.scrollWidth > window.innerWidth"


def test_the_lead_reconciles_on_a_tablet_and_reads_the_figures_weakest_first(
    browser: Any,
    live_server,
    db,
    meeting,  # noqa: F811
):
    uuid_a, uuid_b = new_uuid(), new_uuid()
    a, b = meeting["a"], meeting["b"]
    assert a.put(f"/responses/{uuid_a}", body(meeting, "complete", A_SCORES, "A")).status_code
    assert b.put(f"/responses/{uuid_b}", body(meeting, "complete", B_SCORES, "B")).status_code
    context = browser.new_context(viewport=TABLET, has_touch=True)
    problems: list[str] = []
    try:
        page = context.new_page()
        log_in(page, live_server, "admin")
        page.goto(f"{live_server}/units")
        problems += [f"/units: {v}" for v in axe_violations(page)]
        page.get_by_role("link", name="Reconcile").tap()
        expect(page.locator("tr.disagreed")).to_have_count(2)
        problems += [f"reconcile: {v}" for v in axe_violations(page)]
        assert not page.evaluate(WIDER_THAN_THE_SCREEN)
        for path, coder in (("acknowledgement", 0), ("openness", 1)):
            row = page.locator(f'tr[data-path="process_scores.{path}"]')
            row.locator("input[type=radio]").nth(coder).tap()
        page.get_by_role("button", name="Save the consensus").tap()
        expect(page.locator("body")).to_contain_text("Consensus saved")
        assert "/responses/" in page.url
        page.goto(f"{live_server}/agreement")
        rows = page.locator("table.agreement tbody tr")
        expect(rows.first).to_have_attribute(
            "data-item", "meeting-observation/process_scores.acknowledgement"
        )
        problems += [f"/agreement: {v}" for v in axe_violations(page)]
        assert not page.evaluate(WIDER_THAN_THE_SCREEN)
    finally:
        context.close()
    swedish = browser.new_context(viewport=TABLET, locale="sv-SE")
    try:
        page = swedish.new_page()
        page.goto(f"{live_server}/login")
        page.locator("input[name=username]").fill("admin")
        page.locator("input[name=password]").fill(PASSWORD)
        page.locator("input[name=password]").press("Enter")
        page.goto(f"{live_server}/agreement")
        expect(page.get_by_role("heading", name="Överensstämmelse mellan kodare")).to_be_visible()
        expect(page.get_by_role("link", name="Kodningsenheter")).to_be_visible()
    finally:
        swedish.close()
    assert not problems, problems
