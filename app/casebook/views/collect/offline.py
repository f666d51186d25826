"""Casebook on the device: the service worker, the "On this device" page and the blank form
a response started offline opens in.

Routes
    GET /sw.js                                  the service worker, scoped to Casebook's prefix
    GET /device                                 "On this device": what the browser keeps here
    GET /responses/new/<instrument>/<version>   a blank form page for a response started on
                                                the device (cached when a start page is seen)

Every HTML page a logged-in collector gets carries `X-Casebook-User: <account id>`, which
tells the service worker whose cache the page belongs in (pages without it are never kept)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from flask import Response, abort, current_app, render_template, request, url_for

from casebook.access import COLLECTORS, may_collect, public, roles
from casebook.db import get_db
from casebook.forms import build_form
from casebook.instruments.registry import UnknownInstrument, get_instrument
from casebook.request_context import current_user
from casebook.views.blueprints import collect as bp
from casebook.views.collect.page import render_page

STATIC_DIR = "casebook"
NOT_KEPT = {"casebook.collect.device", "casebook.collect.service_worker", "casebook.auth.login"}


@bp.route("/sw.js")
@public
def service_worker() -> Any:
    """The service worker with its settings in front: needs no login (the browser fetches it
    to look for updates at any time) and holds no data."""
    files = _app_files()
    settings = {
        "version": _version(files),
        "scope": url_for("casebook.dashboard.index"),
        "staticPrefix": url_for("casebook.static", filename=f"{STATIC_DIR}/"),
        "files": [url_for("casebook.static", filename=f"{STATIC_DIR}/{f.name}") for f in files],
        "device": url_for(".device"),
        "store": url_for("casebook.static", filename=f"{STATIC_DIR}/store.js"),
    }
    script = (_static_folder() / "sw.js").read_text(encoding="utf-8")
    body = f"self.CASEBOOK_SW = {json.dumps(settings)};\n{script}"
    response = Response(body, mimetype="text/javascript")
    response.headers["Cache-Control"] = "no-cache"
    return response


def _static_folder() -> Path:
    return Path(current_app.blueprints["casebook"].static_folder) / STATIC_DIR


def _app_files() -> list[Path]:
    return sorted(f for f in _static_folder().iterdir() if f.is_file() and f.name != "sw.js")


def _version(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in [*files, _static_folder() / "sw.js"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@bp.route("/device")
@public
def device() -> Any:
    """What this browser keeps: filled in by device.js from the device's own storage. The
    page itself holds nothing about anyone (not even who is logged in), because the service
    worker keeps it for every account as the page to show when a page is not available
    offline."""
    return render_template("casebook/device.html", current_user=None)


@bp.route("/responses/new/<instrument_id>/<version>")
@roles(*COLLECTORS)
def blank(instrument_id: str, version: str) -> Any:
    """The form of one instrument version with nothing in it, for a response started on the
    device: its script finds the response in the device's storage (`?response=<uuid>`)."""
    if not version.isdigit():
        abort(404)
    try:
        instrument = get_instrument(get_db(), instrument_id, int(version))
    except UnknownInstrument:
        abort(404)
    if not may_collect(current_user()["role"], instrument.kind):
        abort(403)
    response = {
        "uuid": "__uuid__",
        "instrument": instrument.id,
        "version": instrument.version,
        "case": None,
        "participant": None,
        "wave": "",
        "date": None,
        "status": "draft",
        "revision": 0,
        "collector_id": current_user()["id"],
        "updated_at": None,
    }
    return render_page(response, instrument, build_form(instrument, {}), state="local")


@bp.after_app_request
def mark_whose_page(response: Response) -> Response:
    """Tell the service worker whose page this is (see the module's docstring)."""
    endpoint = request.endpoint or ""
    user = current_user()
    if (
        user is not None
        and user["role"] in COLLECTORS
        and endpoint.startswith("casebook.")
        and endpoint not in NOT_KEPT
        and response.mimetype == "text/html"
    ):
        response.headers["X-Casebook-User"] = str(user["id"])
        response.vary.add("Cookie")
    return response
