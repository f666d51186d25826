"""Helpers for the offline tests: a real server whose requests are counted, a TCP relay in
front of it that a test closes to cut the browser off for real (Playwright's set_offline
lets a service worker's own requests through), and a Chromium with a profile on disk that
can be closed and launched again."""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casebook.responses import save_response
from playwright.sync_api import Page, expect
from werkzeug.serving import make_server

from tests.conftest import CHROMIUM_ARGS, PASSWORD, chromium_path
from tests.ports import free_port
from tests.study_fixtures import case_with_patient, interview, staff

WAIT_MS = 15_000
SENT = "All sent to the server at"
ON_DEVICE = "Saved on this device, not yet sent"


class CountedApp:
    """WSGI middleware remembering the path of every request the server gets."""

    def __init__(self, app: Callable) -> None:
        self.app = app
        self.paths: list[str] = []

    def __call__(self, environ: dict, start_response: Callable) -> Any:
        path = environ.get("REQUEST_METHOD", "") + " " + environ.get("PATH_INFO", "")
        self.paths.append(path)

        def respond(status: str, headers: list, *args: Any) -> Any:
            self.paths[self.paths.index(path)] = f"{path} {status.split()[0]}"
            return start_response(status, headers, *args)

        return self.app(environ, respond)


class Server:
    """A Flask app on a threaded werkzeug server on loopback, counting its requests."""

    def __init__(self, app: Any) -> None:
        self.counter = CountedApp(app.wsgi_app)
        app.wsgi_app = self.counter
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def requests(self) -> int:
        return len(self.counter.paths)

    def close(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=5)


class Relay:
    """A TCP relay on a fixed loopback port. `stop()` closes the port and every connection
    through it, so the browser gets "connection refused" exactly as with no network;
    `start()` opens the same port again (the browser's origin stays the same). The port is
    not one the kernel hands out (tests/ports.py): one of those could be taken by any
    outgoing connection while the relay is stopped, and it could not open again."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.port = free_port()
        self.listener: socket.socket | None = None
        self.holding = False
        self.connections: set[socket.socket] = set()
        self.lock = threading.Lock()
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, holding: bool = False) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self.listener = listener
        self.holding = holding
        threading.Thread(target=self._accept, args=(listener, holding), daemon=True).start()

    def hold(self) -> None:
        """The port stays open but nothing goes through: the browser's requests are taken and
        never answered, as on a connection that dropped without a word (a tablet's poor
        signal). `start()` after `stop()` ends it."""
        self.stop()
        self.start(holding=True)

    def stop(self) -> None:
        listener, self.listener = self.listener, None
        if listener is not None:
            _close(listener)
        with self.lock:
            connections, self.connections = self.connections, set()
        for connection in connections:
            _close(connection)

    def _accept(self, listener: socket.socket, holding: bool) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:  # holding: the connection is taken and nothing goes through it
                upstream = None if holding else socket.create_connection(self.target)
            except OSError:
                _close(client)
                continue
            taken = {client} if upstream is None else {client, upstream}
            with self.lock:
                if self.listener is not listener:
                    for sock in taken:
                        _close(sock)
                    return
                self.connections |= taken
            if upstream is not None:
                for source, sink in ((client, upstream), (upstream, client)):
                    threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            _close(source)
            _close(sink)
            with self.lock:
                self.connections -= {source, sink}


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()


def launch_profile(playwright: Any, profile: Path) -> Any:
    """A Chromium with its profile (cookies, IndexedDB, service workers, caches) in
    `profile`: closing it and launching it again is a browser restart."""
    return playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=chromium_path(),
        args=CHROMIUM_ARGS,
        viewport={"width": 820, "height": 1180},
    )


def log_in(page: Page, base: str, role: str = "interviewer", next_path: str = "") -> None:
    page.goto(f"{base}/login" + (f"?next={next_path}" if next_path else ""))
    page.get_by_label("Username").fill(role)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def wait_for_worker(page: Page) -> None:
    """Until the service worker controls the page (pages opened from then on are kept).
    Not `page.wait_for_function`: its polling evaluates the predicate with eval() inside
    the page, which Casebook's Content-Security-Policy refuses (no 'unsafe-eval')."""
    poll(page, ACTIVE_WORKER, timeout_ms=4 * WAIT_MS)
    if page.evaluate("navigator.serviceWorker.controller === null"):
        # Chromium can miss clients.claim() for a document whose navigation was already
        # under way when the worker activated (here: the page after logging in). Such a
        # page stays uncontrolled; the next page load is controlled, as for a user.
        page.reload()
    poll(page, "navigator.serviceWorker.controller !== null")


ACTIVE_WORKER = """navigator.serviceWorker && navigator.serviceWorker.getRegistration().then(
    (r) => Boolean(r && r.active && r.active.state === "activated"))"""


def poll(page: Page, script: str, arg: Any = None, timeout_ms: int = WAIT_MS) -> None:
    """Until `script` (which may return a promise) gives a truthy value in the page.
    (wait_for_function takes a pending promise for a truthy value.)"""
    deadline = time.monotonic() + timeout_ms / 1000
    while not page.evaluate(script, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout_ms} ms: {script}")
        page.wait_for_timeout(100)


def until(check: Callable[[], Any], timeout_ms: int = WAIT_MS) -> None:
    """Until `check()` is truthy (e.g. the server's database has an answer)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout_ms} ms")
        time.sleep(0.1)


def watch_errors(page: Page, errors: list[str]) -> None:
    """Uncaught exceptions and console errors, except the failed loads that cutting the
    connection causes on purpose."""

    def console(message: Any) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(f"{message.text} ({message.location.get('url', '')})")

    page.on("console", console)
    page.on("pageerror", lambda error: errors.append(str(error)))


def status(page: Page) -> Any:
    return page.locator("#save-status")


def device_record(page: Page, key: str) -> dict | None:
    """The response as the device keeps it (IndexedDB, through the page's own store.js)."""
    return page.evaluate("key => window.CasebookStore.get(key)", key)


def answer_audit(db: Any, key: str) -> list[tuple[str, str | None]]:
    """(item, value after) of every audit row of the response's answers, oldest first."""
    rows = db.query(
        "SELECT row_key, after FROM audit_log WHERE table_name = 'answers' AND row_key LIKE ?"
        " ORDER BY id",
        [f"{key}/%"],
    )
    return [(row["row_key"].split("/", 1)[1], row["after"]) for row in rows]


def new_interview(db, code: str, name: str) -> tuple[str, int]:
    case_id, pid = case_with_patient(db, code, name=name)
    key = str(uuid.uuid4())
    save_response(db, key, interview(case_id, pid), staff(db), "interviewer")
    return key, pid


def section(page: Page, title: str) -> None:
    nav = page.get_by_role("navigation", name="Sections of the interview")
    nav.get_by_role("link", name=title).click()


def expect_status(page: Page, text: str) -> None:
    expect(status(page)).to_contain_text(text, timeout=WAIT_MS)


NOTES = {
    "life_now": ("Life situation and recovery", "Moved to a flat in March."),
    "group_members": ("The resource group", "Sister joined after the summer."),
    "own_goals": ("Own goals and the agenda", "Wants to work in a café."),
}


def type_notes(page: Page, notes: dict[str, tuple[str, str]]) -> None:
    for topic, (title, text) in notes.items():
        section(page, title)
        page.locator(f"#{topic}-notes").fill(text)


def wait_on_device(page: Page, key: str, text: str) -> None:
    """Until the device's copy of the response holds `text`."""
    poll(
        page,
        """([key, text]) => window.CasebookStore.get(key).then((r) =>
             Boolean(r && r.snapshot && Array.from(new URLSearchParams(r.snapshot).values())
               .includes(text)))""",
        [key, text],
    )
