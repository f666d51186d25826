"""Never lose a keystroke (issue 8), in a real Chromium against a real server, with the
connection cut for real by closing a relay between them: one bad answer never blocks the
others; notes typed offline survive a browser restart and reach the server once; an
interview started offline is created once; a conflict shows both texts and loses nothing;
logging out warns while something is unsent and clears the device once all is sent."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from casebook.db import connect
from casebook.responses import ResponseInput, get_response, save_response
from playwright.sync_api import Page, expect

from tests.conftest import make_app
from tests.fieldwork import (
    NOTES,
    ON_DEVICE,
    SENT,
    WAIT_MS,
    Relay,
    Server,
    answer_audit,
    device_record,
    expect_status,
    launch_profile,
    log_in,
    new_interview,
    poll,
    section,
    type_notes,
    until,
    wait_for_worker,
    wait_on_device,
    watch_errors,
)
from tests.study_fixtures import case_with_patient, staff
from tests.test_browser_interview import form_ready, watch_console


@pytest.fixture(scope="module")
def field(tmp_path_factory) -> Any:
    """One Casebook for the module (short autosave delay), behind a relay."""
    app = make_app(tmp_path_factory.mktemp("offline"), CASEBOOK_AUTOSAVE_SECONDS=0.3)
    server = Server(app)
    relay = Relay(server.port)
    db = connect(app.config["CASEBOOK_DATABASE"])
    yield SimpleNamespace(app=app, server=server, relay=relay, db=db, url=relay.url)
    relay.stop()
    server.close()
    db.close()


@pytest.fixture
def online(field) -> Any:
    """The field study with the relay open at the start of each test."""
    if field.relay.listener is None or field.relay.holding:
        field.relay.stop()
        field.relay.start()
    return field


def no_audit_row_twice(db, key: str) -> None:
    rows = answer_audit(db, key)
    assert len(rows) == len(set(rows)), rows


def test_one_bad_answer_never_blocks_the_others(browser: Any, online) -> None:
    db = online.db
    key, _ = new_interview(db, "RG11", "Maja Ek")
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_console(page, errors)
        log_in(page, online.url)
        page.goto(f"{online.url}/responses/{key}")
        expect_status(page, SENT)
        page.locator("#interview_setting").get_by_label("The participant's home").check()
        section(page, "Life situation and recovery")
        page.locator("#life_now-notes").fill("Works two days a week.")
        section(page, "After the interview")
        page.locator("#interview_duration").fill("about an hour")
        page.locator("#interview_duration").blur()
        expect(page.locator("#interview_duration-error")).to_have_text(
            "not a number of minutes: type whole minutes, e.g. 45"
        )
        section(page, "The resource group")
        page.locator("#group_members-notes").fill("Her brother and the case manager.")
        section(page, "Own goals and the agenda")
        page.locator("#own_goals-notes").fill("A flat of her own.")
        section(page, "Support and collaboration")
        page.locator("#significant_others_support-notes").fill("The brother drives her.")
        page.locator("#significant_others_support-notes").blur()
        until(lambda: get_response(db, key)["answers"].get("significant_others_support"))
        expect_status(page, "1 answer not saved: fix it to save")
        answers = get_response(db, key)["answers"]
        assert answers["interview_setting"] == "home"
        assert answers["life_now"] == {"notes": "Works two days a week."}
        assert answers["group_members"] == {"notes": "Her brother and the case manager."}
        assert answers["own_goals"] == {"notes": "A flat of her own."}
        assert answers["significant_others_support"] == {"notes": "The brother drives her."}
        assert "interview_duration" not in answers

        section(page, "After the interview")
        page.locator("#interview_duration").fill("55")
        page.locator("#interview_duration").blur()
        expect_status(page, SENT)
        expect(page.locator("#interview_duration-error")).to_have_count(0)
        assert get_response(db, key)["answers"]["interview_duration"] == 55

        page.locator("#interview_duration").fill("5o")  # a slip of the finger, then fixed
        page.locator("#interview_duration").blur()
        expect_status(page, "1 answer not saved: fix it to save")
        assert get_response(db, key)["answers"]["interview_duration"] == 55
        page.locator("#interview_duration").fill("55")
        page.locator("#interview_duration").blur()
        expect_status(page, SENT)
        assert get_response(db, key)["answers"]["interview_duration"] == 55
        assert [r for r in answer_audit(db, key) if r[0] == "interview_duration"] == [
            ("interview_duration", "55")
        ]
        no_audit_row_twice(db, key)
    finally:
        context.close()
    assert errors == [], errors


def test_notes_typed_offline_survive_a_browser_restart_and_reach_the_server_once(
    playwright_driver: Any, online, tmp_path
) -> None:
    db, relay, server = online.db, online.relay, online.server
    _, pid = case_with_patient(db, "RG12", name="Nils Berg")
    profile = tmp_path / "profile"
    errors: list[str] = []
    context = launch_profile(playwright_driver, profile)
    try:
        page = context.new_page()
        watch_errors(page, errors)
        log_in(page, online.url)
        wait_for_worker(page)
        page.goto(f"{online.url}/participants/{pid}")
        page.get_by_role("button", name="Start interview").click()
        expect(page.locator("h1")).to_contain_text("Patient interview")
        form_ready(page)
        form_url = page.url
        key = urlsplit(form_url).path.rsplit("/", 1)[1]
        section(page, "Support and collaboration")
        page.locator("#significant_others_support-notes").fill("Typed while online.")
        until(lambda: get_response(db, key)["answers"].get("significant_others_support"))
        expect_status(page, SENT)

        relay.stop()
        before = server.requests
        type_notes(page, NOTES)
        wait_on_device(page, key, NOTES["own_goals"][1])
        expect_status(page, ON_DEVICE)
    finally:
        context.close()  # the whole browser, as when a tablet's battery runs out

    context = launch_profile(playwright_driver, profile)
    try:
        page = context.new_page()
        watch_errors(page, errors)
        page.goto(form_url)  # still no connection: the page comes from the device
        for topic, (_, text) in NOTES.items():
            expect(page.locator(f"#{topic}-notes")).to_have_value(text)
        expect_status(page, ON_DEVICE)
        assert server.requests == before, server.counter.paths[before:]
        assert get_response(db, key)["answers"].get("own_goals") is None

        relay.start()
        page.get_by_role("button", name="Send now").click()
        expect_status(page, "You are logged out: log in again to send")
        page.goto(f"{online.url}/login?next={urlsplit(form_url).path}")
        expect(page.locator("#device-notice")).to_have_text(
            "1 response saved on this device and not yet sent. Log in to send it."
        )
        log_in(page, online.url, next_path=urlsplit(form_url).path)
        until(lambda: get_response(db, key)["answers"].get("own_goals"))
        expect_status(page, SENT)
        for topic, (_, text) in NOTES.items():
            expect(page.locator(f"#{topic}-notes")).to_have_value(text)
    finally:
        context.close()
    assert errors == [], errors
    rows = db.execute("SELECT uuid FROM responses WHERE participant_id = ?", [pid]).fetchall()
    assert [row[0] for row in rows] == [key]
    answers = get_response(db, key)["answers"]
    for topic, (_, text) in NOTES.items():
        assert answers.get(topic) == {"notes": text}
        assert [r for r in answer_audit(db, key) if r[0] == topic] == [
            (topic, f'{{"notes": "{text}"}}')
        ]
    no_audit_row_twice(db, key)


def caches_blank_form(page: Page, url: str) -> None:
    poll(
        page,
        """url => {
             const config = document.getElementById("casebook-config").textContent;
             const user = JSON.parse(config).user.id;
             return caches.open("casebook-pages-" + user).then((c) => c.match(url)).then(Boolean);
           }""",
        url,
    )


def test_an_interview_started_offline_is_created_once(browser: Any, online) -> None:
    db, relay, server = online.db, online.relay, online.server
    _, pid = case_with_patient(db, "RG13", name="Olle Holm")
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_errors(page, errors)
        log_in(page, online.url)
        wait_for_worker(page)
        page.goto(f"{online.url}/participants/{pid}")
        for version in (2, 1):  # every version the start form offers
            caches_blank_form(page, f"{online.url}/responses/new/patient-interview/{version}")
        relay.stop()
        before = server.requests
        page.get_by_role("button", name="Start interview").click()
        expect(page.locator("h1")).to_contain_text("Patient interview")
        expect(page.locator("[data-fill=participant]")).to_have_text("Olle Holm (Patient)")
        form_ready(page)
        key = parse_qs(urlsplit(page.url).query)["response"][0]
        section(page, "Own goals and the agenda")
        page.locator("#own_goals-notes").fill("Started in the car park, no signal.")
        wait_on_device(page, key, "Started in the car park, no signal.")
        expect_status(page, ON_DEVICE)
        assert server.requests == before, server.counter.paths[before:]

        relay.start()
        page.get_by_role("button", name="Send now").click()
        expect_status(page, SENT)
        page.reload()
        expect(page.locator("#own_goals-notes")).to_have_value(
            "Started in the car park, no signal."
        )
        expect_status(page, SENT)
    finally:
        context.close()
    assert errors == [], errors
    stored = get_response(db, key)
    assert (stored["participant"], stored["instrument"], stored["version"]) == (
        pid,
        "patient-interview",
        2,
    )
    assert stored["answers"] == {"own_goals": {"notes": "Started in the car park, no signal."}}
    created = db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'responses' AND row_key = ?"
        " AND action = 'create'",
        [key],
    ).fetchone()[0]
    assert created == 1
    assert (
        db.execute("SELECT count(*) FROM responses WHERE participant_id = ?", [pid]).fetchone()[0]
        == 1
    )


def test_a_double_tap_on_start_with_no_connection_starts_one_interview(
    browser: Any, online
) -> None:
    """Two presses of "Start interview" before the first has found out that the server does
    not answer (a double tap on a tablet) start one interview on the device, not two."""
    db, relay = online.db, online.relay
    _, pid = case_with_patient(db, "RG17", name="Stina Ek")
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        log_in(page, online.url)
        wait_for_worker(page)
        page.goto(f"{online.url}/participants/{pid}")
        for version in (2, 1):
            caches_blank_form(page, f"{online.url}/responses/new/patient-interview/{version}")
        relay.stop()
        # both presses in one go, so the second surely comes while the first is still waiting
        page.evaluate(
            """() => {
                 const form = document.querySelector("form.start");
                 form.requestSubmit();
                 form.requestSubmit();
               }"""
        )
        expect(page.locator("h1")).to_contain_text("Patient interview")
        form_ready(page)
        records = page.evaluate("window.CasebookStore.all()")
        assert [r["participant"] for r in records] == [pid], records
    finally:
        context.close()


def test_a_conflict_after_offline_work_shows_both_texts_and_loses_nothing(
    browser: Any, online
) -> None:
    db, relay = online.db, online.relay
    key, pid = new_interview(db, "RG14", "Pia Lund")
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_errors(page, errors)
        log_in(page, online.url)
        page.goto(f"{online.url}/responses/{key}")
        form_ready(page)
        section(page, "Own goals and the agenda")
        page.locator("#own_goals-notes").fill("First, online.")
        until(lambda: get_response(db, key)["answers"].get("own_goals"))
        expect_status(page, SENT)

        relay.stop()
        page.locator("#own_goals-notes").fill("Mine, typed offline.")
        wait_on_device(page, key, "Mine, typed offline.")
        stored = get_response(db, key)
        theirs = ResponseInput(
            "patient-interview",
            2,
            stored["case"],
            "baseline",
            participant=pid,
            date=stored["date"],
            revision=stored["revision"],
            answers={"own_goals": {"notes": "Theirs, from the office."}},
        )
        save_response(db, key, theirs, staff(db, "admin"), "admin")  # another device

        relay.start()
        page.get_by_role("button", name="Send now").click()
        banner = page.locator("#conflict-banner")
        expect(banner).to_be_visible(timeout=WAIT_MS)
        expect(banner.locator("td[data-theirs=own_goals]")).to_have_text("Theirs, from the office.")
        expect(banner.locator("td[data-yours=own_goals]")).to_have_text("Mine, typed offline.")
        expect_status(page, "NOT SENT: Admin saved a newer version")
        expect(page.locator("#own_goals-notes")).to_have_value("Mine, typed offline.")
        assert get_response(db, key)["answers"]["own_goals"] == {
            "notes": "Theirs, from the office."
        }
        assert device_record(page, key)["conflict"]

        page.reload()  # nothing lost on the way: the device still has both sides
        expect(banner.locator("td[data-yours=own_goals]")).to_have_text("Mine, typed offline.")
        expect(page.locator("#own_goals-notes")).to_have_value("Mine, typed offline.")
        banner.get_by_role("button", name="Send my version over theirs").click()
        expect_status(page, SENT)
        expect(banner).to_be_hidden()
    finally:
        context.close()
    assert errors == [], errors
    assert get_response(db, key)["answers"]["own_goals"] == {"notes": "Mine, typed offline."}
    kept = [after for item, after in answer_audit(db, key) if item == "own_goals"]
    assert kept == [
        '{"notes": "First, online."}',
        '{"notes": "Theirs, from the office."}',
        '{"notes": "Mine, typed offline."}',
    ]


def logout_state(page: Page, said: list[str]) -> dict[str, Any]:
    """What the page showed and kept when the log-out warning did not come, for the report."""
    return {
        "url": page.url,
        "console": said,
        "page": page.evaluate(
            """() => window.CasebookStore.all().then((records) => ({
                 who: (document.querySelector('form.cb-logout .cb-who') || {}).textContent,
                 ready: document.querySelector('form.cb-logout').dataset.ready,
                 outbox: window.CasebookOutbox.state,
                 records: records.map((r) => ({user: r.user, created: r.created,
                   sending: Boolean(r.sending), unsent: window.CasebookStore.unsent(r)})),
               }))"""
        ),
    }


def refuse_log_out(page: Page, wait_ms: int) -> None:
    """Press "Log out" with something unsent and dismiss the warning that must come within
    `wait_ms`; fail with the page's state when it does not."""
    warnings: list[str] = []
    said: list[str] = []
    page.on("console", lambda message: said.append(f"{message.type}: {message.text}"))

    def refuse(dialog: Any) -> None:
        warnings.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", refuse)
    page.get_by_role("button", name="Log out").click()
    for _ in range(wait_ms // 100):
        if warnings:
            break
        page.wait_for_timeout(100)
    assert warnings and "not sent to the server yet" in warnings[0], logout_state(page, said)
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def test_on_this_device_lists_and_exports_what_is_unsent_and_logging_out_clears_it(
    browser: Any, online
) -> None:
    db, relay = online.db, online.relay
    key, _ = new_interview(db, "RG15", "Rut Sand")
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_errors(page, errors)
        log_in(page, online.url)
        wait_for_worker(page)
        page.goto(f"{online.url}/responses/{key}")
        form_ready(page)
        relay.stop()
        section(page, "Own goals and the agenda")
        page.locator("#own_goals-notes").fill("Not sent yet.")
        wait_on_device(page, key, "Not sent yet.")
        # the warning comes once sending has been tried, or after at most 10 s of trying
        # (offline.js); twice WAIT_MS leaves room for two test workers on two cores
        refuse_log_out(page, 2 * WAIT_MS)
        assert device_record(page, key) is not None

        page.get_by_role("link", name="On this device").click()  # still offline
        row = page.locator(f"#device-list tr[data-uuid='{key}']")
        expect(row).to_contain_text("Patient interview · RG15 · Rut Sand (Patient) · Baseline")
        expect(row).to_contain_text("not yet sent")
        # the browser was asked to keep the device's copies; the page says what it answered
        expect(page.locator("#device-storage")).to_have_text(
            re.compile(r"^This browser (keeps the copies|has not promised to keep the copies)")
        )
        expect(page.locator("#device-summary")).to_contain_text(
            "1 response on this device is not sent yet."
        )
        with page.expect_download() as download:
            page.get_by_role("button", name="Export everything to a file").click()
        exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        [record] = exported["records"]
        assert record["uuid"] == key and record["fields"]["own_goals-notes"] == ["Not sent yet."]

        relay.start()
        page.get_by_role("button", name="Send now").click()
        expect(page.locator("#device-summary")).to_have_text(
            "Everything on this device has been sent to the server.", timeout=WAIT_MS
        )
        assert get_response(db, key)["answers"]["own_goals"] == {"notes": "Not sent yet."}
        page.goto(f"{online.url}/responses/{key}")
        expect_status(page, SENT)
        page.get_by_role("button", name="Log out").click()
        expect(page.get_by_role("button", name="Log in")).to_be_visible()
        page.wait_for_load_state("load")  # store.js comes at the end of the login page
        assert page.evaluate("window.CasebookStore.all()") == []
        kept = page.evaluate("caches.keys()")
        assert not [name for name in kept if name.startswith("casebook-pages-")], kept
    finally:
        context.close()
    assert errors == [], errors


def test_logging_out_on_a_connection_that_answers_nothing_still_warns(browser: Any, online) -> None:
    """On a poor signal a request can be taken and never answered. The outbox's try hangs
    then; logging out gives the last try a bounded time and still comes to the warning (it
    once waited for that try for ever), and what is unsent stays on the device."""
    db, relay = online.db, online.relay
    key, _ = new_interview(db, "RG38", "Siv Holm")
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_errors(page, errors)
        log_in(page, online.url)
        page.goto(f"{online.url}/responses/{key}")
        form_ready(page)
        relay.hold()
        section(page, "Own goals and the agenda")
        page.locator("#own_goals-notes").fill("Typed on a poor signal.")
        wait_on_device(page, key, "Typed on a poor signal.")
        refuse_log_out(page, 4 * WAIT_MS)
        assert device_record(page, key)["snapshot"]
    finally:
        context.close()
        relay.stop()
        relay.start()
    assert errors == [], errors
    assert get_response(db, key)["answers"].get("own_goals") is None


def test_pages_kept_for_one_account_are_gone_when_another_logs_in(browser: Any, online) -> None:
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        log_in(page, online.url)
        wait_for_worker(page)
        page.goto(f"{online.url}/cases")
        ids = {
            role: online.db.execute("SELECT id FROM users WHERE username = ?", [role]).fetchone()[0]
            for role in ("interviewer", "observer")
        }
        caches = "caches.keys().then((keys) => keys.filter((k) => k.startsWith('casebook-pages-')))"
        poll(page, f"{caches}.then((keys) => keys.length === 1)")
        assert page.evaluate(caches) == [f"casebook-pages-{ids['interviewer']}"]
        log_in(page, online.url, "observer")  # no logout: the tablet changes hands
        page.goto(f"{online.url}/cases")
        poll(page, f"{caches}.then((keys) => keys[0] === 'casebook-pages-{ids['observer']}')")
        assert page.evaluate(caches) == [f"casebook-pages-{ids['observer']}"]
    finally:
        context.close()


def test_a_response_open_twice_in_one_browser_is_typed_in_only_once(browser: Any, online) -> None:
    key, _ = new_interview(online.db, "RG16", "Tor Vik")
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        first = context.new_page()
        log_in(first, online.url)
        first.goto(f"{online.url}/responses/{key}")
        expect_status(first, SENT)
        second = context.new_page()
        second.goto(f"{online.url}/responses/{key}")
        expect_status(second, "open in another tab or window")
        expect(second.locator("#own_goals-notes")).to_be_disabled()
        first.close()  # the first page gone, the response can be opened again
        second.reload()
        expect_status(second, SENT)
        expect(second.locator("#own_goals-notes")).to_be_enabled()
    finally:
        context.close()
