"""Name review in the web app: the study lead decides, group by group, whether words that look
like names are names (removed from every release from then on) or safe. Every form of one
word is decided at once; the page shows its count, several contexts from the redacted text
and what is left. Works with plain form posts; with JavaScript, decisions are sent in the
background and the keyboard (N, S) decides the group in focus."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for

from casebook.access import roles
from casebook.db import get_db
from casebook.i18n import _, _n
from casebook.release import reviews
from casebook.request_context import actor
from casebook.views.blueprints import releases as bp


@bp.route("/reviews")
@roles("admin")
def review_list() -> Any:
    db = get_db()
    groups = reviews.pending_groups(db)
    return render_template(
        "casebook/reviews.html",
        groups=groups,
        left=_left(groups),
        decided=reviews.review_list(db, "name") + reviews.review_list(db, "safe"),
    )


def left_text(left: dict[str, int]) -> str:
    """What is left to review, as the page says it."""
    if not left["groups"]:
        return _("Nothing is waiting for review.")
    return " ".join(
        (
            _n("%(num)d word left to review", "%(num)d words left to review", left["groups"]),
            "(" + _n("%(num)d form", "%(num)d forms", left["words"]) + ",",
            _n(
                "%(num)d occurrence in the notes",
                "%(num)d occurrences in the notes",
                left["occurrences"],
            )
            + ").",
        )
    )


def _left(groups: list[reviews.WordGroup]) -> dict[str, int]:
    return {
        "groups": len(groups),
        "words": sum(len(g.words) for g in groups),
        "occurrences": sum(g.occurrences for g in groups),
    }


@bp.route("/reviews/decide", methods=["POST"])
@roles("admin")
def decide() -> Any:
    """Decide every form sent (`words`, or one `word`) as `decision` (name or safe)."""
    words = request.form.getlist("words") or [request.form.get("word", "")]
    decision = request.form.get("decision", "")
    words = [w for w in words if w]
    db = get_db()
    try:
        reviews.decide_words(db, words, decision, actor())
    except LookupError:
        abort(404)
    except ValueError:
        abort(400)
    listed = "“" + "”, “".join(words) + "”"
    if decision == "name":
        message = _("%(words)s marked as a name to remove.", words=listed)
    else:
        message = _("%(words)s marked as safe.", words=listed)
    if request.accept_mimetypes.best == "application/json":
        left = _left(reviews.pending_groups(db))
        return {"message": message, "left": left, "left_text": left_text(left)}
    flash(message)
    return redirect(url_for(".review_list"))
