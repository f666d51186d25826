"""`casebook backup` while a real `casebook serve` takes saves, and `casebook restore`: every
save acknowledged before the backup started is in the restored database; a backup that does
not match its manifest, fails SQLite's integrity check or comes from a newer schema is
refused; a live database is replaced only with --force and kept aside."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import tarfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.test_cli import CASEBOOK, _free_port, _wait_for, env, run  # noqa: F401 (fixture)


def api(base: str, token: str, method: str, path: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode(),
        method=method,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def cli(variables: dict, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`casebook ARGS` in this process (as `run` does in a new one), for speed."""
    from casebook.cli import main
    from click.testing import CliRunner

    result = CliRunner().invoke(main, list(args), input=stdin, env=variables)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


class Writer(threading.Thread):
    """Saves a new meeting observation after another (each on its own date, so none is a
    duplicate) and records when each was acknowledged."""

    def __init__(self, base: str, token: str, case_id: int) -> None:
        super().__init__(daemon=True)
        self.base, self.token, self.case_id = base, token, case_id
        self.acknowledged: list[tuple[float, str, str]] = []  # (when, uuid, notes)
        self.failures: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        day = dt.date(2026, 1, 1)
        number = 0
        while not self.stop.is_set():
            number += 1
            key, notes = str(uuid.uuid4()), f"save number {number}"
            body = {
                "instrument": "meeting-observation",
                "version": 1,
                "case": self.case_id,
                "wave": "baseline",
                "date": (day + dt.timedelta(days=number)).isoformat(),
                "status": "draft",
                "answers": {"process_scores": {"support": {"evidence": notes}}},
            }
            try:
                status, reply = api(self.base, self.token, "PUT", f"/api/v1/responses/{key}", body)
            except OSError as error:
                self.failures.append(str(error))
                continue
            if status == 201:
                self.acknowledged.append((time.monotonic(), key, notes))
            else:
                self.failures.append(f"{status} {reply}")


@pytest.fixture
def instance(env):  # noqa: F811
    assert cli(env, "init").returncode == 0
    add = cli(env, "users", "add", "lead", "--role", "admin", "--password-stdin", stdin=PASSWORD)
    assert add.returncode == 0, add.stderr
    from casebook.paths import secret_key
    from casebook.pseudonyms import release_key

    folder = Path(env["CASEBOOK_INSTANCE"])
    release_key(folder)  # as the first `casebook publish` does
    secret_key(folder)  # as the first `casebook serve` does
    return folder


def test_backup_under_write_load_restores_every_acknowledged_save(env, instance, tmp_path):  # noqa: F811
    token = cli(env, "tokens", "create", "lead").stdout.strip().splitlines()[-1]
    port = _free_port()
    server = subprocess.Popen(
        [CASEBOOK, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    writer = None
    try:
        _wait_for(f"{base}/login")
        status, case = api(base, token, "POST", "/api/v1/cases", {"code": "RG01", "label": "x"})
        assert status == 201, case
        writer = Writer(base, token, case["id"])
        writer.start()
        deadline = time.monotonic() + 60
        while len(writer.acknowledged) < 40 and not writer.failures:  # busy saving
            assert time.monotonic() < deadline, "the server acknowledged too few saves"
            time.sleep(0.05)
        started = time.monotonic()
        made = run(env, "backup", str(tmp_path / "backup.tar.gz"))
        finished = time.monotonic()
        assert made.returncode == 0, made.stderr
        while len(writer.acknowledged) < 80 and not writer.failures:
            assert time.monotonic() < deadline + 60, "saving stopped after the backup"
            time.sleep(0.05)  # and it goes on saving after the backup
    finally:
        if writer is not None:
            writer.stop.set()
            writer.join(timeout=30)
        server.terminate()
        server.wait(timeout=10)
    assert not writer.failures, writer.failures[:3]
    before = [(key, notes) for when, key, notes in writer.acknowledged if when < started]
    during = [key for when, key, _ in writer.acknowledged if started <= when <= finished]
    print(f"{len(before)} saves acknowledged before the backup, {len(during)} while it ran")
    assert len(before) >= 40

    elsewhere = {**env, "CASEBOOK_INSTANCE": str(tmp_path / "restored")}
    restored = cli(elsewhere, "restore", str(tmp_path / "backup.tar.gz"))
    assert restored.returncode == 0, restored.stderr
    database = tmp_path / "restored" / "casebook.db"
    conn = sqlite3.connect(database)
    stored = dict(
        conn.execute(
            "SELECT r.uuid, a.value FROM responses r JOIN answers a ON a.response_uuid = r.uuid"
        )
    )
    conn.close()
    missing = [key for key, _ in before if key not in stored]
    assert not missing, f"{len(missing)} acknowledged saves are missing"
    assert all(notes in stored[key] for key, notes in before)
    for name in ("secret.key", "release.key"):
        assert (tmp_path / "restored" / name).read_bytes() == (instance / name).read_bytes()
    assert cli(elsewhere, "users", "list").stdout.startswith("lead")


def _backup(env, tmp_path: Path, name: str = "backup") -> Path:  # noqa: F811
    made = cli(env, "backup", str(tmp_path / name))
    assert made.returncode == 0, made.stderr
    return tmp_path / name


def _rewrite_manifest(folder: Path, change=None) -> None:
    from casebook.backup import file_facts

    manifest = json.loads((folder / "manifest.json").read_text())
    if change:
        change(manifest)
    manifest["files"]["casebook.db"] = file_facts(folder / "casebook.db")
    (folder / "manifest.json").write_text(json.dumps(manifest))


def test_restore_refuses_a_backup_that_is_not_what_its_manifest_says(env, instance, tmp_path):  # noqa: F811
    elsewhere = {**env, "CASEBOOK_INSTANCE": str(tmp_path / "restored")}
    target = tmp_path / "restored" / "casebook.db"

    tampered = _backup(env, tmp_path, "tampered")
    key = (tampered / "release.key").read_text()
    (tampered / "release.key").write_text(("1" if key[0] == "0" else "0") + key[1:])
    refused = cli(elsewhere, "restore", str(tampered))
    assert refused.returncode == 1
    assert "release.key does not match its checksum in the manifest" in refused.stderr

    corrupt = _backup(env, tmp_path, "corrupt")
    conn = sqlite3.connect(corrupt / "casebook.db")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'users'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray((corrupt / "casebook.db").read_bytes())
    start = (root - 1) * size
    data[start + 8 : start + 40] = b"\xa5" * 32  # the users table's cell pointers
    (corrupt / "casebook.db").write_bytes(bytes(data))
    _rewrite_manifest(corrupt)
    refused = cli(elsewhere, "restore", str(corrupt))
    assert refused.returncode == 1
    assert "fails SQLite's integrity check" in refused.stderr, refused.stderr

    newer = _backup(env, tmp_path, "newer")
    conn = sqlite3.connect(newer / "casebook.db")
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('casebook', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    _rewrite_manifest(newer, lambda m: m["migrations"].append("m999_from_the_future"))
    refused = cli(elsewhere, "restore", str(newer))
    assert refused.returncode == 1
    assert "made by a newer Casebook (schema m999_from_the_future)" in refused.stderr

    extra = _backup(env, tmp_path, "extra")
    (extra / "notes.txt").write_text("x")
    refused = cli(elsewhere, "restore", str(extra))
    assert "notes.txt does not belong in a Casebook backup" in refused.stderr

    assert not target.exists()
    assert sorted(p.name for p in (tmp_path / "restored").iterdir()) == []


def test_restore_replaces_a_live_database_only_with_force_and_keeps_it(env, instance, tmp_path):  # noqa: F811
    archive = _backup(env, tmp_path, "backup.tar.gz")
    with tarfile.open(archive) as opened:
        members = {m.name: m for m in opened.getmembers()}
    assert set(members) == {"casebook.db", "manifest.json", "secret.key", "release.key"}
    assert all(m.mode == 0o600 and m.uname == "" for m in members.values())
    assert (
        cli(
            env, "users", "add", "late", "--role", "observer", "--password-stdin", stdin=PASSWORD
        ).returncode
        == 0
    )

    refused = cli(env, "restore", str(archive))
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert "late" in cli(env, "users", "list").stdout

    forced = cli(env, "restore", str(archive), "--force")
    assert forced.returncode == 0, forced.stderr
    assert "late" not in cli(env, "users", "list").stdout
    [aside] = instance.glob("replaced-*")
    kept = sqlite3.connect(aside / "casebook.db")
    assert kept.execute("SELECT count(*) FROM users WHERE username = 'late'").fetchone()[0] == 1
    kept.close()


def test_a_backup_never_overwrites_anything(env, instance, tmp_path):  # noqa: F811
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "x").write_text("x")
    refused = cli(env, "backup", str(tmp_path / "taken"))
    assert refused.returncode == 1 and "already exists" in refused.stderr
    assert sorted(p.name for p in (tmp_path / "taken").iterdir()) == ["x"]
