"""A response's history for the study lead: every save, who made it and when, and each
answer it changed, before and after (read from the audit log).

Routes
    GET /responses/<uuid>/history       admins only; linked from the response's page
"""

from __future__ import annotations

from typing import Any

from flask import abort, render_template

from casebook.access import roles
from casebook.db import get_db
from casebook.instruments.registry import get_instrument
from casebook.response_history import response_history
from casebook.responses import ResponseNotFound, get_response
from casebook.views.collect import bp
from casebook.views.collect.about import describe


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
