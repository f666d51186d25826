"""Correcting the names of participants and contacts in the web app (admin and interviewer):
a page of its own for each, with the name, the other names and nicknames (and a contact's
relation); every change is audited by `casebook.renaming`."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import InputRequired, Length, Optional

from casebook import renaming, study
from casebook.access import FIELD_ROLES, roles
from casebook.db import get_db
from casebook.i18n import _, _l
from casebook.request_context import actor
from casebook.views.blueprints import study as bp
from casebook.views.form_input import attach_errors, split_names

NAMES_HELP = _l(
    "Comma-separated, each at least two letters. Every release removes the name and each of "
    "these from all notes: add the forms people actually use."
)


class NamesForm(FlaskForm):
    name = StringField(_l("Full name"), validators=[InputRequired(), Length(max=200)])
    aliases = StringField(
        _l("Other names and nicknames"), validators=[Optional()], description=NAMES_HELP
    )


class ContactNamesForm(NamesForm):
    relation = StringField(
        _l("Relation to the participant"), validators=[Optional(), Length(max=200)]
    )


@bp.route("/participants/<int:participant_id>/names", methods=["GET", "POST"])
@roles(*FIELD_ROLES)
def participant_names(participant_id: int) -> Any:
    db = get_db()
    try:
        person = study.get_participant(db, participant_id)
    except study.NotFound:
        abort(404)
    form = NamesForm(data={"name": person["name"], "aliases": ", ".join(person["aliases"])})
    if form.validate_on_submit():
        change = renaming.NameChange(form.name.data, split_names(form.aliases.data))
        try:
            renaming.rename_participant(db, participant_id, change, actor())
        except study.StudyError as error:
            attach_errors(form, error)
        else:
            flash(_("Names corrected; the next release uses them."))
            return redirect(url_for(".participant", participant_id=participant_id))
    back = url_for(".participant", participant_id=participant_id)
    status = 422 if form.errors else 200
    return render_template("casebook/names_form.html", form=form, back=back, whose=None), status


@bp.route("/contacts/<int:contact_id>/names", methods=["GET", "POST"])
@roles(*FIELD_ROLES)
def contact_names(contact_id: int) -> Any:
    db = get_db()
    try:
        contact = renaming.get_contact(db, contact_id)
    except study.NotFound:
        abort(404)
    form = ContactNamesForm(
        data={
            "name": contact["name"],
            "aliases": ", ".join(contact["aliases"]),
            "relation": contact["relation"],
        }
    )
    if form.validate_on_submit():
        change = renaming.NameChange(
            form.name.data, split_names(form.aliases.data), form.relation.data or ""
        )
        try:
            renaming.rename_contact(db, contact_id, change, actor())
        except study.StudyError as error:
            attach_errors(form, error)
        else:
            flash(_("Contact corrected; the next release uses the new names."))
            return redirect(url_for(".participant", participant_id=contact["participant_id"]))
    back = url_for(".participant", participant_id=contact["participant_id"])
    status = 422 if form.errors else 200
    return render_template(
        "casebook/names_form.html", form=form, back=back, whose="contact"
    ), status
