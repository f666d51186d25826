"""The study lead's side of a data release: places whose names must be removed from free text
(here), the review of words that look like names (`name_review`), and publishing
(`publishing`). Admins only."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import InputRequired, Length, Optional

from casebook import places
from casebook.access import roles
from casebook.db import get_db
from casebook.i18n import _, _l
from casebook.request_context import actor
from casebook.study import StudyError
from casebook.views.blueprints import releases as bp
from casebook.views.form_input import attach_errors, split_names


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
        aliases = split_names(form.aliases.data)
        try:
            places.add_place(get_db(), form.name.data, aliases, actor())
        except StudyError as error:
            attach_errors(form, error, fallback="name")
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
