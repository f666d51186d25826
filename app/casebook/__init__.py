"""Casebook: versioned interview guides and observation checklists, field collection that
never loses a keystroke, and de-identified releases for analysts.

`create_app()` builds the stand-alone site; `Casebook(app)` mounts it in a host Flask app."""

from __future__ import annotations

from typing import Any

from flask import Flask

from casebook.extension import Casebook
from casebook.paths import instance_folder, secret_key
from casebook.security_headers import add_security_headers

__all__ = ["Casebook", "create_app"]


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The stand-alone Casebook site, with its secret key kept in the instance folder."""
    instance = instance_folder()
    app = Flask(__name__, instance_path=str(instance), static_folder=None)
    app.config["SECRET_KEY"] = secret_key(instance)
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config.update(config or {})
    Casebook(app)
    # The whole site is Casebook's: its headers also on pages no view answers (404s).
    app.after_request(add_security_headers)
    return app
