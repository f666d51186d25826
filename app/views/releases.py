"""What the study lead prepares before a data release: places whose names must be removed
from free text, and the review of words that look like names but are not registered."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import InputRequired, Length, Optional

from app import places
from app.access import roles
from app.db import get_db
from app.release import reviews
from app.study import StudyError
from app.views.study import actor

bp = Blueprint("releases", __name__)


class PlaceForm(FlaskForm):
    name = StringField(
        "Name of the place",
        validators=[InputRequired(), Length(max=200)],
        description="A clinic, ward, day centre or small village.",
    )
    aliases = StringField(
        "Other names",
        validators=[Optional()],
        description="Comma-separated: short names, spellings, nicknames.",
    )


@bp.route("/places", methods=["GET", "POST"])
@roles("admin")
def place_list() -> Any:
    form = PlaceForm()
    if form.validate_on_submit():
        aliases = [a.strip() for a in (form.aliases.data or "").split(",")]
        try:
            places.add_place(get_db(), form.name.data, aliases, actor())
        except StudyError as error:
            form.name.errors.append(error.fields.get("name", str(error)))
        else:
            flash(f"{form.name.data} will be removed from free text in every release.")
            return redirect(url_for(".place_list"))
    return render_template("casebook/places.html", form=form, places=places.list_places(get_db()))


@bp.route("/reviews")
@roles("admin")
def review_list() -> Any:
    db = get_db()
    return render_template(
        "casebook/reviews.html",
        pending=reviews.review_list(db, "pending"),
        decided=reviews.review_list(db, "name") + reviews.review_list(db, "safe"),
    )


@bp.route("/reviews/decide", methods=["POST"])
@roles("admin")
def decide() -> Any:
    word, decision = request.form.get("word", ""), request.form.get("decision", "")
    try:
        reviews.decide(get_db(), word, decision, actor())
    except LookupError:
        abort(404)
    except ValueError:
        abort(400)
    flash(f"“{word}” marked as {'a name to remove' if decision == 'name' else 'safe'}.")
    return redirect(url_for(".review_list"))
