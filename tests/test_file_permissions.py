"""Whatever the umask, the instance folder is its owner's only (0700) and every file
Casebook writes there or for it is too (0600): the private database and its -wal/-shm files
while the app serves, releases, keys, logs and backups."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.test_cli import CASEBOOK, _free_port, _wait_for, env, run  # noqa: F401 (fixture)


def _permissive() -> None:
    os.umask(0)


def as_permissive(env, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:  # noqa: F811
    return subprocess.run(
        [CASEBOOK, *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_permissive,
    )


def modes(folder: Path) -> dict[str, int]:
    """Every folder and file under `folder` (itself included) and its permission bits."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def assert_private(folder: Path) -> None:
    wrong = {
        name: oct(mode)
        for name, mode in modes(folder).items()
        if mode != (0o700 if (folder / name).is_dir() else 0o600)
    }
    assert not wrong, wrong


def test_everything_casebook_writes_is_its_owners_only(env, tmp_path) -> None:  # noqa: F811
    instance = Path(env["CASEBOOK_INSTANCE"])
    assert as_permissive(env, "init").returncode == 0
    add = as_permissive(
        env, "users", "add", "lead", "--role", "admin", "--password-stdin", stdin=PASSWORD
    )
    assert add.returncode == 0, add.stderr
    assert as_permissive(env, "demo").returncode == 0
    published = as_permissive(env, "publish", "--allow-unreviewed", "permissions test")
    assert published.returncode == 0, published.stderr
    token = as_permissive(env, "tokens", "create", "lead").stdout.strip().splitlines()[-1]

    port = _free_port()
    server = subprocess.Popen(
        [CASEBOOK, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_permissive,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/login")
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/v1/cases",
            data=json.dumps({"code": "RG99", "label": "permissions"}).encode(),
            method="POST",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 201
        names = set(modes(instance))
        assert {"casebook.db-wal", "casebook.db-shm", "secret.key", "release.key"} <= names
        assert "release.db" in names
        assert_private(instance)  # while the server has the database open
        backups = tmp_path / "backups"
        assert as_permissive(env, "backup", str(backups / "folder")).returncode == 0
        assert as_permissive(env, "backup", str(backups / "archive.tar.gz")).returncode == 0
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert_private(instance)
    assert modes(backups / "folder") == {
        ".": 0o700,
        "casebook.db": 0o600,
        "manifest.json": 0o600,
        "secret.key": 0o600,
        "release.key": 0o600,
    }
    assert modes(backups)["archive.tar.gz"] == 0o600
    restored = as_permissive(env, "restore", str(backups / "archive.tar.gz"), "--force")
    assert restored.returncode == 0, restored.stderr
    assert_private(instance)  # the restored files and the replaced ones kept aside


def test_files_from_an_older_casebook_are_narrowed(tmp_path) -> None:
    from casebook.config import instance_folder
    from casebook.db import connect
    from casebook.paths import secret_key
    from flask import Flask

    folder = tmp_path / "instance"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    database = folder / "casebook.db"
    connect(database).close()
    for path in (database, folder / "secret.key"):
        path.touch()
        path.chmod(0o644)
    assert instance_folder(Flask("older", instance_path=str(folder))) == folder
    connect(database).close()
    secret_key(folder)
    assert_private(folder)


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_keys_and_logs_are_created_private_whatever_the_umask(tmp_path, umask) -> None:
    from casebook.paths import secret_key
    from casebook.private_files import open_private

    old = os.umask(umask)
    try:
        secret_key(tmp_path, "datasette.key")
        with open_private(tmp_path / "publish-review.log") as log:
            log.write("a line\n")
    finally:
        os.umask(old)
    assert modes(tmp_path) == {
        ".": modes(tmp_path)["."],
        "datasette.key": 0o600,
        "publish-review.log": 0o600,
    }
