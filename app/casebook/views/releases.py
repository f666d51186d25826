"""The study lead's side of a data release: places whose names must be removed from free text
(here), the review of words that look like names (`name_review`), and publishing
(`publishing`). Admins only."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import InputRequired, Length, Optional

from casebook import places
from casebook.access import roles
from casebook.db import get_db
from casebook.i18n import _, _l
from casebook.study import StudyError
from casebook.views.study import actor

bp = Blueprint("releases", __name__)


class PlaceForm(FlaskForm):
    name = StringField(
        _l("Name of the place"),
        validators=[InputRequired(), Length(max=200)],
        description=_l("A clinic, ward, day centre or small village."),
    )
    aliases = StringField(
        _l("Other names"),
        validators=[Optional()],
        description=_l("Comma-separated: short names, spellings, nicknames."),
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
            for name, message in error.fields.items():
                getattr(form, name, form.name).errors.append(message)
        else:
            flash(
                _(
                    "%(place)s will be removed from free text in every release.",
                    place=form.name.data,
                )
            )
            return redirect(url_for(".place_list"))
    return render_template("casebook/places.html", form=form, places=places.list_places(get_db()))


# The name review and publishing add their routes to `bp` (modules of their own).
from casebook.views import name_review, publishing  # noqa: E402, F401
