"""A running `casebook datasette` follows the releases: a new release is served within seconds
of a publish, with no restart, no failed request in between, and never a half-written file."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from casebook.config import instance_folder
from casebook.datasette_plugin.server import ReleaseFollower, build_datasette
from casebook.tokens import create_token

from tests.conftest import BUNDLED_INSTRUMENTS
from tests.release_fixtures import SYSTEM, build_study, release
from tests.test_cli import CASEBOOK, _free_port, _wait_for
from tests.test_release_datasette import get, token

BUILT_AT = "/release/_release.json?_shape=array&_col=built_at"


class Poller(threading.Thread):
    """Asks the server which release it serves, again and again, and keeps every answer."""

    def __init__(self, url: str, secret: str) -> None:
        super().__init__(daemon=True)
        self.request = urllib.request.Request(url, headers={"Authorization": f"Bearer {secret}"})
        self.answers: list[str] = []
        self.failures: list[str] = []
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            try:
                # a minute: on two busy cores an answer can take seconds; a server that
                # hangs still fails the test
                with urllib.request.urlopen(self.request, timeout=60) as response:
                    self.answers.append(json.loads(response.read())[0]["built_at"])
            except (OSError, ValueError, LookupError) as error:  # HTTPError is an OSError
                self.failures.append(repr(error))

    def wait_for(self, built_at: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not (self.answers and self.answers[-1] == built_at):
            assert time.monotonic() < deadline, f"still serving {self.answers[-1:]}"
            assert not self.failures, self.failures
            time.sleep(0.05)


def built_at(path: Path) -> str:
    import sqlite3

    return sqlite3.connect(path).execute("SELECT built_at FROM _release").fetchone()[0]


def test_a_running_datasette_serves_each_new_release_without_a_failed_request(app, db, tmp_path):
    build_study(db)
    out = tmp_path / "releases" / "study.db"
    out.parent.mkdir()
    path, _ = release(app, out.parent, out.name)
    secret = create_token(db, "analyst", "follow test", SYSTEM).secret
    port = _free_port()
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(instance_folder(app)),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
    }
    server = subprocess.Popen(
        [CASEBOOK, "datasette", "--port", str(port), "--release", str(out)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    poller = Poller(base + BUILT_AT, secret)
    try:
        _wait_for(f"{base}/-/casebook-login")
        poller.start()
        poller.wait_for(built_at(path))
        served = [built_at(path)]
        for _ in range(2):
            release(app, out.parent, out.name)  # built beside it, then renamed over it
            served.append(built_at(out))
            poller.wait_for(served[-1])
    finally:
        poller.halt.set()
        poller.join(timeout=15)
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert not poller.failures, (poller.failures, output)
    assert not list(out.parent.glob(".*.serving"))  # the pins of served versions are gone
    assert len(poller.answers) > 20
    order = [served.index(answer) for answer in poller.answers]
    assert order == sorted(order) and set(order) == {0, 1, 2}, "".join(map(str, order))


def test_a_file_that_is_not_a_complete_release_is_never_served(app, db, tmp_path):
    build_study(db)
    path, _ = release(app, tmp_path)
    analyst = token(db, "analyst")
    ds = build_datasette(path, Path(app.config["CASEBOOK_DATABASE"]), instance_folder(app), None)
    follower = ReleaseFollower(ds, path)
    first = get(ds, BUILT_AT, headers=analyst).json()
    good = path.read_bytes()
    temp = path.with_name("half.db")
    temp.write_bytes(good[: len(good) // 2])  # a copy cut short, renamed into place
    os.replace(temp, path)
    assert not follower.check() and not follower.check()
    assert get(ds, BUILT_AT, headers=analyst).json() == first
    second, _ = release(app, tmp_path, "next.db")
    os.replace(second, path)
    assert not follower.check()  # seen once: it must look the same twice before it is served
    assert follower.check()
    assert get(ds, BUILT_AT, headers=analyst).json() != first
