"""Every page works by keyboard and every control has a label, checked in a real browser on
every screen of the fieldwork app, at tablet size."""

from __future__ import annotations

from typing import Any

from app.responses import ResponseInput, save_response
from tests.release_fixtures import build_study
from tests.study_fixtures import staff
from tests.test_browser_interview import log_in

# A control's accessible name: a <label>, aria-label(ledby), or a button's own text.
UNLABELLED = """() => [...document.querySelectorAll(
    'input:not([type=hidden]), select, textarea, button')]
  .filter(el => el.offsetParent !== null)
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('aria-labelledby') && !el.closest('label')
                && !(el.tagName === 'BUTTON' && el.textContent.trim()))
  .map(el => el.outerHTML.slice(0, 120))"""


def test_every_control_has_a_label_and_the_skip_link_comes_first(browser: Any, live_server, db):
    built = build_study(db)
    observation = "8a7c3f52-1111-4c1d-9e1e-0123456789ab"
    save_response(
        db,
        observation,
        ResponseInput(
            instrument="meeting-observation",
            version=1,
            case=built.case_id,
            wave="baseline",
            date="2026-02-10",
        ),
        staff(db, "observer"),
        "observer",
    )
    pages = [
        "/",
        "/cases",
        "/cases/new",
        f"/cases/{built.case_id}",
        f"/cases/{built.case_id}/participants/new",
        f"/participants/{built.patient}",
        f"/responses/{built.responses['baseline']}",
        f"/responses/{observation}",
        "/places",
        "/reviews",
        "/releases",
    ]
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        page.set_content('<label>Named <input></label><input id="bare"><button></button>')
        assert len(page.evaluate(UNLABELLED)) == 2  # the check itself can fail
        log_in(page, live_server, "admin")
        for path in pages:
            page.goto(live_server + path)
            assert page.locator("html").get_attribute("lang") == "en", path
            assert page.locator("h1").count() >= 1, path
            assert page.evaluate(UNLABELLED) == [], path
            page.keyboard.press("Tab")
            focused = page.evaluate("document.activeElement.textContent.trim()")
            assert focused == "Skip to content", path
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 820, f"{path} scrolls sideways at tablet width ({width}px)"
    finally:
        context.close()
