"""Cases, participants, consent and contacts."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, RadioField, StringField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, Regexp

from casebook import study
from casebook.access import COLLECTORS, FIELD_ROLES, may_collect, roles
from casebook.blindness import visible
from casebook.db import get_db
from casebook.i18n import _, _l
from casebook.instruments.registry import get_instrument, list_versions, newest_versions
from casebook.next_wave import suggested_waves
from casebook.request_context import actor, current_user, study_settings
from casebook.responses import list_responses
from casebook.views.blueprints import study as bp
from casebook.views.form_input import attach_errors, split_names
from casebook.wording import instrument_titles, role_label

EMAIL_HELP = _l("an e-mail address such as name@example.org")


class CaseForm(FlaskForm):
    code = StringField(
        _l("Case code"),
        validators=[InputRequired(), Length(max=20)],
        description=_l("Short and not identifying, e.g. RG01."),
    )
    label = StringField(
        _l("Description"),
        validators=[Optional(), Length(max=200)],
        description=_l("For the team; stays on the private side."),
    )


class ParticipantForm(FlaskForm):
    role = RadioField(_l("Role in the case"), validators=[InputRequired()])
    name = StringField(_l("Full name"), validators=[InputRequired(), Length(max=200)])
    aliases = StringField(
        _l("Other names and nicknames"),
        validators=[Optional()],
        description=_l("Comma-separated; used to find the name in notes."),
    )
    phone = StringField(_l("Phone"), validators=[Optional(), Length(max=40)])
    email = StringField(
        _l("E-mail"), validators=[Optional(), Regexp(study.EMAIL, message=EMAIL_HELP)]
    )
    birth_year = IntegerField(_l("Year of birth"), validators=[Optional(), NumberRange(1900, 2100)])
    gender = StringField(_l("Gender"), validators=[Optional(), Length(max=40)])
    consent_date = DateField(_l("Consent given on"), validators=[Optional()])
    consent_version = StringField(_l("Consent form version"), validators=[Optional()])


class ConsentForm(FlaskForm):
    consent_date = DateField(_l("Consent given on"), validators=[InputRequired()])
    consent_version = StringField(_l("Consent form version"), validators=[InputRequired()])


class ContactForm(FlaskForm):
    name = StringField(_l("Name"), validators=[InputRequired(), Length(max=200)])
    relation = StringField(
        _l("Relation to the participant"),
        validators=[Optional()],
        description=_l("e.g. daughter, neighbour"),
    )
    aliases = StringField(
        _l("Nicknames"), validators=[Optional()], description=_l("Comma-separated.")
    )


@bp.route("/cases")
@roles(*COLLECTORS)
def cases() -> Any:
    return render_template("casebook/cases.html", cases=study.list_cases(get_db()))


@bp.route("/cases/new", methods=["GET", "POST"])
@roles("admin")
def new_case() -> Any:
    form = CaseForm()
    if form.validate_on_submit():
        try:
            case_id = study.create_case(get_db(), form.code.data, form.label.data or "", actor())
        except study.StudyError as error:
            attach_errors(form, error)
        else:
            flash(_("Case %(code)s added.", code=form.code.data))
            return redirect(url_for(".case", case_id=case_id))
    return render_template("casebook/case_form.html", form=form)


@bp.route("/cases/<int:case_id>")
@roles(*COLLECTORS)
def case(case_id: int) -> Any:
    db = get_db()
    try:
        row = study.get_case(db, case_id)
    except study.NotFound:
        abort(404)
    instruments = _case_instruments(db)
    role = current_user()["role"]
    # Observers see neither who the participants are nor their consent, nor the interviews.
    people = study.participants_of(db, case_id) if role in FIELD_ROLES else []
    return render_template(
        "casebook/case.html",
        case=row,
        participants=people,
        participant_roles=sorted({p["role"] for p in study.participants_of(db, case_id)}),
        responses=_readable_responses(db, role, case=case_id),
        titles=_titles(db),
        waves=study.waves(db),
        case_instruments=instruments,
        suggested=suggested_waves(db, instruments, None),
    )


def _readable_responses(db, role: str, **filters: Any) -> list[dict[str, Any]]:
    """Responses (without answers) of the kinds this role may collect and so read."""
    kinds = {(v["instrument_id"], v["version"]): v["kind"] for v in list_versions(db)}
    return [
        r
        for r in visible(db, current_user(), list_responses(db, **filters))
        if may_collect(role, kinds.get((r["instrument"], r["version"]), ""))
    ]


def _titles(db) -> dict[tuple[str, int], str]:
    return instrument_titles(db)


def _case_instruments(db) -> list[Any]:
    """Newest versions of the observation and coding instruments (about a case)."""
    found = [get_instrument(db, i, v) for i, v in newest_versions(db).items()]
    return [i for i in found if not i.about_participant]


@bp.route("/cases/<int:case_id>/participants/new", methods=["GET", "POST"])
@roles(*FIELD_ROLES)
def new_participant(case_id: int) -> Any:
    db = get_db()
    try:
        case_row = study.get_case(db, case_id)
    except study.NotFound:
        abort(404)
    settings = study_settings()
    form = ParticipantForm()
    form.role.choices = [(r.id, role_label(r.id)) for r in settings.roles]
    if form.validate_on_submit():
        data = study.ParticipantInput(
            case_id=case_id,
            role=form.role.data,
            name=form.name.data,
            aliases=split_names(form.aliases.data),
            phone=form.phone.data or "",
            email=form.email.data or "",
            birth_year=form.birth_year.data,
            gender=form.gender.data or "",
            consent_date=form.consent_date.data.isoformat() if form.consent_date.data else None,
            consent_version=form.consent_version.data or "",
        )
        try:
            pid = study.create_participant(db, data, settings.role_ids, actor())
        except study.StudyError as error:
            attach_errors(form, error)
        else:
            flash(_("Participant added."))
            return redirect(url_for(".participant", participant_id=pid))
    return render_template("casebook/participant_form.html", form=form, case=case_row)


@bp.route("/participants/<int:participant_id>")
@roles(*FIELD_ROLES)
def participant(participant_id: int) -> Any:
    return _participant_page(participant_id, ConsentForm(), ContactForm())


def _participant_page(participant_id: int, consent: ConsentForm, contact: ContactForm) -> Any:
    db = get_db()
    try:
        person = study.get_participant(db, participant_id)
    except study.NotFound:
        abort(404)
    guides = [get_instrument(db, i, v) for i, v in newest_versions(db).items()]
    guides = [g for g in guides if g.about_participant and person["role"] in g.roles]
    return render_template(
        "casebook/participant.html",
        person=person,
        case=study.get_case(db, person["case_id"]),
        contacts=study.contacts_of(db, participant_id),
        consented=study.has_consent(person),
        consent_form=consent,
        contact_form=contact,
        responses=_readable_responses(db, current_user()["role"], participant=participant_id),
        titles=_titles(db),
        guides=guides,
        suggested=suggested_waves(db, guides, participant_id),
        waves=study.waves(db),
        person_role=role_label(person["role"]),
    )


@bp.route("/participants/<int:participant_id>/consent", methods=["POST"])
@roles(*FIELD_ROLES)
def consent(participant_id: int) -> Any:
    form = ConsentForm()
    if form.validate_on_submit():
        try:
            study.record_consent(
                get_db(),
                participant_id,
                form.consent_date.data.isoformat(),
                form.consent_version.data,
                actor(),
            )
        except study.StudyError as error:
            attach_errors(form, error)
        except study.NotFound:
            abort(404)
        else:
            flash(_("Consent recorded."))
            return redirect(url_for(".participant", participant_id=participant_id))
    return _participant_page(participant_id, form, ContactForm()), 422


@bp.route("/participants/<int:participant_id>/contacts", methods=["POST"])
@roles(*FIELD_ROLES)
def add_contact(participant_id: int) -> Any:
    form = ContactForm()
    if form.validate_on_submit():
        contact = study.ContactInput(
            form.name.data, form.relation.data or "", split_names(form.aliases.data)
        )
        try:
            study.get_participant(get_db(), participant_id)
            study.add_contact(get_db(), participant_id, contact, actor())
        except study.NotFound:
            abort(404)
        except study.StudyError as error:
            attach_errors(form, error)
        else:
            flash(_("Contact added."))
            return redirect(url_for(".participant", participant_id=participant_id))
    return _participant_page(participant_id, ConsentForm(), form), 422


# Correcting names (participants and contacts) adds its routes to `bp`.
from casebook.views import names  # noqa: E402, F401
