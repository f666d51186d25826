"""The `casebook` command as a user runs it: a real console script in a fresh instance."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_INSTRUMENTS
from tests.ports import free_port as _free_port

CASEBOOK = str(Path(sys.executable).with_name("casebook"))


@pytest.fixture
def env(tmp_path):
    return {
        **os.environ,
        "CASEBOOK_INSTANCE": str(tmp_path / "instance"),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
    }


def run(env, *args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CASEBOOK, *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )


def test_init_is_idempotent_and_registers_the_bundled_instruments(env):
    first = run(env, "init")
    second = run(env, "init")
    assert first.returncode == second.returncode == 0, first.stderr
    assert "Instruments added: meeting-observation v1" in first.stdout
    assert "Migrations applied: none" in second.stdout
    assert "Instruments unchanged" in second.stdout
    listing = run(env, "instruments", "list")
    assert "patient-interview" in listing.stdout and "v2" in listing.stdout


def test_commands_before_init_say_what_to_do(env):
    result = run(env, "users", "list")
    assert result.returncode == 1
    assert "casebook init" in result.stderr and "Traceback" not in result.stderr


def test_users_add_with_password_on_stdin_and_refusals(env):
    run(env, "init")
    added = run(
        env,
        "users",
        "add",
        "ingrid",
        "--role",
        "interviewer",
        "--password-stdin",
        stdin="a long enough password\n",
    )
    assert added.returncode == 0, added.stderr
    again = run(
        env,
        "users",
        "add",
        "ingrid",
        "--role",
        "observer",
        "--password-stdin",
        stdin="a long enough password\n",
    )
    assert again.returncode == 1 and "already an account" in again.stderr
    weak = run(env, "users", "add", "olle", "--role", "observer", "--password-stdin", stdin="x\n")
    assert weak.returncode == 1 and "at least 12 characters" in weak.stderr
    wrong_role = run(env, "users", "add", "olle", "--role", "boss", "--password-stdin", stdin="x\n")
    assert wrong_role.returncode == 2 and "interviewer" in wrong_role.stderr
    assert "ingrid" in run(env, "users", "list").stdout


def test_ensure_admin_prints_a_password_once(env):
    run(env, "init")
    env = {k: v for k, v in env.items() if k != "CASEBOOK_ADMIN_PASSWORD"}
    first = run(env, "users", "ensure-admin")
    assert "Password:" in first.stdout
    second = run(env, "users", "ensure-admin")
    assert "Password:" not in second.stdout and "admin" in second.stdout


def test_demo_fills_an_empty_study_once(env):
    run(env, "init")
    first = run(env, "demo", "--if-empty")
    assert first.returncode == 0, first.stderr
    assert "3 cases" in first.stdout
    second = run(env, "demo", "--if-empty")
    assert "no demo data added" in second.stdout


def test_diff_lists_added_removed_and_changed_items(env):
    result = run(env, "instruments", "diff", "patient-interview", "1", "2")
    assert result.returncode == 0, result.stderr
    assert "+ group_helpfulness (added)" in result.stdout
    assert "~ own_goals (label changed)" in result.stdout
    assert "-" in result.stdout


def test_schema_command_prints_the_generated_schema(env):
    import json

    schema = json.loads(run(env, "instruments", "schema").stdout)
    assert schema["title"] == "Casebook instrument"


def test_serve_runs_waitress_and_the_login_works(env):
    run(env, "init")
    run(
        env,
        "users",
        "add",
        "lead",
        "--role",
        "admin",
        "--password-stdin",
        stdin="a long enough password\n",
    )
    port = _free_port()
    server = subprocess.Popen(
        [CASEBOOK, "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page, server_header = _wait_for(f"http://127.0.0.1:{port}/login")
        assert "Log in to Casebook" in page
        assert server_header == "Casebook"  # waitress's ident; the dev server says Werkzeug
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert f"http://127.0.0.1:{port}/" in output


def _wait_for(url: str) -> tuple[str, str]:
    """Until a server that is starting answers `url`: polled often (a refused connection costs
    nothing), and given a minute, since a start takes several seconds on a busy machine."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return response.read().decode(), response.headers["Server"]
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_datasette_serves_the_release_to_analysts_only(env, tmp_path):
    import json
    import urllib.error

    run(env, "init")
    run(env, "demo")
    run(
        env,
        "users",
        "add",
        "ana",
        "--role",
        "analyst",
        "--password-stdin",
        stdin="a long enough password\n",
    )
    assert run(env, "publish").returncode == 0
    token = run(env, "tokens", "create", "ana").stdout.strip().splitlines()[-1]
    port = _free_port()
    metadata = Path(__file__).resolve().parent.parent / "datasette-metadata.json"
    server = subprocess.Popen(
        [CASEBOOK, "datasette", "--port", str(port)],
        env={**env, "CASEBOOK_DATASETTE_METADATA": str(metadata)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        page, _ = _wait_for(f"{base}/-/casebook-login")
        assert "Log in to the study" in page
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/release.json", timeout=5)
        assert refused.value.code == 401
        request = urllib.request.Request(
            f"{base}/release/responses.json?_shape=array",
            headers={"Authorization": f"Bearer {token}"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            rows = json.loads(response.read())
        assert rows and all(row["participant"] is None or "-" in row["participant"] for row in rows)
    finally:
        server.terminate()
        server.communicate(timeout=10)
