"""Casebook's configuration: Flask config is the only source.

The extension reads every setting from `app.config` and fills in what is missing with
defaults under `app.instance_path` (the private database) without creating anything there;
the instance folder is created, owner-only, when something is first written to it. Only the
stand-alone app (`casebook.create_app`, which the `casebook` command builds) reads
environment variables, and only into its config (`from_environment`).

Keys: CASEBOOK_URL_PREFIX, CASEBOOK_DATABASE, CASEBOOK_INSTRUMENTS, CASEBOOK_MAX_BODY,
CASEBOOK_AUTOSAVE_SECONDS, CASEBOOK_SECURE_COOKIES, CASEBOOK_DATASETTE_METADATA,
CASEBOOK_DATASETTE_URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Config, Flask, current_app

from casebook.private_files import private_folder

PREFIX = "CASEBOOK"
DATABASE_FILE = "casebook.db"
DEFAULT_DATASETTE_URL = "http://127.0.0.1:8001/release"
# Read by the one command that needs it, never kept in config.
NOT_CONFIG = {"CASEBOOK_ADMIN_PASSWORD"}


def apply_defaults(app: Flask) -> None:
    """Fill in the settings the host (or the stand-alone app) left out; nothing is created."""
    instance = Path(app.instance_path)
    app.config.setdefault("CASEBOOK_URL_PREFIX", "")
    app.config.setdefault("CASEBOOK_DATABASE", str(instance / DATABASE_FILE))
    app.config.setdefault("CASEBOOK_INSTRUMENTS", str(instance / "instruments"))
    app.config.setdefault("CASEBOOK_MAX_BODY", 2 * 1024 * 1024)
    app.config.setdefault("CASEBOOK_AUTOSAVE_SECONDS", 2)
    app.config.setdefault("CASEBOOK_SECURE_COOKIES", False)
    app.config.setdefault("CASEBOOK_DATASETTE_METADATA", None)
    # Where analysts open the release: `casebook datasette` serves it there by default.
    app.config.setdefault("CASEBOOK_DATASETTE_URL", DEFAULT_DATASETTE_URL)


def from_environment(root: str) -> dict[str, Any]:
    """Every CASEBOOK_* environment variable as a config key of the same name, its value
    parsed as Flask's `from_prefixed_env` does (JSON where it parses: `1`, `true`)."""
    found = Config(root)
    found.from_prefixed_env(PREFIX)
    settings = {f"{PREFIX}_{key}": value for key, value in found.items()}
    return {key: value for key, value in settings.items() if key not in NOT_CONFIG}


def database_path(app: Flask | None = None) -> Path:
    """Where the private database is: the one answer for the app, the commands and the
    release builder."""
    return Path((app or current_app).config["CASEBOOK_DATABASE"])


def instruments_path(app: Flask | None = None) -> Path:
    """The instruments folder (with study.yaml)."""
    return Path((app or current_app).config["CASEBOOK_INSTRUMENTS"])


def instance_folder(app: Flask | None = None) -> Path:
    """The app's instance folder (keys, releases, logs), created owner-only (0700) now if it
    is not there yet: call it when about to write there."""
    return private_folder(Path((app or current_app).instance_path))


def secure_cookies(app: Flask | None = None) -> bool:
    return bool((app or current_app).config.get("CASEBOOK_SECURE_COOKIES"))


def datasette_metadata(app: Flask | None = None) -> Path | None:
    """The deployment's own Datasette metadata (title, licence, facets), if configured."""
    value = (app or current_app).config.get("CASEBOOK_DATASETTE_METADATA")
    return Path(value) if value else None


def datasette_url(app: Flask | None = None) -> str:
    """The address of the release in Datasette, for the analyst's page to link to."""
    return str((app or current_app).config.get("CASEBOOK_DATASETTE_URL") or DEFAULT_DATASETTE_URL)
