"""The study dashboard: the collector's own drafts ("My drafts", with where each stopped),
and cases by wave, with what is done, in draft and missing, as a picture and a table."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, redirect, render_template, url_for

from casebook.access import ALL_ROLES, COLLECTORS, roles
from casebook.config import datasette_url
from casebook.db import get_db
from casebook.drafts import my_drafts
from casebook.language import reading_language
from casebook.progress import Cell, study_progress
from casebook.progress_chart import progress_chart
from casebook.request_context import current_user
from casebook.study import list_cases, waves
from casebook.views.collect.about import local_time

bp = Blueprint("dashboard", __name__)


@bp.route("/")
@roles(*ALL_ROLES)
def index() -> Any:
    user = current_user()
    if user["role"] not in COLLECTORS:
        return redirect(url_for("casebook.dashboard.analyst"))
    db = get_db()
    cases, study_waves, progress = list_cases(db), waves(db), study_progress(db)
    return render_template(
        "casebook/dashboard.html",
        cases=cases,
        waves=study_waves,
        progress=progress,
        chart=progress_chart(cases, study_waves, progress),
        empty=Cell(),
        drafts=my_drafts(db, user["id"], reading_language()),
        local_time=local_time,
    )


@bp.route("/analyst")
@roles("analyst")
def analyst() -> Any:
    """Analysts work only with the de-identified release, never with this private side."""
    return render_template("casebook/analyst.html", datasette_url=datasette_url())
