"""Importing Casebook costs no password hash (issue 14): every publish, each of its worker
processes and every benchmark step imports it, and one scrypt hash took 0.1-0.9 s of each."""

from __future__ import annotations

import subprocess
import sys

COUNT_HASHES = """
import werkzeug.security as security
made = []
real = security.generate_password_hash
security.generate_password_hash = lambda *a, **k: made.append(1) or real(*a, **k)
import casebook.release.build
print(len(made))
"""


def test_importing_casebook_hashes_no_password():
    out = subprocess.run(
        [sys.executable, "-c", COUNT_HASHES], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def test_an_unknown_name_is_still_checked_against_a_hash(app, db, monkeypatch):
    from casebook import accounts

    checked: list[str] = []
    real = accounts.check_password_hash
    monkeypatch.setattr(
        accounts, "check_password_hash", lambda h, p: checked.append(h) or real(h, p)
    )
    assert accounts.authenticate(db, "nobody-of-that-name", "a password") is None
    assert checked == [accounts.dummy_hash()]
