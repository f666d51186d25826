"""Nothing the page does on its own moves the form under an interviewer's finger, in a real
Chromium at tablet size: a change being kept on the device and sent shows a count of responses
waiting in the header ("On this device (1)") and takes it away again, and that must not move
a single control. It once did: on a tablet 820 px wide the count wrapped the header onto a
second line for the few tenths of a second each send took, the whole form jumped down a line
and back, and a tap made during the jump did not take (or chose the option above). The sticky
save bar above the form did the same whenever the connection dropped or came back: its status
line took a second line at 820 px."""

from __future__ import annotations

import uuid
from typing import Any

from casebook import study
from casebook.responses import ResponseInput, save_response
from playwright.sync_api import Route, expect

from tests.test_browser_interview import (
    consented_patient,
    form_ready,
    log_in,
    staff,
    wait_saved,
    watch_console,
)

# Where every control of the open section is on the screen, written down after every change
# to the page (a MutationObserver's callback runs before the next frame is drawn, so a move
# is seen however briefly it lasts). The tap is made in the same task, so the first record
# already holds what the tap itself shows (a radio's "clear" button, a show_if section).
WATCH_AND_TAP = """(selector) => {
  const controls = Array.from(document.querySelectorAll(
    "section.is-active input, section.is-active textarea, section.is-active button"));
  const where = () => controls.map((el) => {
    const box = el.getBoundingClientRect();
    return (el.id || el.name || el.textContent.trim()) + "@" + Math.round(box.left) + ","
      + Math.round(box.top);
  }).join(" ");
  document.querySelector(selector).click();
  const first = where();
  const count = document.querySelector("[data-device-count]");
  window.cbMoved = [];
  window.cbCounts = [count.textContent.trim()];
  new MutationObserver(() => {
    const now = where();
    if (now !== first) window.cbMoved.push(now);
    const shown = count.textContent.trim();
    if (window.cbCounts[window.cbCounts.length - 1] !== shown) window.cbCounts.push(shown);
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
}"""


def _saved_interview(db) -> str:
    """A consented patient's baseline interview saved by the interviewer: its client key."""
    pid = consented_patient(db)
    case_id = study.get_participant(db, pid)["case_id"]
    key = str(uuid.uuid4())
    data = ResponseInput("patient-interview", 2, case_id, "baseline", participant=pid)
    save_response(db, key, data, staff(db), "interviewer")
    return key


def test_sending_a_change_moves_nothing_on_the_page(browser: Any, live_server: str, db) -> None:
    """The save is held back by the test until the count shows, so nothing here depends on
    how fast the server answers."""
    key = _saved_interview(db)
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        watch_console(page, errors)
        log_in(page, live_server, "interviewer")
        page.goto(f"{live_server}/responses/{key}")
        form_ready(page)
        revision = int(page.locator("input[name=revision]").input_value())
        held: list[Route] = []
        page.route(f"{live_server}/responses/{key}/autosave", lambda route: held.append(route))
        page.evaluate(WATCH_AND_TAP, "#interview_setting input[value=clinic]")
        expect(page.locator(".cb-device")).to_have_text("On this device (1)")
        expect(page.locator("#save-status")).to_have_text("Sending…")
        for route in held:
            route.continue_()
        page.unroute(f"{live_server}/responses/{key}/autosave")
        wait_saved(page, revision)
        expect(page.locator(".cb-device")).to_have_text("On this device")
        assert page.evaluate("window.cbCounts") == ["", "(1)", ""]
        assert page.evaluate("window.cbMoved") == []
    finally:
        context.close()
    assert errors == [], errors


# The header at every width from a phone's to a desktop's, with and without a count.
HEADER_HEIGHTS = """() => {
  const header = document.querySelector(".cb-header");
  const count = document.querySelector("[data-device-count]");
  const shown = count.textContent;
  const changed = [];
  for (let width = 300; width <= 1600; width += 5) {
    header.style.width = width + "px";
    const heights = ["", " (1)", " (12)", " (99)"].map((text) => {
      count.textContent = text; // as offline.js writes it
      return header.offsetHeight;
    });
    if (new Set(heights).size > 1) changed.push(width + ": " + heights.join(" "));
  }
  header.style.width = "";
  count.textContent = shown;
  return changed;
}"""


def test_the_header_is_as_tall_with_a_count_as_without(browser: Any, live_server: str) -> None:
    """Every page has the header; its names and links differ by role, so both the shortest
    (an interviewer's) and the longest (an admin's) are measured."""
    for role in ("interviewer", "admin"):
        context = browser.new_context(viewport={"width": 820, "height": 1180})
        try:
            page = context.new_page()
            log_in(page, live_server, role)
            page.wait_for_load_state("load")
            assert page.evaluate(HEADER_HEIGHTS) == [], role
        finally:
            context.close()


# The sticky bar over the form at every width from a phone's to a desktop's, with every message
# its status line shows, each with and without the "Send now" button beside it (autosave.js
# shows the button while anything is unsent).
SAVE_BAR_HEIGHTS = """() => {
  const M = window.CasebookMessages;
  const bar = document.querySelector(".resp-bar");
  const status = document.getElementById("save-status");
  const button = document.querySelector("[data-send-now]");
  const unsent = M.plural("savedOnDevice", 1);
  const messages = [
    ["saved", null],
    ["saving", M.text.sending],
    ["unsent", unsent + "."],
    ["unsent", M.format(M.text.whyOffline, {seconds: 2}) + ". " + unsent + "."],
    ["unsent", M.format(M.text.whyOffline, {seconds: 32}) + ". " + M.plural("savedOnDevice", 12)
      + ". " + M.plural("needsFixing", 3) + "."],
    ["unsent", M.format(M.text.whyServer, {reason: "502 Bad Gateway", seconds: 60}) + ". "
      + unsent + "."],
    ["unsent", M.text.whyLoggedOut + ". " + unsent + "."],
    ["unsent", M.text.localStart],
    ["error", M.plural("notSavedAnswers", 2)],
    ["error", M.format(M.text.refused, {reason: "the text is too long"})],
    ["conflict", M.format(M.text.conflict, {who: M.text.someone, time: "10:23"})],
  ];
  const show = ([state, message], withButton) => { // as autosave.js's show() and showSent()
    status.dataset.state = state;
    if (message === null) {
      const time = document.createElement("time");
      time.textContent = "10:23";
      const [before, after] = M.text.allSent.split("{time}");
      status.replaceChildren(before, time, after || "");
    } else {
      status.textContent = message;
    }
    button.hidden = !withButton;
    return bar.offsetHeight;
  };
  const changed = [];
  for (let width = 300; width <= 1600; width += 5) {
    bar.style.width = width + "px";
    const heights = messages.flatMap((m) => [show(m, false), show(m, true)]);
    if (new Set(heights).size > 1) changed.push(width + ": " + heights.join(" "));
  }
  bar.style.width = "";
  return changed;
}"""


def test_the_save_bar_is_as_tall_whatever_its_status_says(
    browser: Any, live_server: str, db
) -> None:
    """The bar is sticky above the form, so every pixel it grows moves the form down. It once
    did: at 820 px (an iPad held upright) "…No connection to the server; trying again in 2 s."
    took a second line, and the form jumped 19 px each time the connection dropped or came
    back."""
    key = _saved_interview(db)
    for viewport in ({"width": 820, "height": 1180}, {"width": 375, "height": 667}):
        context = browser.new_context(viewport=viewport)
        try:
            page = context.new_page()
            log_in(page, live_server, "interviewer")
            page.goto(f"{live_server}/responses/{key}")
            form_ready(page)
            changed = page.evaluate(SAVE_BAR_HEIGHTS)
            assert changed == [], f"{viewport}: {len(changed)} widths, e.g. {changed[:3]}"
        finally:
            context.close()


def test_losing_the_connection_moves_nothing_on_the_page(
    browser: Any, live_server: str, db
) -> None:
    """The whole round on an iPad held upright: a change made while the server cannot be
    reached ("No connection to the server; trying again in 2 s."), then sent when it can."""
    key = _saved_interview(db)
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 820, "height": 1180})
    try:
        page = context.new_page()
        autosave = f"{live_server}/responses/{key}/autosave"
        watch_console(page, errors, expected=[autosave])  # the send the test cuts off
        log_in(page, live_server, "interviewer")
        page.goto(f"{live_server}/responses/{key}")
        form_ready(page)
        revision = int(page.locator("input[name=revision]").input_value())
        page.route(autosave, lambda route: route.abort())
        page.evaluate(WATCH_AND_TAP, "#interview_setting input[value=clinic]")
        status = page.locator("#save-status")
        expect(status).to_contain_text("No connection to the server")
        page.unroute(autosave)
        wait_saved(page, revision)
        assert page.evaluate("window.cbMoved") == []
    finally:
        context.close()
    assert errors == [], errors
