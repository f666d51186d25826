"""The study lead in a real headless Chromium, at tablet size: publishing is refused while
possible names await review (the reasons are shown), the words are decided group by group
from the keyboard (N, S), and the release is published from the web with its progress and
summary."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from casebook.release.reviews import review_list
from playwright.sync_api import expect

from tests.release_fixtures import build_study, interview
from tests.test_browser_interview import log_in, watch_console
from tests.test_release_web import MOLNA

WAIT_MS = 60_000


def test_the_study_lead_reviews_by_keyboard_and_publishes(browser: Any, live_server, app, db):
    built = build_study(db)
    interview(db, built, "m24", "2028-02-01", MOLNA)
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    errors: list[str] = []
    try:
        page = context.new_page()
        watch_console(page, errors)
        log_in(page, live_server, "admin")
        page.get_by_role("link", name="Publish").click()
        page.get_by_role("button", name="Publish", exact=True).click()
        refused = page.get_by_role("heading", name="Refused: the previous release is unchanged")
        expect(refused).to_be_visible(timeout=WAIT_MS)
        expect(page.get_by_role("alert")).to_contain_text("may be names await review")
        page.get_by_role("link", name="Review the words").click()
        # N and S are handled by reviews.js, at the end of the page: keys pressed before the
        # page has loaded would reach no listener (as for a user who types while it loads).
        page.wait_for_load_state("load")

        left = page.locator("#review-left")
        expect(left).to_contain_text("3 words left to review (5 forms")
        first = page.locator("[data-group]").first
        expect(first).to_contain_text("Mölna, Mölna's, Mölnas")
        expect(first.locator("ol.contexts li")).to_have_count(3)
        first.get_by_role("button", name="Name: remove").focus()
        for key, remaining in (("n", "2 words left"), ("s", "1 word left"), ("n", "Nothing")):
            page.keyboard.press(key)
            expect(left).to_contain_text(remaining)
        expect(page.locator("[data-group]")).to_have_count(0)
        decided = {r["word"]: r["status"] for r in review_list(db)}
        assert decided == {
            "Mölna": "name",
            "Mölna's": "name",
            "Mölnas": "name",
            "Kvarnby": "safe",
            "Tirsa's": "name",
        }

        page.get_by_role("link", name="Publish").click()
        expect(page.get_by_text("No word from the last build awaits review.")).to_be_visible()
        page.get_by_role("button", name="Publish", exact=True).click()
        expect(page.get_by_role("heading", name="Published")).to_be_visible(timeout=WAIT_MS)
        expect(page.locator("#run")).to_contain_text("Release written to")
        expect(page.get_by_text("The release analysts have now")).to_be_visible()
    finally:
        context.close()
    assert not errors, errors
    release = Path(app.config["CASEBOOK_DATABASE"]).parent / "release.db"
    notes = sqlite3.connect(release).execute("SELECT notes FROM topics WHERE wave = 'm24'")
    text = notes.fetchone()[0]
    assert "Mölna" not in text and "Bertil" not in text and "Wahlgren" not in text
    assert "Kvarnby" in text and text.count("[name]") == 4  # Mölna x3, Bertil Wahlgren
