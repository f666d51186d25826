"""The offline round trip with Casebook mounted under /fieldwork in a host Flask app (issue
8): the service worker is scoped to /fieldwork/ and leaves the host's own pages alone, notes
typed with the connection cut survive a browser restart and reach the server once after
logging in again."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from casebook import Casebook
from casebook.db import connect
from casebook.responses import get_response
from flask import Flask
from playwright.sync_api import expect

from tests.conftest import host_settings, make_app
from tests.fieldwork import (
    NOTES,
    ON_DEVICE,
    SENT,
    Relay,
    Server,
    answer_audit,
    expect_status,
    launch_profile,
    log_in,
    new_interview,
    section,
    type_notes,
    until,
    wait_for_worker,
    wait_on_device,
    watch_errors,
)
from tests.test_browser_interview import form_ready


def host_app(tmp_path) -> Flask:
    """A host survey platform with its own home page and Casebook under /fieldwork."""
    standalone = make_app(tmp_path)  # builds the database with one account per role
    host = Flask("host")
    host.config.update(host_settings(standalone), CASEBOOK_AUTOSAVE_SECONDS=0.3)

    @host.route("/")
    def index() -> str:
        return "<!doctype html><title>Host</title><h1>Host survey platform</h1>"

    Casebook(host)
    return host


def test_offline_round_trip_under_a_host_prefix(playwright_driver: Any, tmp_path) -> None:
    host = host_app(tmp_path)
    server = Server(host)
    relay = Relay(server.port)
    db = connect(host.config["CASEBOOK_DATABASE"])
    base = relay.url + "/fieldwork"
    key, pid = new_interview(db, "RG21", "Siv Ek")
    form_url = f"{base}/responses/{key}"
    profile = tmp_path / "profile"
    errors: list[str] = []
    try:
        context = launch_profile(playwright_driver, profile)
        try:
            page = context.new_page()
            watch_errors(page, errors)
            log_in(page, base)
            wait_for_worker(page)
            scope = page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.scope)")
            assert scope == f"{base}/"
            page.goto(form_url)
            form_ready(page)
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
            context.close()

        context = launch_profile(playwright_driver, profile)
        try:
            page = context.new_page()
            watch_errors(page, errors)
            page.goto(form_url)
            for topic, (_, text) in NOTES.items():
                expect(page.locator(f"#{topic}-notes")).to_have_value(text)
            assert server.requests == before, server.counter.paths[before:]

            relay.start()
            page.get_by_role("button", name="Send now").click()
            expect_status(page, "You are logged out: log in again to send")
            log_in(page, base, next_path=urlsplit(form_url).path)
            until(lambda: get_response(db, key)["answers"].get("own_goals"))
            expect_status(page, SENT)

            page.goto(relay.url + "/")  # the host's own page: not Casebook's to control
            expect(page.locator("h1")).to_have_text("Host survey platform")
            assert page.evaluate("navigator.serviceWorker.controller") is None
        finally:
            context.close()
    finally:
        relay.stop()
        server.close()
    assert errors == [], errors
    rows = db.execute("SELECT uuid FROM responses WHERE participant_id = ?", [pid]).fetchall()
    assert [row[0] for row in rows] == [key]
    answers = get_response(db, key)["answers"]
    for topic, (_, text) in NOTES.items():
        assert answers[topic] == {"notes": text}
    audit = answer_audit(db, key)
    assert len(audit) == len(set(audit)) == 4, audit
    db.close()
