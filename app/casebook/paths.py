"""Where Casebook keeps things: the instance folder (database, keys) and the instruments folder.

`./instance` and `./instruments` unless CASEBOOK_INSTANCE / CASEBOOK_INSTRUMENTS name others."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from casebook.private_files import create_once, private_file, private_folder

DATABASE_FILE = "casebook.db"
SECRET_KEY_FILE = "secret.key"


def instance_folder() -> Path:
    """The instance folder, created on first use, readable by its owner only (0700)."""
    folder = Path(os.environ.get("CASEBOOK_INSTANCE") or "instance").resolve()
    return private_folder(folder)


def instruments_folder() -> Path:
    return Path(os.environ.get("CASEBOOK_INSTRUMENTS") or "instruments").resolve()


def secret_key(folder: Path, name: str = SECRET_KEY_FILE) -> str:
    """A random key kept in the instance folder (created once, readable by the owner only)."""
    path = folder / name
    if not create_once(path, secrets.token_hex(32)):
        private_file(path)  # narrow a key file written by an older Casebook
    return path.read_text().strip()
