"""A response's history for the study lead: every save, who made it and when, and each
answer it changed, before and after (read from the audit log).

Routes
    GET /responses/<uuid>/history       admins only; linked from the response's page
"""

from __future__ import annotations

from typing import Any

from flask import abort, render_template

from app.access import roles
from app.db import get_db
from app.instruments.registry import get_instrument
from app.response_history import response_history
from app.responses import ResponseNotFound, get_response
from app.views.collect import bp
from app.views.collect.about import describe


@bp.route("/responses/<response_uuid>/history")
@roles("admin")
def history(response_uuid: str) -> Any:
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        abort(404)
    instrument = get_instrument(db, response["instrument"], response["version"])
    saves = list(reversed(response_history(db, response["uuid"], instrument)))
    return render_template(
        "casebook/collect/history.html",
        saves=saves,
        **describe(response, instrument),
    )
