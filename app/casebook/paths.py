"""Keys Casebook keeps in the instance folder (which folder that is comes from the app's
config: `casebook.config.instance_folder`)."""

from __future__ import annotations

import secrets
from pathlib import Path

from casebook.private_files import create_once, private_file

SECRET_KEY_FILE = "secret.key"


def secret_key(folder: Path, name: str = SECRET_KEY_FILE) -> str:
    """A random key kept in the instance folder (created once, readable by the owner only)."""
    path = folder / name
    if not create_once(path, secrets.token_hex(32)):
        private_file(path)  # narrow a key file written by an older Casebook
    return path.read_text().strip()
