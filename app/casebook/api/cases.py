"""Cases in the JSON API: list them, and add one by a code that is not yet used."""

from __future__ import annotations

import sqlite3
from typing import Any

from flask import url_for

from casebook import study
from casebook.access import COLLECTORS, roles
from casebook.api.blueprint import bp
from casebook.api.body import json_body
from casebook.api.errors import ApiError, detail, invalid
from casebook.api.fields import Fields
from casebook.db import get_db
from casebook.request_context import actor


def _case(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "code": row["code"],
        "label": row["label"] or "",
        "created_at": row["created_at"],
        "participants": row.get("participants", 0),
    }


@bp.route("/cases")
@roles(*COLLECTORS)
def cases() -> Any:
    return [_case(row) for row in study.list_cases(get_db())]


@bp.route("/cases", methods=["POST"])
@roles("admin")
def create_case() -> Any:
    """A new case: 201; a code already used: 409 with the existing case."""
    fields = Fields(json_body(), {"code", "label"})
    code = fields.text("code", required=True, max_length=20)
    label = fields.text("label", max_length=200, nullable=True) or ""
    fields.done()
    db = get_db()
    existing = study.case_by_code(db, code.strip())
    if existing is None:
        try:
            case_id = study.create_case(db, code, label, actor())
        except study.StudyError as error:
            raise invalid([detail(k, v) for k, v in error.fields.items()]) from None
        except sqlite3.IntegrityError:  # the same code created at the same moment
            existing = study.case_by_code(db, code.strip())
        else:
            row = study.get_case(db, case_id) | {"participants": 0}
            headers = {"Location": url_for(".cases")}
            return _case(row), 201, headers
    raise ApiError(
        409,
        "conflict",
        f"The code {code.strip()!r} is already used by a case.",
        [detail("code", "already used by another case")],
        current=_case(existing | {"participants": _count(existing["id"])}),
    )


def _count(case_id: int) -> int:
    return len(study.participants_of(get_db(), case_id))
