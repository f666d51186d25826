"""A response's history for the study lead: every save, who made it and when, and each
answer it changed, before and after (read from the audit log).

Routes
    GET /responses/<uuid>/history       admins only; linked from the response's page
"""

from __future__ import annotations

from typing import Any

from flask import render_template

from casebook.access import roles
from casebook.db import get_db
from casebook.request_context import load_response
from casebook.response_history import response_history
from casebook.views.blueprints import collect as bp
from casebook.views.collect.about import describe


@bp.route("/responses/<response_uuid>/history")
@roles("admin")
def history(response_uuid: str) -> Any:
    response, instrument = load_response(response_uuid)  # admins may read every kind
    saves = list(reversed(response_history(get_db(), response["uuid"], instrument)))
    return render_template(
        "casebook/collect/history.html",
        saves=saves,
        **describe(response, instrument),
    )
