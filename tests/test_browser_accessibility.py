"""Every page works by keyboard and every control has a label, checked in a real browser on
every screen of the fieldwork app, at tablet size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casebook.responses import ResponseInput, save_response

from tests.release_fixtures import build_study
from tests.release_fixtures import interview as release_interview
from tests.study_fixtures import staff
from tests.test_browser_interview import log_in
from tests.test_release_web import MOLNA

ROOT = Path(__file__).resolve().parent.parent

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


# --- axe-core: WCAG 2 A and AA on every page -------------------------------------------------

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = """() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})
  .then(r => ({passes: r.passes.length,
               violations: r.violations.map(v => v.id + ': ' + v.help + ' ['
                 + v.nodes.slice(0, 3).map(n => n.html.slice(0, 160)).join(' | ') + ']')}))"""


def axe_violations(page: Any) -> list[str]:
    """axe-core's WCAG 2 A/AA violations on the page as it is now; fails if axe did not run."""
    assert AXE.exists(), "axe-core is missing: run `make install` (npm ci)"
    # A click that submits a form returns once the next page starts loading: check that page
    # whole, with its styles and scripts, not the half of it parsed so far.
    page.wait_for_load_state("load")
    # Evaluated through the browser's debugging protocol, which Casebook's CSP (no inline script)
    # rightly does not allow a page to do; axe itself is never served by Casebook.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(AXE_RUN)
    assert result["passes"] > 0, "axe ran no rule"
    return result["violations"]


def test_axe_finds_what_it_should(browser: Any):
    """The check itself can fail: a page with an invalid aria value and an unlabelled field."""
    page = browser.new_page()
    try:
        page.set_content(
            '<html lang="en"><title>t</title><main><h1>t</h1>'
            '<input aria-invalid="None" id="a"><label for="a">A</label>'
            '<p style="color:#aaa;background:#fff">pale</p></main></html>'
        )
        found = " ".join(axe_violations(page))
        assert "aria-valid-attr-value" in found and "color-contrast" in found
    finally:
        page.close()


def _observation(db, built) -> str:
    key = "8a7c3f52-2222-4c1d-9e1e-0123456789ab"
    data = ResponseInput(
        instrument="meeting-observation",
        version=1,
        case=built.case_id,
        wave="baseline",
        date="2026-02-10",
    )
    save_response(db, key, data, staff(db, "observer"), "observer")
    return key


def _check(page: Any, where: str, problems: list[str]) -> None:
    problems.extend(f"{where}: {v}" for v in axe_violations(page))


def _every_section(page: Any, where: str, problems: list[str]) -> None:
    """Each section of a form in turn (the active chip, its count, its fields), then the
    check before "Mark complete" with its dialog open."""
    _check(page, where, problems)
    links = page.locator("[data-section-link]").filter(has=page.locator(".count"))
    for index in range(min(links.count(), 2)):
        links.nth(index).click()
        _check(page, f"{where} (section {index + 1})", problems)
    page.get_by_role("button", name="Mark complete").click()
    page.locator("#complete-dialog[open]").wait_for()
    _check(page, f"{where} (before Mark complete)", problems)
    page.keyboard.press("Escape")


def test_no_wcag_violation_on_any_page_at_tablet_size(browser: Any, live_server, db):
    """axe-core (WCAG 2 A and AA) on every page, as admin, interviewer, observer and analyst
    and before logging in, at 820x1180, with forms showing their error messages too."""
    built = build_study(db)
    release_interview(db, built, "m24", "2028-02-01", MOLNA)  # words for the name review
    observation = _observation(db, built)
    interview = built.responses["baseline"]
    contact = db.execute("SELECT min(id) FROM contacts").fetchone()[0]
    problems: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        page.goto(live_server + "/login")
        _check(page, "/login", problems)
        page.get_by_role("button", name="Log in").click()  # empty: the messages show
        _check(page, "/login with errors", problems)
        log_in(page, live_server, "admin")
        for path in (
            "/",
            "/cases",
            "/cases/new",
            f"/cases/{built.case_id}",
            f"/cases/{built.case_id}/participants/new",
            f"/participants/{built.patient}",
            f"/responses/{observation}/discard",
            f"/participants/{built.patient}/names",
            f"/contacts/{contact}/names",
            "/places",
            "/account",
            "/no-such-page",
        ):
            page.goto(live_server + path)
            _check(page, path, problems)
        page.goto(f"{live_server}/releases")
        _check(page, "/releases", problems)
        page.get_by_role("button", name="Publish", exact=True).click()  # refused: words to review
        page.get_by_role("heading", name="Refused: the previous release is unchanged").wait_for(
            timeout=60_000
        )
        _check(page, "a refused release", problems)
        page.goto(f"{live_server}/reviews")
        page.locator("[data-group]").first.wait_for()
        _check(page, "/reviews with words to decide", problems)
        for path, button in (
            ("/cases/new", "Add case"),
            (f"/cases/{built.case_id}/participants/new", "Add participant"),
            ("/places", "Add place"),
        ):
            page.goto(live_server + path)
            page.get_by_role("button", name=button).click()
            _check(page, f"{path} with errors", problems)
        page.goto(f"{live_server}/participants/{built.patient}")
        page.get_by_role("button", name="Add contact").click()
        _check(page, "a contact with errors", problems)
        page.goto(f"{live_server}/participants/{built.patient}")
        page.get_by_role("button", name="Update consent").click()
        _check(page, "consent with errors", problems)
        for role, response in (("interviewer", interview), ("observer", observation)):
            context.clear_cookies()
            log_in(page, live_server, role)
            for path in ("/", "/device"):
                page.goto(live_server + path)
                _check(page, f"{path} as {role}", problems)
            page.goto(f"{live_server}/responses/{response}")
            _every_section(page, f"{role}'s form", problems)
        page.goto(f"{live_server}/responses/new/meeting-observation/1")  # a start offline
        _check(page, "the blank form of a response started on the device", problems)
        context.clear_cookies()
        log_in(page, live_server, "analyst")
        page.goto(f"{live_server}/analyst")
        _check(page, "/analyst", problems)
    finally:
        context.close()
    assert not problems, "\n".join(problems)
