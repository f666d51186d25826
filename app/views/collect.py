"""Collecting responses: start one, fill it in with autosave, save it as a draft or mark it
complete. Every write goes through `app.responses.save_response`, which checks the answers
and the role; these views only turn a posted form into answers and answers into a page.

Routes
    POST /responses/start               start a draft from the start form, then go to it
    GET  /responses/<uuid>              the form page
    POST /responses/<uuid>/autosave     JSON: save the posted form as the current status
    POST /responses/<uuid>              "Save draft" / "Mark complete" (works without JS)
    GET  /responses/csrf-token          JSON: a fresh CSRF token for a page left open long
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid as uuidlib
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_wtf.csrf import generate_csrf

from app import audit, study
from app.access import COLLECTORS, may_collect, roles
from app.accounts import get_user
from app.db import get_db
from app.extension import current_user
from app.forms import (
    attach_problems,
    build_form,
    error_summary,
    field_errors,
    field_key,
    form_answers,
    meta_problems,
    problems_from_fields,
    row_template,
    scale_options,
    validate_form,
)
from app.instruments import expressions
from app.instruments.model import OTHER, Instrument
from app.instruments.registry import get_instrument
from app.responses import (
    Conflict,
    NotAllowed,
    ResponseInput,
    ResponseNotFound,
    ResponseProblems,
    get_response,
    save_response,
)
from app.views.study import actor, study_settings

bp = Blueprint("collect", __name__)
ACTIONS = ("draft", "complete")


# --- starting -------------------------------------------------------------------------------


@bp.route("/responses/start", methods=["POST"])
@roles(*COLLECTORS)
def start() -> Any:
    """Start a draft response from the start form (a double submit is harmless: the form
    carries its own UUID)."""
    form = request.form
    try:
        data = _start_input(form)
        key = _form_uuid(form)
    except ValueError as error:
        flash(f"Could not start: {error}")
        return redirect(_back(form))
    try:
        save_response(get_db(), key, data, actor(), current_user()["role"], drop_hidden=True)
    except NotAllowed:
        abort(403)
    except ResponseProblems as problems:
        what = "the interview" if data.participant else "the response"
        for messages in problems.problems.values():
            for message in messages:
                flash(f"Could not start {what}: {message}")
        return redirect(_back(form))
    except Conflict:
        pass  # the same start form sent again after work began: go on with that response
    return redirect(url_for(".edit", response_uuid=key))


def _form_uuid(form: Any) -> str:
    try:
        return str(uuidlib.UUID(form.get("uuid", "")))
    except ValueError:
        raise ValueError("the start form was incomplete; reload the page and try again") from None


def _start_input(form: Any) -> ResponseInput:
    instrument, _, version = (form.get("instrument_version") or "").rpartition(":")
    if not instrument or not version.isdigit():
        raise ValueError("choose an instrument and version")
    case = form.get("case", "")
    participant = form.get("participant") or None
    if not case.isdigit() or (participant is not None and not participant.isdigit()):
        raise ValueError("the case or participant is missing; open the start form again")
    return ResponseInput(
        instrument=instrument,
        version=int(version),
        case=int(case),
        participant=int(participant) if participant else None,
        wave=form.get("wave", ""),
        date=form.get("date") or None,
        status="draft",
        answers={},
    )


def _back(form: Any) -> str:
    """Where the start form was: the referring page when it is on this site, otherwise
    the participant's or the case's page."""
    referrer = urlsplit(request.referrer or "")
    if referrer.scheme in ("http", "https") and referrer.netloc == request.host:
        path = referrer.path or "/"
        if path.startswith("/") and not path.startswith("//"):
            return path + (f"?{referrer.query}" if referrer.query else "")
    participant, case = form.get("participant", ""), form.get("case", "")
    if participant.isdigit():
        return url_for("casebook.study.participant", participant_id=int(participant))
    if case.isdigit():
        return url_for("casebook.study.case", case_id=int(case))
    return url_for("casebook.dashboard.index")


# --- the form page --------------------------------------------------------------------------


@bp.route("/responses/<response_uuid>")
@roles(*COLLECTORS)
def edit(response_uuid: str) -> Any:
    response, instrument = _open(response_uuid)
    form = build_form(instrument, response["answers"])
    return _page(response, instrument, form)


def _open(response_uuid: str) -> tuple[dict[str, Any], Instrument]:
    """The stored response and its instrument version; 404 / 403 pages otherwise."""
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        abort(404)
    instrument = get_instrument(db, response["instrument"], response["version"])
    if not may_collect(current_user()["role"], instrument.kind):
        abort(403)
    return response, instrument


@bp.route("/responses/<response_uuid>", methods=["POST"])
@roles(*COLLECTORS)
def submit(response_uuid: str) -> Any:
    """The form's own buttons, "Save draft" and "Mark complete"; works without JavaScript.
    A failed "Mark complete" still keeps the answers as a draft when they are valid as one."""
    response, instrument = _open(response_uuid)
    action = request.form.get("action")
    action = action if action in ACTIONS else "draft"
    form = build_form(instrument, {}, formdata=request.form)
    if not validate_form(instrument, form):
        return _page(
            response,
            instrument,
            form,
            code=422,
            state="unsaved",
            notice="NOT SAVED: some answers could not be read. Fix the fields "
            "marked below; everything you typed is still here.",
        )
    answers = form_answers(instrument, form)
    try:
        result = _save(response, answers, action)
    except Conflict as conflict:
        return _conflict_page(response, instrument, form, conflict)
    except ResponseProblems as problems:
        return _problems_page(response, instrument, form, answers, action, problems)
    except NotAllowed:
        abort(403)
    changed = "" if result.changed else " (nothing had changed)"
    flash("Marked complete." if action == "complete" else f"Draft saved{changed}.")
    return redirect(url_for(".edit", response_uuid=response["uuid"]))


def _problems_page(
    response: dict[str, Any],
    instrument: Instrument,
    form: Any,
    answers: dict[str, Any],
    action: str,
    problems: ResponseProblems,
) -> Any:
    if action == "complete":
        try:
            draft = _save(response, answers, "draft")
        except Conflict as conflict:
            return _conflict_page(response, instrument, form, conflict)
        except ResponseProblems as draft_problems:
            problems = draft_problems
        else:
            attach_problems(form, problems.problems)
            return _page(
                draft.response,
                instrument,
                form,
                code=422,
                state="saved",
                notice="Your answers are saved as a draft, but the response is NOT "
                "marked complete yet: see the problems below.",
            )
    attach_problems(form, problems.problems)
    return _page(
        response,
        instrument,
        form,
        code=422,
        state="unsaved",
        notice="NOT SAVED: fix the problems below; everything you typed is still here.",
    )


def _conflict_page(
    response: dict[str, Any], instrument: Instrument, form: Any, conflict: Conflict
) -> Any:
    current = _current(conflict.current)
    return _page(
        response,
        instrument,
        form,
        code=409,
        state="conflict",
        conflict=current,
        notice="NOT SAVED: someone else saved a newer version of this response.",
    )


# --- autosave ---------------------------------------------------------------------------------


@bp.route("/responses/<response_uuid>/autosave", methods=["POST"])
@roles(*COLLECTORS)
def autosave(response_uuid: str) -> Any:
    """Save the posted form under the response's current status. Always answers JSON:
    200 {revision, saved_at, status, changed}; 409 {error, current}; 422 {error, problems,
    fields}; 403 / 404 / 503 {error}."""
    try:
        return _autosave(response_uuid)
    except sqlite3.OperationalError:
        return _json_error(503, "busy", "The database is busy; the page will try again.")


def _autosave(response_uuid: str) -> Any:
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        return _json_error(404, "not_found", "There is no response at this address.")
    instrument = get_instrument(db, response["instrument"], response["version"])
    if not may_collect(current_user()["role"], instrument.kind):
        return _json_error(403, "forbidden", f"Your role may not edit {instrument.kind}s.")
    form = build_form(instrument, {}, formdata=request.form)
    if not validate_form(instrument, form):
        return _unprocessable(form)
    try:
        result = _save(response, form_answers(instrument, form), response["status"])
    except Conflict as conflict:
        return _json_error(
            409,
            "conflict",
            "Someone else saved a newer version of this response.",
            current=_current(conflict.current),
        )
    except ResponseProblems as problems:
        attach_problems(form, problems.problems)
        return _unprocessable(form, problems.problems)
    except NotAllowed as error:
        return _json_error(403, "forbidden", str(error))
    saved = result.response
    return {
        "revision": saved["revision"],
        "saved_at": saved["updated_at"],
        "status": saved["status"],
        "changed": result.changed,
    }


def _unprocessable(form: Any, problems: dict[str, list[str]] | None = None) -> Any:
    fields = field_errors(form)
    problems = problems or problems_from_fields(form)
    first = error_summary(form)[:3]
    detail = "; ".join(f"{where}: {message}" for _, where, message in first)
    count = sum(len(m) for m in problems.values())
    message = f"{count} problem{'s' if count != 1 else ''}: {detail}"
    return _json_error(422, "unprocessable", message, problems=problems, fields=fields)


def _json_error(code: int, name: str, message: str, **extra: Any) -> Any:
    return {"error": {"code": name, "message": message}, **extra}, code


@bp.route("/responses/csrf-token")
@roles(*COLLECTORS)
def csrf_token() -> Any:
    """A fresh CSRF token, for a page that was left open longer than a token lives."""
    return {"csrf_token": generate_csrf()}


# --- saving through the service ------------------------------------------------------------------


def _save(response: dict[str, Any], answers: dict[str, Any], status: str) -> Any:
    """Save posted answers (and the date field) on top of the stored response."""
    date = request.form.get("meta-date", response["date"] or "")
    data = ResponseInput(
        instrument=response["instrument"],
        version=response["version"],
        case=response["case"],
        participant=response["participant"],
        wave=response["wave"],
        date=date.strip() or None,
        status=status,
        answers=answers,
        revision=_revision(),
    )
    return save_response(
        get_db(), response["uuid"], data, actor(), current_user()["role"], drop_hidden=True
    )


def _revision() -> int:
    value = request.form.get("revision", "")
    if not value.isdigit():
        raise ResponseProblems(
            {"revision": ["the page did not say which revision it shows; reload the page"]}
        )
    return int(value)


def _current(current: dict[str, Any]) -> dict[str, Any]:
    """What the 409 answer and the conflict banner say about the stored version."""
    return {
        "revision": current["revision"],
        "updated_at": current["updated_at"],
        "status": current["status"],
        "collector": _last_saver(current["uuid"]),
    }


def _last_saver(response_uuid: str) -> str:
    rows = audit.history(get_db(), "responses", response_uuid)
    if not rows:
        return "someone"
    user = get_user(get_db(), rows[-1]["actor_id"]) if rows[-1]["actor_id"] else None
    return (user or {}).get("display_name") or rows[-1]["actor"]


# --- rendering ------------------------------------------------------------------------------------


def _page(
    response: dict[str, Any],
    instrument: Instrument,
    form: Any,
    code: int = 200,
    state: str = "saved",
    notice: str | None = None,
    conflict: dict[str, Any] | None = None,
) -> Any:
    db = get_db()
    person = study.get_participant(db, response["participant"]) if response["participant"] else None
    html = render_template(
        "casebook/collect/response.html",
        response=response,
        instrument=instrument,
        form=form,
        errors=field_errors(form),
        summary=error_summary(form),
        meta_errors=meta_problems(form),
        case=study.get_case(db, response["case"]),
        person=person,
        role_label=_role_label(person["role"]) if person else "",
        wave_label=_wave_label(response["wave"]),
        collector=_user_name(response["collector_id"]),
        state=state,
        notice=notice,
        conflict=conflict,
        saved_at=response["updated_at"],
        clock=_clock,
        autosave_seconds=current_app.config["CASEBOOK_AUTOSAVE_SECONDS"],
        show_if=_show_if_trees(instrument),
        covered=_covered(instrument, form),
        section_errors=_section_errors(instrument, form),
        client_items=_client_items(instrument, form),
        date_value=request.form.get("meta-date", response["date"] or "")
        if request.method == "POST"
        else response["date"] or "",
        key=field_key,
        scale_options=lambda item: scale_options(instrument, item),
        row_template=lambda item: row_template(instrument, item, form[field_key(item.id)]),
        lang="en",
    )
    return html, code


def _clock(stamp: str | None) -> str:
    """HH:MM of a stored UTC timestamp in the server's time zone (the page's script
    rewrites it in the device's own time zone)."""
    if not stamp:
        return ""
    return dt.datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")


def _role_label(role: str) -> str:
    try:
        return study_settings().role_label(role)
    except Exception:  # study.yaml unreadable: the id still says who it is
        return role


def _wave_label(wave: str) -> str:
    return next((w["label"] for w in study.waves(get_db()) if w["id"] == wave), wave)


def _user_name(user_id: int | None) -> str:
    user = get_user(get_db(), user_id) if user_id else None
    return (user or {}).get("display_name") or (user or {}).get("username") or "—"


def _show_if_trees(instrument: Instrument) -> dict[str, Any]:
    """Parsed show_if trees by item id and by `section:<id>`, plus the derived condition
    of each 'please specify' answer, for the page's script."""
    trees: dict[str, Any] = {}
    for section in instrument.sections:
        if section.show_if:
            trees[f"section:{section.id}"] = expressions.parse(section.show_if)
        for item in section.items:
            if getattr(item, "show_if", None):
                trees[item.id] = expressions.parse(item.show_if)
            if getattr(item, "other", False):
                trees[item.other_id] = _chose_other_tree(item)
    return trees


def _chose_other_tree(item: Any) -> dict[str, Any]:
    ref = {"op": "ref", "path": [item.id]}
    other = {"op": "lit", "value": OTHER}
    if item.type == "multichoice":
        return {"op": "in", "left": other, "right": ref}
    return {"op": "==", "left": ref, "right": other}


def _covered(instrument: Instrument, form: Any) -> dict[str, tuple[int, int]]:
    """(topics ticked covered, topics) per section that has topics."""
    counts: dict[str, tuple[int, int]] = {}
    for section in instrument.sections:
        topics = [i for i in section.items if i.type == "topic"]
        if topics:
            ticked = sum(bool(form[field_key(t.id)].form.covered.data) for t in topics)
            counts[section.id] = (ticked, len(topics))
    return counts


def _section_errors(instrument: Instrument, form: Any) -> dict[str, int]:
    """How many messages each section has, for a mark in the section navigation."""
    errors = field_errors(form)
    counts: dict[str, int] = {}
    for section in instrument.sections:
        names = [form[field_key(i.id)].id for i in section.items if i.type != "note"]
        names += [
            form[field_key(i.other_id)].id for i in section.items if getattr(i, "other", False)
        ]
        count = sum(len(m) for fid, m in errors.items() if fid.split("-")[0] in names)
        if count:
            counts[section.id] = count
    return counts


def _client_items(instrument: Instrument, form: Any) -> list[dict[str, Any]]:
    """What the page's script needs to read the answers from the form in their documented
    shapes: each item's type, field name and parts."""
    specs = []
    for section in instrument.sections:
        for item in section.items:
            if item.type == "note":
                continue
            spec: dict[str, Any] = {
                "id": item.id,
                "type": item.type,
                "section": section.id,
                "name": form[field_key(item.id)].name,
            }
            if item.type == "topic":
                ticks = item.probe_ticks and item.probes
                spec["probes"] = [[p.id, field_key(p.id)] for p in item.probes] if ticks else []
            elif item.type == "checklist":
                spec["rows"] = [[r.id, field_key(r.id)] for r in item.rows]
                spec["evidence"] = item.evidence
            elif item.type == "repeat":
                spec["items"] = [
                    {"id": s.id, "type": s.type, "key": field_key(s.id)}
                    for s in item.items
                    if s.type != "note"
                ]
            if getattr(item, "other", False):
                spec["other"] = {"id": item.other_id, "name": form[field_key(item.other_id)].name}
            specs.append(spec)
    return specs
