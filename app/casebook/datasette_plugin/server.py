"""`casebook datasette`: the latest release, read-only, for analysts, following new releases.

A release is served immutable (`?immutable=1`: no locks, no change checks). `casebook publish`
swaps a new release in with an atomic rename, so the path always names a complete file; a
`ReleaseFollower` notices the new file and puts a new `ReleaseDatabase` in Datasette's list of
databases under the same name. Requests already running finish on the old file; new requests
use the new one. No restart, and no request fails.

Each served version is pinned to its own file: a hard link `.<name>.<inode>.serving` beside
the release, removed when no request can use that version any more. Without it, a connection
opened by path while the next release is being swapped in would read the newer file under
the older version. And Datasette 0.65 keeps each executor thread's connection under the
database's *name*, so a new `Database` with the same name would reuse the old file's
connections: `ReleaseDatabase` keeps its connections per object instead."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.database import Database

from casebook.datasette_plugin.access import PLUGIN
from casebook.datasette_plugin.limits import SETTINGS as LIMIT_SETTINGS
from casebook.datasette_plugin.limits import BudgetConnection
from casebook.paths import secret_key
from casebook.release.metadata import merged, read_base, stored

DATABASE_NAME = "release"
SETTINGS = {"allow_download": True, "default_page_size": 100, **LIMIT_SETTINGS}
log = logging.getLogger("casebook.datasette")


class ReleaseDatabase(Database):
    """One release file, immutable, with connections of its own (not shared by name)."""

    def __init__(self, ds: Datasette, path: Path) -> None:
        super().__init__(ds, path=str(path), is_mutable=False)
        self._local = threading.local()

    async def execute_fn(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        if self.ds.executor is None:
            return await super().execute_fn(fn)

        def in_thread() -> Any:
            conn = getattr(self._local, "conn", None)
            if conn is None:
                conn = self.connect()
                self.ds._prepare_connection(conn, self.name)
                conn = BudgetConnection(conn)  # what one query's rows may hold (limits.py)
                self._local.conn = conn
            return fn(conn)

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


def pin(release: Path) -> Path:
    """A hard link to the file `release` names now, so it stays that file; `release` itself
    when the folder does not allow it (a version may then read a newer file mid-swap)."""
    inode = release.stat().st_ino
    pinned = release.with_name(f".{release.name}.{inode}.serving")
    try:
        if not pinned.exists():
            os.link(release, pinned)
    except OSError as error:
        log.warning("cannot pin %s (%s); serving it by its name", release, error)
        return release
    if pinned.stat().st_ino != release.stat().st_ino:  # replaced meanwhile: try again
        pinned.unlink(missing_ok=True)
        return pin(release)
    return pinned


def unpin_all(release: Path) -> None:
    """Remove pins left by an earlier run that did not end cleanly."""
    for stale in release.parent.glob(f".{release.name}.*.serving"):
        stale.unlink(missing_ok=True)


def serve_release(ds: Datasette, release: Path) -> bool:
    """Make (a pin of) `release` the database Datasette serves as `release`, replacing any
    other (one assignment of Datasette's database list: a request sees the old list or the
    new), if it is a complete release; whether it did. The pin is removed once the version
    is no longer referenced."""
    path = pin(release)
    if not is_complete_release(path):
        if path != release:
            path.unlink(missing_ok=True)
        return False
    database = ReleaseDatabase(ds, path)
    if path != release:
        weakref.finalize(database, path.unlink, missing_ok=True)
    database.name = database.route = DATABASE_NAME
    databases = {name: db for name, db in ds.databases.items() if name.startswith("_")}
    databases[DATABASE_NAME] = database
    ds.databases = databases
    return True


def plugin_settings(private: Path, secure_cookies: bool = False) -> dict[str, Any]:
    """Casebook's plugin configuration: the private database (opened read-only for logins
    and tokens) and whether the login cookie is Secure (behind HTTPS)."""
    return {"private_database": str(private), "secure_cookies": secure_cookies}


def served_metadata(
    release: Path, metadata_file: Path | None, settings: dict[str, Any]
) -> dict[str, Any]:
    """What Datasette is started with: the deployment's metadata file, the release's own
    metadata (descriptions and canned queries it carries) and the plugin's configuration."""
    metadata = merged(read_base(metadata_file), DATABASE_NAME, stored(release))
    metadata.setdefault("plugins", {})[PLUGIN] = settings
    return metadata


def build_datasette(
    release: Path,
    private: Path,
    instance: Path,
    metadata_file: Path | None,
    *,
    secure_cookies: bool = False,
) -> Datasette:
    """A Datasette serving `release` immutably, described by the release itself, with
    Casebook's plugin configured for the private database's logins."""
    unpin_all(release)
    ds = Datasette(
        immutables=[str(release)],
        metadata=served_metadata(release, metadata_file, plugin_settings(private, secure_cookies)),
        settings=SETTINGS,
        secret=secret_key(instance, "datasette.key"),
    )
    if not serve_release(ds, release):
        raise ValueError(f"{release} is not a complete Casebook release")
    return ds


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def is_complete_release(path: Path) -> bool:
    """Whether the file is a finished release: it opens, and its build record (written last)
    is there. A file still being copied into place fails this and is not served."""
    try:
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            conn.execute("PRAGMA quick_check(1)").fetchone()
            return conn.execute("SELECT count(*) FROM _release").fetchone()[0] == 1
        finally:
            conn.close()
    except sqlite3.Error:
        return False


class ReleaseFollower:
    """Watches the release file and serves each new, complete version of it.

    A new file is served once it has looked the same on two checks in a row (a file copied
    into place rather than renamed is still growing) and passes `is_complete_release`."""

    def __init__(
        self,
        ds: Datasette,
        release: Path,
        refresh_metadata: Callable[[], dict[str, Any]] | None = None,
        interval: float = 0.5,
    ) -> None:
        self.ds, self.release, self.interval = ds, release, interval
        self.refresh_metadata = refresh_metadata
        self.served = _signature(release)
        self._seen: tuple[int, int, int] | None = self.served
        self._stop = threading.Event()

    def check(self) -> bool:
        """Serve the release file if it has changed and is complete; whether it did."""
        current = _signature(self.release)
        if current is None or current == self.served:
            self._seen = current
            return False
        if current != self._seen:  # changed since the last look: wait until it settles
            self._seen = current
            return False
        self.served = current
        metadata = self.refresh_metadata() if self.refresh_metadata is not None else None
        if not serve_release(self.ds, self.release):
            log.warning("%s is not a complete release; the previous one stays", self.release)
            return False
        if metadata is not None:
            self.ds._metadata_local = metadata
        log.info("now serving the release built at %s", self.release)
        return True

    def run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.check()
            except Exception:  # never let the watcher die: the previous release stays served
                log.exception("could not check %s for a new release", self.release)

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.run, name="casebook-release-follower", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
