"""The JSON API's blueprint. Each resource module adds its routes to `bp` and imports it from
here; the package (`casebook.api`) imports every module, so registering `bp` brings them all."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("api", "casebook.api")
URL_PREFIX = "/api/v1"
