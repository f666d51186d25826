"""Casebook: versioned interview guides and observation checklists, field collection that
never loses a keystroke, and de-identified releases for analysts.

`create_app()` builds the stand-alone site; `Casebook(app)` mounts it in a host Flask app."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from casebook.config import from_environment
from casebook.extension import Casebook
from casebook.paths import secret_key
from casebook.private_files import private_folder
from casebook.security_headers import add_security_headers
from casebook.sessions import CookieSessions

__all__ = ["Casebook", "create_app"]


class Site(Flask):
    """The stand-alone site. Its secret key is kept in the instance folder and made there
    when a request first needs it, so building the app (every `casebook` command does)
    writes nothing: `casebook restore` finds an empty instance still empty."""

    @property  # type: ignore[override]
    def secret_key(self) -> str | bytes | None:
        if not self.config.get("SECRET_KEY"):
            self.config["SECRET_KEY"] = secret_key(private_folder(Path(self.instance_path)))
        return self.config["SECRET_KEY"]

    @secret_key.setter
    def secret_key(self, value: str | bytes | None) -> None:
        self.config["SECRET_KEY"] = value


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The stand-alone Casebook site (what the `casebook` command builds).

    The only place Casebook reads its environment: every CASEBOOK_* variable becomes the
    config key of the same name (`config` wins over them). CASEBOOK_INSTANCE names the
    instance folder (default ./instance), which holds the database and the secret key;
    the instruments folder defaults to ./instruments and Datasette's metadata file to
    ./datasette-metadata.json."""
    settings = {**from_environment(os.getcwd()), **(config or {})}
    instance = Path(settings.pop("CASEBOOK_INSTANCE", None) or "instance").resolve()
    app = Site(__name__, instance_path=str(instance), static_folder=None)
    app.session_interface = CookieSessions()
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["CASEBOOK_INSTRUMENTS"] = str(Path("instruments").resolve())
    app.config["CASEBOOK_DATASETTE_METADATA"] = str(Path("datasette-metadata.json").resolve())
    app.config.update(settings)
    Casebook(app)
    # The whole site is Casebook's: its headers also on pages no view answers (404s).
    app.after_request(add_security_headers)
    return app
