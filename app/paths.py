"""Where Casebook keeps things: the instance folder (database, keys) and the instruments folder.

`./instance` and `./instruments` unless CASEBOOK_INSTANCE / CASEBOOK_INSTRUMENTS name others."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

DATABASE_FILE = "casebook.db"
SECRET_KEY_FILE = "secret.key"


def instance_folder() -> Path:
    """The instance folder, created on first use."""
    folder = Path(os.environ.get("CASEBOOK_INSTANCE") or "instance").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def instruments_folder() -> Path:
    return Path(os.environ.get("CASEBOOK_INSTRUMENTS") or "instruments").resolve()


def secret_key(folder: Path, name: str = SECRET_KEY_FILE) -> str:
    """A random key kept in the instance folder (created once, readable by the owner only)."""
    path = folder / name
    if not path.exists():
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
