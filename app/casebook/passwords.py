"""What a new password must be, wherever one is set (the command line, the web app, the
admin account `make run` creates): at least 12 characters, more than spaces, not the
username nor containing it, and not one of the 30,000 most common passwords, not even with
digits or punctuation added before or after it (the list and its source:
data/README.md). Passwords are never stored, only their scrypt hashes (accounts.py).
The reasons are in the reader's language on a web page, in English on the command line."""

from __future__ import annotations

import functools
import secrets
import string
from pathlib import Path

from casebook.i18n import _, _n

MIN_LENGTH = 12
MIN_DISTINCT = 5
COMMON_FILE = Path(__file__).parent / "data" / "common-passwords.txt"
# Stripped from both ends before looking a password up in the list: "Dragon!!2024" is
# "dragon" to anyone guessing.
_PADDING = string.digits + string.punctuation + string.whitespace


@functools.cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords, in lower case."""
    lines = COMMON_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip())


def password_problems(password: str, username: str = "") -> list[str]:
    """Why this password may not be used by this account; empty when it may."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(
            _n(
                "it must have at least %(num)d character",
                "it must have at least %(num)d characters",
                MIN_LENGTH,
            )
        )
    if not password.strip():
        problems.append(_("it must have something other than spaces"))
        return problems
    folded, name = password.casefold(), username.strip().casefold()
    if name and (folded == name or (len(name) >= 3 and name in folded)):
        problems.append(_("it must not contain the username"))
    if len(set(folded)) < MIN_DISTINCT:
        problems.append(
            _n(
                "it must use at least %(num)d different character",
                "it must use at least %(num)d different characters",
                MIN_DISTINCT,
            )
        )
    core = folded.strip(_PADDING)
    common = common_passwords()
    if folded.strip() in common or (len(core) >= 4 and core in common):
        problems.append(_("it is one of the most common passwords"))
    return problems


def generate_password(username: str = "") -> str:
    """A random password (20 characters, about 120 bits) that meets the rules above."""
    while True:
        password = secrets.token_urlsafe(15)
        if not password_problems(password, username):
            return password
