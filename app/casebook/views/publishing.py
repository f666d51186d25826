"""Publishing from the web app (admin): what is waiting for review, the release analysts have
now, and a Publish button that builds the release in a worker process (`casebook.release.runs`)
while the page shows its progress; then the summary, or the reasons it was refused, with the
override: publishing words that await review, with a reason, as an explicit, recorded act."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import TextAreaField
from wtforms.validators import Length, Optional

from casebook.access import roles
from casebook.config import database_path, instance_folder
from casebook.db import get_db
from casebook.i18n import _, _l
from casebook.release import reviews
from casebook.request_context import actor
from casebook.views.blueprints import releases as bp
from casebook.wording import stage_text

if TYPE_CHECKING:
    from casebook.release.publishing import ReleasePaths

# The release machinery (`casebook.release.runs` and the build it starts) brings in the
# redactor, whose patterns take seconds to compile. It is imported by the pages that use it,
# not with the app: every `casebook` command that makes the app (users, init, tokens, ...)
# then starts in under a second, and `casebook serve` loads it before the first request
# (`casebook.commands.setup.serve`), so no admin waits for it on the publish page.

OVERRIDE_HELP = _l(
    "Publishing words that await review puts them in front of analysts as they are. Say why "
    "(e.g. “pilot for the team only; the listed words are ward names”): the reason, your "
    "name and the time go into the audit log, and the reason (redacted) into the release."
)


class OverrideForm(FlaskForm):
    reason = TextAreaField(
        _l("Why publish them unreviewed?"),
        validators=[Optional(), Length(max=500)],
        description=OVERRIDE_HELP,
    )


def release_paths() -> ReleasePaths:
    from casebook.release.publishing import ReleasePaths

    instruments = current_app.extensions["casebook"].instruments_path(current_app)
    return ReleasePaths.default(database_path(), instruments, instance_folder())


def current_release(path: Path) -> dict[str, Any] | None:
    """The build record of the release analysts have now (it holds no identifiers)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        try:
            row = conn.execute("SELECT * FROM _release").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return dict(row) if row else None


@bp.route("/releases")
@roles("admin")
def publish_page(form: OverrideForm | None = None) -> Any:
    from casebook.release import runs

    db = get_db()
    groups = reviews.pending_groups(db)
    return render_template(
        "casebook/publish.html",
        run=runs.latest_run(db),
        release=current_release(release_paths().out),
        waiting=len(groups),
        form=form or OverrideForm(),
    )


@bp.route("/releases/publish", methods=["POST"])
@roles("admin")
def publish() -> Any:
    form = OverrideForm()
    override = request.form.get("action") == "override"
    if not form.validate_on_submit():
        return publish_page(form), 422
    reason = (form.reason.data or "").strip() if override else None
    if override and not reason:
        form.reason.errors.append(_("Say why they can be published unreviewed."))
        return publish_page(form), 422
    from casebook.release import runs

    db = get_db()
    try:
        run_id = runs.start_run(db, actor(), reason)
    except runs.RunBusy as busy:
        flash(_("Not started: %(reason)s.", reason=busy))
        return redirect(url_for(".publish_page"))
    runs.launch(run_id, release_paths())
    return redirect(url_for(".publish_page", _anchor="run"))


@bp.route("/releases/runs/<int:run_id>")
@roles("admin")
def run_status(run_id: int) -> Any:
    """How a run is going, for the page to poll."""
    from casebook.release import runs

    run = runs.get_run(get_db(), run_id)
    if run is None:
        abort(404)
    keys = ("id", "status", "stage", "done", "total", "summary", "reasons", "unreviewed")
    return {**{key: run[key] for key in keys}, "progress": run_progress(run)}


def run_progress(run: dict[str, Any]) -> str:
    """ "Building the release: 3 of 12 responses.", in the reader's language."""
    return _(
        "%(stage)s: %(done)d of %(total)d responses.",
        stage=stage_text(run["stage"]),
        done=run["done"] or 0,
        total=run["total"] or 0,
    )
