"""Rendering the form page of a response: the form with its problems, who and what the
response is about, whether it is saved, and what the page's script needs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import current_app, render_template, request

from casebook import study
from casebook.accounts import get_user
from casebook.db import get_db
from casebook.discard import may_discard
from casebook.forms import (
    error_summary,
    field_errors,
    field_key,
    meta_problems,
    row_template,
    scale_options,
)
from casebook.instruments.model import Instrument
from casebook.instruments.yamlfile import InstrumentError
from casebook.items import kind_of
from casebook.language import form_language, instrument_text, reading_language
from casebook.request_context import current_user, study_settings
from casebook.views.collect.completion_data import completion_rules
from casebook.views.collect.page_data import client_items, covered, section_errors, show_if_trees
from casebook.views.collect.timeline import live_panels


def render_page(
    response: dict[str, Any],
    instrument: Instrument,
    form: Any,
    code: int = 200,
    state: str = "saved",
    notice: str | None = None,
    conflict: dict[str, Any] | None = None,
    kept_back: dict[str, list[str]] | None = None,
) -> Any:
    """The form page with this HTTP status; `state` and `notice` say what is saved. State
    "local" is the blank page of a response started on the device (no case yet: the page's
    script fills in what the device knows)."""
    db = get_db()
    language = form_language(instrument)
    person = study.get_participant(db, response["participant"]) if response["participant"] else None
    case = study.get_case(db, response["case"]) if response["case"] else None
    html = render_template(
        "casebook/collect/response.html",
        response=response,
        instrument=instrument,
        form=form,
        errors=field_errors(form),
        summary=error_summary(form),
        meta_errors=meta_problems(form),
        case=case,
        person=person,
        role_label=_role_label(person["role"]) if person else "",
        wave_label=_wave_label(response["wave"]),
        collector=_user_name(response["collector_id"]),
        state=state,
        notice=notice,
        conflict=conflict,
        differences=(conflict or {}).get("differences", []),
        kept_back=kept_back or {},
        saved_at=response["updated_at"],
        clock=_clock,
        autosave_seconds=current_app.config["CASEBOOK_AUTOSAVE_SECONDS"],
        show_if=show_if_trees(instrument),
        covered=covered(instrument, form),
        section_errors=section_errors(instrument, form),
        client_items=client_items(instrument, form),
        date_value=_date_value(response),
        key=field_key,
        kind=kind_of,
        scale_options=lambda item: scale_options(instrument, item, language),
        row_template=lambda item: row_template(
            instrument, item, form[field_key(item.id)], language
        ),
        lang=language,
        page_language=language,
        label=instrument_text(instrument, language),
        completion=completion_rules(instrument, form, language),
        may_discard=may_discard(current_user(), response, instrument.kind),
        live=live_panels(response, instrument),
    )
    return html, code


def _date_value(response: dict[str, Any]) -> str:
    """The date field as posted, or as stored when nothing was posted."""
    if request.method == "POST":
        return request.form.get("meta-date", response["date"] or "")
    return response["date"] or ""


def _clock(stamp: str | None) -> str:
    """HH:MM of a stored UTC timestamp in the server's time zone (the page's script
    rewrites it in the device's own time zone)."""
    if not stamp:
        return ""
    return dt.datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")


def _role_label(role: str) -> str:
    try:
        return study_settings().role_label(role, reading_language())
    except InstrumentError:  # study.yaml unreadable: the id still says who it is
        return role


def _wave_label(wave: str) -> str:
    try:
        return study_settings().wave_label(wave, reading_language())
    except InstrumentError:
        return next((w["label"] for w in study.waves(get_db()) if w["id"] == wave), wave)


def _user_name(user_id: int | None) -> str:
    user = get_user(get_db(), user_id) if user_id else None
    return (user or {}).get("display_name") or (user or {}).get("username") or "—"
