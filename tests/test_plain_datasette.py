"""Another Datasette in the same virtualenv as Casebook: Casebook's plugin is installed there
too (the `datasette` entry point), but without Casebook's plugin configuration it does
nothing at all. The Datasette serves its database to anyone, and its own bearer tokens
(datasette-auth-tokens, configured in its metadata) authenticate as usual."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

from tests.test_cli import _free_port, _wait_for

DATASETTE = str(Path(sys.executable).with_name("datasette"))
TOKEN = "a-token-of-this-other-datasette-0123456789"


def get(url: str, token: str | None = None) -> tuple[int, dict[str, str], str]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=5) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_a_plain_datasette_beside_casebook_serves_and_accepts_its_own_tokens(tmp_path):
    database = tmp_path / "birds.db"
    conn = sqlite3.connect(database)
    conn.execute("CREATE TABLE sightings (id INTEGER PRIMARY KEY, bird TEXT)")
    conn.execute("CREATE TABLE ringing (id INTEGER PRIMARY KEY, ring TEXT)")
    conn.executemany("INSERT INTO sightings (bird) VALUES (?)", [("wren",), ("robin",)])
    conn.execute("INSERT INTO ringing (ring) VALUES ('SE-1234')")
    conn.commit()
    conn.close()
    metadata = tmp_path / "metadata.json"
    metadata.write_text(
        json.dumps(
            {
                "plugins": {
                    "datasette-auth-tokens": {
                        "tokens": [{"token": TOKEN, "actor": {"id": "ringer"}}]
                    }
                },
                "databases": {"birds": {"tables": {"ringing": {"allow": {"id": "ringer"}}}}},
            }
        )
    )
    port = _free_port()
    server = subprocess.Popen(
        [DATASETTE, "serve", str(database), "-m", str(metadata), "-p", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/-/versions.json")
        status, headers, body = get(f"{base}/birds/sightings.json?_shape=array")
        assert status == 200, body
        assert [row["bird"] for row in json.loads(body)] == ["wren", "robin"]
        assert "content-security-policy" not in {k.lower() for k in headers}  # not Casebook's
        assert get(f"{base}/-/codebook")[0] == 404
        assert get(f"{base}/birds/ringing.json")[0] == 403  # its own rule: only the ringer
        status, _, body = get(f"{base}/-/actor.json", TOKEN)
        assert status == 200 and json.loads(body) == {"actor": {"id": "ringer"}}, body
        status, _, body = get(f"{base}/birds/ringing.json?_shape=array", TOKEN)
        assert status == 200 and json.loads(body) == [{"id": 1, "ring": "SE-1234"}], body
        assert get(f"{base}/birds/ringing.json", "not-a-token")[0] == 403
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert "RuntimeError" not in output and "casebook" not in output.lower(), output
