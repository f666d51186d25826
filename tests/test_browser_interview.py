"""An interview in a real headless Chromium: start it from the participant page, jump to the
last section, type notes that autosave without pressing anything, close the page, find the
notes again, then mark it complete (first with a required item missing)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from casebook import study
from casebook.audit import Actor
from casebook.responses import ResponseInput, get_response, save_response
from playwright.sync_api import Page, expect

from tests.conftest import PASSWORD

SYSTEM = Actor.system("tests")


def staff(db, role: str = "interviewer") -> Actor:
    """The test account of a role (conftest.make_app makes one per role)."""
    row = db.execute("SELECT id, username FROM users WHERE username = ?", [role]).fetchone()
    return Actor(row[0], row[1])


SAVED = "All sent to the server at"
WAIT_MS = 10_000


def consented_patient(db) -> int:
    case_id = study.create_case(db, "RG07", "", SYSTEM)
    person = study.ParticipantInput(
        case_id=case_id,
        role="patient",
        name="Åsa Lind",
        consent_date="2024-01-15",
        consent_version="v2",
    )
    return study.create_participant(
        db, person, ["patient", "significant_other", "professional"], SYSTEM
    )


def watch_console(page: Page, errors: list[str], expected: Collection[str] = ()) -> None:
    """Collect console errors and uncaught exceptions. A failed load is only allowed for
    /favicon.ico (the site has none) and for the pages in `expected`, which the test
    deliberately gets as an error page (e.g. a 422 after "Mark complete")."""

    def console(message: Any) -> None:
        if message.type != "error":
            return
        where = message.location.get("url", "")
        allowed = where.endswith("/favicon.ico") or where in expected
        if not (allowed and message.text.startswith("Failed to load resource")):
            errors.append(f"{message.text} ({where})")

    page.on("console", console)
    page.on("pageerror", lambda error: errors.append(str(error)))


def log_in(page: Page, base: str, role: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill(role)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def form_ready(page: Page) -> None:
    """Until the response form's scripts are running and have read the device's copy
    (autosave.js sets data-ready): the status line then says where the text is. Needed after
    a click that opens the form: the click returns once the new page starts loading, before
    the scripts at its end have run."""
    expect(page.locator("#response-form")).to_have_attribute("data-ready", "yes")


def wait_saved(page: Page, after_revision: int) -> int:
    """Wait until the status line says everything is on the server, at a newer revision."""
    status = page.locator("#save-status")
    expect(status).to_contain_text(SAVED, timeout=WAIT_MS)
    expect(page.locator("input[name=revision]")).not_to_have_value(str(after_revision))
    expect(status).to_contain_text(SAVED, timeout=WAIT_MS)
    return int(page.locator("input[name=revision]").input_value())


def test_interview_autosaves_notes_and_completes(browser: Any, live_server: str, db) -> None:
    pid = consented_patient(db)
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_console(page, errors)
        log_in(page, live_server, "interviewer")
        opened = page.goto(f"{live_server}/participants/{pid}")
        assert opened is not None and opened.status == 200, "the participant page does not render"
        page.get_by_role("button", name="Start interview").click()
        expect(page.locator("h1")).to_contain_text("Patient interview")
        form_ready(page)
        url = page.url
        key = url.rsplit("/", 1)[1]
        expect(page.locator("#save-status")).to_contain_text(SAVED)

        # jump straight to the last section, then to the last one with topics
        nav = page.get_by_role("navigation", name="Sections of the interview")
        nav.get_by_role("link", name="After the interview").click()
        expect(page.locator("#section-closing")).to_be_visible()
        expect(page.locator("#section-opening")).to_be_hidden()
        page.get_by_label("Interviewer's reflections").fill("Calm; a neighbour dropped by.")
        nav.get_by_role("link", name="Support and collaboration").click()
        topic = page.locator("#significant_others_support")
        topic.get_by_label("Notes").fill("Her brother drives her to the meetings.")
        topic.get_by_label("Covered").check()
        expect(nav.get_by_role("link", name="Support and collaboration")).to_contain_text(
            "1/2 covered"
        )
        wait_saved(page, 1)
        page.close()

        page = context.new_page()
        watch_console(page, errors)
        page.goto(url)
        expect(page.locator("#save-status")).to_contain_text(SAVED)
        expect(page.locator("#interviewer_reflections")).to_have_value(
            "Calm; a neighbour dropped by."
        )
        expect(page.locator("#significant_others_support-notes")).to_have_value(
            "Her brother drives her to the meetings."
        )
        expect(page.locator("#significant_others_support-covered")).to_be_checked()

        # "Mark complete" with required answers missing: the summary lists them, each line
        # leading to its item, and offers only "Go back" (the server would refuse too)
        mark = page.get_by_role("button", name="Mark complete", exact=True)
        mark.click()
        dialog = page.get_by_role("dialog", name="Before you mark this interview complete")
        missing = dialog.locator("[data-summary=missing]")
        expect(missing.get_by_role("link")).to_have_count(4)
        expect(missing.locator("a[href='#consent_confirmed']")).to_have_text(
            "Before the interview › The participant has confirmed today that they agree "
            "to be interviewed"
        )
        expect(dialog.locator("[data-summary-blocked]")).to_be_visible()
        expect(dialog.get_by_role("button", name="Mark complete")).to_be_hidden()
        assert get_response(db, key)["status"] == "draft"

        missing.get_by_role("link").first.click()
        expect(dialog).to_be_hidden()
        page.locator("#consent_confirmed").get_by_label("Yes").check()
        page.locator("#interviewed_before").get_by_label("No").check()
        mark.click()
        missing.locator("a[href='#life_now']").click()
        page.locator("#life_now").get_by_label("Notes").fill("Works two days a week.")
        mark.click()
        expect(missing.get_by_role("link")).to_have_count(1)
        missing.locator("a[href='#own_goals']").click()
        page.locator("#own_goals").get_by_label("Notes").fill("Wants a flat of her own.")
        # only topics not ticked covered are left: it may be marked complete all the same
        mark.click()
        expect(missing).to_be_hidden()
        topics = dialog.locator("[data-summary=topics]")
        expect(topics.locator("a[href='#life_now']")).to_be_visible()
        expect(topics.locator("a[href='#significant_others_support']")).to_have_count(0)
        dialog.get_by_role("button", name="Mark complete anyway").click()
        expect(page.locator("[data-status-badge]")).to_have_text("complete")
        expect(page.locator("#save-status")).to_contain_text(SAVED)
        stored = get_response(db, key)
        assert stored["status"] == "complete"
        assert stored["answers"]["own_goals"] == {"notes": "Wants a flat of her own."}
        assert stored["answers"]["significant_others_support"] == {
            "covered": True,
            "notes": "Her brother drives her to the meetings.",
        }
    finally:
        context.close()
    assert errors == [], errors


def test_offline_conflict_and_show_if_keep_the_text(browser: Any, live_server: str, db) -> None:
    """No connection: NOT SAVED, then saved when it is back. Someone else saves first: autosave
    stops, the banner says who, and the typed text stays in the page. show_if hides and shows."""
    pid = consented_patient(db)
    case_id = study.get_participant(db, pid)["case_id"]
    key = str(uuid.uuid4())
    data = ResponseInput("patient-interview", 2, case_id, "baseline", participant=pid)
    save_response(db, key, data, staff(db), "interviewer")
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        log_in(page, live_server, "interviewer")
        url = f"{live_server}/responses/{key}"
        watch_console(
            page, errors, expected=(f"{url}/autosave", f"{live_server}/responses/csrf-token")
        )
        page.goto(url)
        form_ready(page)
        nav = page.get_by_role("navigation", name="Sections of the interview")
        changes = nav.get_by_role("link", name="Changes since the last interview")
        expect(changes).to_be_hidden()
        page.locator("#interviewed_before").get_by_label("Yes").check()
        expect(changes).to_be_visible()
        page.locator("#interview_setting").get_by_label("Other, please specify").check()
        page.get_by_label("Other: please specify").fill("In the park")
        revision = wait_saved(page, 1)

        context.set_offline(True)
        page.get_by_label("Other: please specify").fill("In the park, on a bench")
        page.get_by_label("Other: please specify").blur()
        expect(page.locator("#save-status")).to_contain_text("Saved on this device, not yet sent")
        expect(page.locator("#save-status")).to_contain_text("No connection to the server")
        context.set_offline(False)
        revision = wait_saved(page, revision)
        assert get_response(db, key)["answers"]["interview_setting_other"] == (
            "In the park, on a bench"
        )

        # someone else saves a newer version; the next autosave from this page is refused
        other = ResponseInput(
            "patient-interview",
            2,
            case_id,
            "baseline",
            participant=pid,
            revision=revision,
            answers={"own_goals": {"notes": "theirs"}},
        )
        save_response(db, key, other, staff(db, "admin"), "admin")
        nav.get_by_role("link", name="Own goals and the agenda").click()
        page.locator("#own_goals-notes").fill("Mine, typed on the tablet.")
        page.locator("#own_goals-notes").blur()
        banner = page.locator("#conflict-banner")
        expect(banner).to_be_visible()
        expect(banner).to_contain_text("Admin")
        expect(page.locator("#save-status")).to_contain_text("NOT SENT")
        expect(page.locator("#own_goals-notes")).to_have_value("Mine, typed on the tablet.")
        expect(banner.locator("td[data-theirs=own_goals]")).to_have_text("theirs")
        expect(banner.locator("td[data-yours=own_goals]")).to_have_text(
            "Mine, typed on the tablet."
        )
        banner.get_by_text("Show all the text in this page").click()
        assert "Mine, typed on the tablet." in banner.locator("textarea").input_value()
        assert get_response(db, key)["answers"]["own_goals"] == {"notes": "theirs"}
        page.once("dialog", lambda dialog: dialog.accept())  # "your version will be removed"
        banner.get_by_role("link", name="Reload their version").click()
        expect(page.locator("#own_goals-notes")).to_have_value("theirs")
    finally:
        context.close()
    assert errors == [], errors
