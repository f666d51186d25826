"""Every Casebook page in a real Chromium under Casebook's Content-Security-Policy: no page
reports a CSP violation (an inline script or style, anything from elsewhere), no script
fails, and the service worker still installs. Pages with scripts of their own are opened in
the state that runs them (a release being built, words awaiting review)."""

from __future__ import annotations

import time
from typing import Any

from casebook.release.runs import start_run
from casebook.responses import ResponseInput, save_response
from casebook.security_headers import CONTENT_SECURITY_POLICY
from playwright.sync_api import expect

from tests.release_fixtures import build_study, observation
from tests.study_fixtures import staff
from tests.test_access import casebook_rules, url_for_rule
from tests.test_browser_interview import log_in

NOT_PAGES = {  # JSON or a script, not a page a person opens
    "casebook.collect.csrf_token",
    "casebook.collect.service_worker",
    "casebook.releases.run_status",
    "casebook.auth.logout",
}
REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});"""


def watch(page: Any, problems: list[str]) -> None:
    """Collect CSP reports and every console error or uncaught exception."""
    page.add_init_script(REPORT_VIOLATIONS)

    def console(message: Any) -> None:
        text = message.text
        if "Content Security Policy" in text or "CSP violation" in text:
            problems.append(f"{page.url}: {text}")
        elif message.type == "error" and not text.startswith("Failed to load resource"):
            problems.append(f"{page.url}: {text}")

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))


def test_the_violation_check_itself_can_fail(browser: Any, live_server: str) -> None:
    context = browser.new_context()
    problems: list[str] = []
    try:
        page = context.new_page()
        watch(page, problems)
        page.route(
            f"{live_server}/inline-test",
            lambda route: route.fulfill(
                status=200,
                headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY},
                content_type="text/html",
                body="<p style='color:red'>x</p><script>document.title = 'ran'</script>",
            ),
        )
        page.goto(f"{live_server}/inline-test")
        # Chromium reports each refusal to the page's listener, which reports it to the
        # console, which Playwright passes on: wait for both reports, not for a fixed time.
        deadline = time.monotonic() + 15
        while not all(any(kind in p for p in problems) for kind in ("script-src", "style-src")):
            assert time.monotonic() < deadline, problems
            page.wait_for_timeout(50)  # Playwright delivers console events while it waits
        assert page.title() != "ran"
    finally:
        context.close()
    assert any("script-src" in p for p in problems), problems
    assert any("style-src" in p for p in problems), problems


def _study(db) -> dict[str, Any]:
    built = build_study(db)
    observed = observation(db, built)
    coding = "5d0f1c2e-2222-4c1d-9e1e-0123456789ab"
    save_response(
        db,
        coding,
        ResponseInput(instrument="resource-coding", version=1, case=built.case_id, wave="baseline"),
        staff(db, "observer"),
        "observer",
    )
    db.execute(
        "INSERT INTO name_reviews (word, example, status, first_seen, occurrences, contexts)"
        " VALUES ('Mölna', 'went to Mölna', 'pending', '2026-01-01', 2, '[\"went to Mölna\"]')"
    )
    contact = db.execute("SELECT min(id) FROM contacts").fetchone()[0]
    return {
        "case_id": built.case_id,
        "participant_id": built.patient,
        "interview": built.responses["baseline"],
        "observation": observed,
        "coding": coding,
        "contact_id": contact,
    }


def test_no_page_reports_a_csp_violation(browser: Any, live_server: str, app, db) -> None:
    study = _study(db)
    pages = ["/login"]
    for rule in casebook_rules(app):
        if "GET" in rule.methods and rule.endpoint not in NOT_PAGES and "/api/" not in rule.rule:
            url = url_for_rule(rule, study, "admin").replace(
                "/1/names", f"/{study['contact_id']}/names"
            )
            pages.append(url)
    pages += [
        f"/responses/{study['observation']}",
        f"/responses/{study['coding']}",
        f"/responses/{study['observation']}/discard",
        "/responses/new/meeting-observation/1",
        "/responses/new/resource-coding/1",
        "/device",
    ]
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    problems: list[str] = []
    try:
        page = context.new_page()
        watch(page, problems)
        log_in(page, live_server, "admin")
        for path in pages:
            response = page.goto(live_server + path)
            assert response.status < 500, (path, response.status)  # 403 pages are pages too
            assert "script-src 'self'" in response.headers["content-security-policy"], path
            page.wait_for_load_state("networkidle")
        ready = page.evaluate("navigator.serviceWorker.ready.then((r) => Boolean(r.active))", [])
        assert ready, "the service worker did not install under the CSP"

        run_id = start_run(db, staff(db, "admin"), None)  # a build in progress: its page polls
        page.goto(f"{live_server}/releases")
        db.execute(
            "UPDATE release_runs SET stage = 'redacting', done = 3, total = 7 WHERE id = ?",
            [run_id],
        )
        expect(page.locator("#run-stage")).to_have_text("Redacting: 3 of 7 responses.")
        page.goto(f"{live_server}/reviews")
        page.locator("[data-group] button").first.focus()
        page.keyboard.press("s")
        page.get_by_text("Nothing is waiting for review.").wait_for()
    finally:
        context.close()
    assert len(pages) >= 20
    assert not problems, "\n".join(problems)
