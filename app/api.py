"""JSON API v1 under `<prefix>/api/v1`: the contract for integrations, scripts and the offline
outbox. Reference and a worked session: docs/api.md; machine-readable: GET /openapi.json.

Every view declares its roles like the web app's views and calls the same services
(`app.responses`, `app.study`, the instrument registry), so one place validates and stores a
response and every write is audited with the authenticated user. Requests authenticate with
`Authorization: Bearer <token>` (app/tokens.py) or, from Casebook's own pages, with the session
cookie plus the X-CSRFToken header.

Every error, on every path under `<prefix>/api/`, is JSON:
`{"error": {"code": "...", "message": "...", "details": [...]}}`; a 409 adds `current`."""

from __future__ import annotations

import json
import logging
import math
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from flask import Blueprint, Flask, current_app, request, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, default_exceptions

from app import places, study
from app.access import ALL_ROLES, COLLECTORS, may_collect, roles
from app.db import get_db
from app.extension import current_user
from app.instruments.model import Instrument
from app.instruments.registry import UnknownInstrument, get_instrument, list_versions
from app.openapi import DATE_PATTERN, MAX_ID, build_document, instrument_document
from app.responses import (
    META,
    Conflict,
    NotAllowed,
    ResponseInput,
    ResponseNotFound,
    ResponseProblems,
    get_response,
    list_responses,
    save_response,
)
from app.views.study import EMAIL, FIELD_ROLES, actor, study_settings

log = logging.getLogger("casebook.api")
bp = Blueprint("api", __name__)
URL_PREFIX = "/api/v1"
BLUEPRINT = "casebook.api"

MAX_DEPTH = 32  # nesting of a request body; the deepest answer shape needs 5
MAX_LIST = 200  # aliases or contacts in one request
DATE = re.compile(DATE_PATTERN)
# Fields a GET of a response returns that a PUT may send back unchanged (read-only).
READ_ONLY = {"uuid", "collector_id", "created_at", "updated_at", "completed_at"}

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    500: "internal_error",
    503: "busy",
}
MESSAGES = {
    400: "The request could not be understood.",
    401: "Authentication needed: send `Authorization: Bearer <token>` "
    "(create one with `casebook tokens create USERNAME`).",
    403: "Your role may not do this.",
    404: "There is nothing at this address.",
    405: "This address does not take that method.",
    413: "The request body is larger than Casebook accepts. Nothing was stored.",
    415: "Send the body as JSON with `Content-Type: application/json`.",
    500: "Something went wrong on the server; it has been logged and nothing half-way was "
    "stored.",
}


# --- errors ----------------------------------------------------------------------------------


class ApiError(Exception):
    """An error answer: status, machine-readable code, a sentence, details, extra keys."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.details = details or []
        self.headers = headers or {}
        self.extra = extra


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Any:
    body = {"error": {"code": code, "message": message, "details": details or []}, **extra}
    response = current_app.json.response(body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def _api_error(error: ApiError) -> Any:
    return error_response(
        error.status, error.code, error.message, error.details, error.headers, **error.extra
    )


def http_error(error: HTTPException) -> Any:
    """Any HTTP error as the API's JSON body, keeping headers such as `Allow` on a 405."""
    status = error.code or 500
    if status >= 500:
        original = getattr(error, "original_exception", None)
        if isinstance(original, sqlite3.OperationalError) and _busy(original):
            return error_response(503, "busy", "The database is busy; try again shortly.",
                                  headers={"Retry-After": "2"})  # fmt: skip
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    code = CODES.get(status) or re.sub(r"\W+", "_", (error.name or "error").lower())
    message = MESSAGES.get(status) or error.description or error.name or "Error."
    if isinstance(error, CSRFError):
        code = "csrf_failed"
        message = ("A write authenticated by the session cookie needs the X-CSRFToken header "
                   "(or use a bearer token). Nothing was stored.")  # fmt: skip
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return error_response(status, code, message, headers=headers)


def _busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


for _code in sorted(set(default_exceptions) | {500}):
    bp.register_error_handler(_code, http_error)
bp.register_error_handler(HTTPException, http_error)
bp.register_error_handler(CSRFError, http_error)
bp.register_error_handler(ApiError, _api_error)


def is_api_request() -> bool:
    """Whether this request was routed to the API (its views, hooks and error handlers)."""
    return BLUEPRINT in request.blueprints


def bearer_token() -> str | None:
    """The token of an `Authorization: Bearer <token>` header on an API request; None when
    there is none (other schemes, e.g. a proxy's Basic auth, are not ours and are ignored)."""
    if not is_api_request():
        return None
    scheme, _, token = request.headers.get("Authorization", "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip()


def refuse_bad_token() -> None:
    raise ApiError(401, "invalid_token",
                   "The bearer token is unknown, revoked or its account is inactive.",
                   headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})  # fmt: skip


def install_app_error_handlers(app: Flask) -> None:
    """404 (no route) and 405 (wrong method) never reach a blueprint's handlers: answer them
    as JSON for paths under `<prefix>/api/`, and hand every other path to the handler the host
    app has for it (one for the code registered before Casebook, or one for an exception class
    such as HTTPException), or return the error unchanged: Flask's own page."""
    api_root = app.config["CASEBOOK_URL_PREFIX"].rstrip("/") + "/api"

    for exception in (NotFound, MethodNotAllowed):
        previous = app.error_handler_spec[None][exception.code].get(exception)

        def handler(error: HTTPException, previous: Callable | None = previous) -> Any:
            if request.path == api_root or request.path.startswith(api_root + "/"):
                return http_error(error)
            by_class = app.error_handler_spec[None][None]
            fallback = previous or next(
                (by_class[cls] for cls in type(error).__mro__ if cls in by_class), None
            )
            return fallback(error) if fallback else error

        app.register_error_handler(exception, handler)


# --- reading requests ------------------------------------------------------------------------


def _detail(name: str, message: str) -> dict[str, str]:
    return {"field": name, "message": message}


def invalid(details: list[dict[str, str]], message: str | None = None) -> ApiError:
    count = len(details)
    summary = "; ".join(
        f"{d.get('path') or d.get('item') or d.get('field') or 'body'}: {d['message']}"
        for d in details[:3]
    )
    return ApiError(422, "invalid", message or f"{count} problem{'s' * (count != 1)}: {summary}",
                    details)  # fmt: skip


def json_body() -> dict[str, Any]:
    """The request's JSON object: 415 for another content type, 400 for malformed JSON
    (NaN and Infinity included: they are not JSON), 422 for anything but an object."""
    mimetype = request.mimetype or ""
    if mimetype != "application/json" and not re.fullmatch(r"application/[\w.+-]+\+json", mimetype):
        raise ApiError(415, "unsupported_media_type", MESSAGES[415])
    raw = request.get_data(cache=True)
    try:
        data = json.loads(raw, parse_constant=_not_json, parse_float=_finite)
    except (ValueError, RecursionError) as error:
        raise ApiError(400, "malformed_json", f"The body is not valid JSON: {error}.") from None
    _check_structure(data)
    if not isinstance(data, dict):
        raise invalid([_detail("", "the body must be a JSON object")])
    return data


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is too large")
    return value


def _check_structure(data: Any) -> None:
    """Refuse text SQLite cannot store (unpaired surrogates from `\\ud800` escapes) and
    nesting deeper than any answer needs, without recursion."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ApiError(400, "malformed_json", f"The body is nested deeper than {MAX_DEPTH} "
                           "levels.")  # fmt: skip
        if isinstance(value, dict):
            stack.extend((k, depth) for k in value)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise ApiError(400, "malformed_json", "The body contains an unpaired "
                               "surrogate (\\ud800-\\udfff) escape.") from None  # fmt: skip


class Fields:
    """Reads the fields of a JSON object, collecting every problem instead of stopping."""

    def __init__(self, body: dict[str, Any], known: set[str]) -> None:
        self.body = body
        self.problems: list[dict[str, str]] = []
        for name in body:
            if name not in known:
                self.add(name, "unknown field")

    def add(self, name: str, message: str) -> None:
        self.problems.append(_detail(name, message))

    def text(self, name: str, required: bool = False, max_length: int | None = None,
             default: str | None = "", nullable: bool = False) -> str | None:  # fmt: skip
        value = self.body.get(name)
        if value is None:
            if name in self.body and not nullable:
                self.add(name, "expected text, not null")
            elif required:
                self.add(name, "required")
            return default
        if not isinstance(value, str):
            self.add(name, "expected text")
            return default
        if required and not value.strip():
            self.add(name, "required: must not be blank")
        if max_length is not None and len(value) > max_length:
            self.add(name, f"at most {max_length} characters")
        return value

    def integer(self, name: str, required: bool = False, nullable: bool = False,
                minimum: int = 1) -> int | None:  # fmt: skip
        value = self.body.get(name)
        if value is None:
            if name in self.body and not nullable:
                self.add(name, "expected a whole number, not null")
            elif required:
                self.add(name, "required")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            self.add(name, "expected a whole number")
            return None
        if not minimum <= value <= MAX_ID:
            self.add(name, f"expected a whole number from {minimum} to {MAX_ID}")
            return None
        return int(value)

    def date(self, name: str) -> str | None:
        value = self.text(name, default=None, nullable=True)
        if value and not DATE.match(value):
            self.add(name, "a date as YYYY-MM-DD")
        return value or None

    def names(self, name: str, path: str | None = None) -> list[str]:
        value = self.body.get(name)
        path = path or name
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(path, "expected a list of names (text)")
            return []
        if len(value) > MAX_LIST or any(len(v) > 200 for v in value):
            self.add(path, f"at most {MAX_LIST} names of at most 200 characters")
        return value

    def case(self, name: str = "case") -> int | None:
        """A case named by its id (a number) or its code (text); None when there is none."""
        value = self.body.get(name)
        if value is None:
            self.add(name, "required: the case's id or code")
            return None
        if isinstance(value, str):
            row = study.case_by_code(get_db(), value.strip())
            if row is None:
                self.add(name, f"no case with code {value!r}")
            return row["id"] if row else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(name, "expected the case's id (a whole number) or code (text)")
            return None
        number = self.integer(name)
        if number is not None and not _case_exists(number):
            self.add(name, f"no case with id {number}")
            return None
        return number

    def done(self) -> None:
        if self.problems:
            raise invalid(self.problems)


def _case_exists(case_id: int) -> bool:
    try:
        study.get_case(get_db(), case_id)
    except study.NotFound:
        return False
    return True


def _query_id(name: str) -> int | None:
    """A whole-number query parameter; 422 when it is not one; an out-of-range number is
    returned as 0 so it matches nothing."""
    value = request.args.get(name)
    if value is None or value == "":
        return None
    if not value.isascii() or not value.isdigit():
        raise invalid([{"field": name, "message": "expected a whole number"}])
    number = int(value)
    return number if number <= MAX_ID else 0


def _role() -> str:
    return current_user()["role"]


# --- instruments ----------------------------------------------------------------------------


@bp.route("/instruments")
@roles(*ALL_ROLES)
def instruments() -> Any:
    """Every registered instrument version (analysts may read instruments)."""
    return [
        {"id": row["instrument_id"], "version": row["version"], "kind": row["kind"],
         "title": row["title"], "hash": row["hash"]}  # fmt: skip
        for row in list_versions(get_db())
    ]


@bp.route("/instruments/<instrument_id>/<int:version>")
@roles(*ALL_ROLES)
def instrument(instrument_id: str, version: int) -> Any:
    """The parsed definition of one version, with the JSON Schema of its answers."""
    found = _instrument_or_404(instrument_id, version)
    return instrument_document(found, _hash(instrument_id, version))


def _instrument_or_404(instrument_id: str, version: int) -> Instrument:
    try:
        if version > MAX_ID:
            raise UnknownInstrument(instrument_id)
        return get_instrument(get_db(), instrument_id, version)
    except UnknownInstrument:
        raise ApiError(404, "not_found",
                       f"No registered instrument {instrument_id!r} version {version}.") from None


def _hash(instrument_id: str, version: int) -> str:
    row = get_db().execute(
        "SELECT hash FROM instrument_versions WHERE instrument_id = ? AND version = ?",
        [instrument_id, version],
    ).fetchone()
    return row[0]


# --- cases --------------------------------------------------------------------------------------


def _case(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "code": row["code"],
        "label": row["label"] or "",
        "created_at": row["created_at"],
        "participants": row.get("participants", 0),
    }


@bp.route("/cases")
@roles(*COLLECTORS)
def cases() -> Any:
    return [_case(row) for row in study.list_cases(get_db())]


@bp.route("/cases", methods=["POST"])
@roles("admin")
def create_case() -> Any:
    """A new case: 201; a code already used: 409 with the existing case."""
    fields = Fields(json_body(), {"code", "label"})
    code = fields.text("code", required=True, max_length=20)
    label = fields.text("label", max_length=200, nullable=True) or ""
    fields.done()
    db = get_db()
    existing = study.case_by_code(db, code.strip())
    if existing is None:
        try:
            case_id = study.create_case(db, code, label, actor())
        except study.StudyError as error:
            raise invalid([_detail(k, v) for k, v in error.fields.items()]) from None
        except sqlite3.IntegrityError:  # the same code created at the same moment
            existing = study.case_by_code(db, code.strip())
        else:
            row = study.get_case(db, case_id) | {"participants": 0}
            headers = {"Location": url_for(".cases")}
            return _case(row), 201, headers
    raise ApiError(409, "conflict", f"The code {code.strip()!r} is already used by a case.",
                   [_detail("code", "already used by another case")],
                   current=_case(existing | {"participants": _count(existing["id"])}))  # fmt: skip


def _count(case_id: int) -> int:
    return len(study.participants_of(get_db(), case_id))


# --- places ------------------------------------------------------------------------------------


@bp.route("/places")
@roles("admin")
def places_list() -> Any:
    """Places whose names are redacted from free text in every release (admin)."""
    return places.list_places(get_db())


@bp.route("/places", methods=["POST"])
@roles("admin")
def create_place() -> Any:
    """A place that identifies people (a clinic, a ward, a small village): 201; 409 if its
    name is already registered."""
    fields = Fields(json_body(), {"name", "aliases"})
    name = fields.text("name", required=True, max_length=200)
    aliases = fields.names("aliases")
    fields.done()
    db = get_db()
    existing = places.find_place(db, " ".join(name.split()))
    if existing is None:
        try:
            place_id = places.add_place(db, name, aliases, actor())
        except study.StudyError as error:
            raise invalid([_detail(k, v) for k, v in error.fields.items()]) from None
        return next(p for p in places.list_places(db) if p["id"] == place_id), 201
    raise ApiError(409, "conflict", f"The place {existing['name']!r} is already registered.",
                   [_detail("name", "already registered")], current=existing)  # fmt: skip


# --- participants ------------------------------------------------------------------------------

PARTICIPANT_FIELDS = {"case", "role", "name", "aliases", "phone", "email", "birth_year", "gender",
                      "consent_date", "consent_version", "contacts"}  # fmt: skip


def _participant(row: dict[str, Any]) -> dict[str, Any]:
    aliases = row["aliases"]
    return {
        "id": row["id"],
        "case": row["case_id"],
        "role": row["role"],
        "name": row["name"],
        "aliases": json.loads(aliases or "[]") if isinstance(aliases, str) else aliases,
        "phone": row["phone"] or "",
        "email": row["email"] or "",
        "birth_year": row["birth_year"],
        "gender": row["gender"] or "",
        "consent_date": row["consent_date"],
        "consent_version": row["consent_version"],
        "created_at": row["created_at"],
        "contacts": [
            {"id": c["id"], "name": c["name"], "relation": c["relation"] or "",
             "aliases": c["aliases"]}  # fmt: skip
            for c in study.contacts_of(get_db(), row["id"])
        ],
    }


@bp.route("/participants")
@roles(*FIELD_ROLES)
def participants() -> Any:
    """Participants with their names, aliases and contacts (never for analysts or
    observers), of one case (`?case=` id or code) or of all cases."""
    db = get_db()
    value = request.args.get("case")
    if value is None or value == "":
        case_ids = [row["id"] for row in study.list_cases(db)]
    elif value.isascii() and value.isdigit():
        case_ids = [int(value)] if int(value) <= MAX_ID else []
    else:
        row = study.case_by_code(db, value.strip())
        case_ids = [row["id"]] if row else []
    return [_participant(p) for c in case_ids for p in study.participants_of(db, c)]


@bp.route("/participants", methods=["POST"])
@roles(*FIELD_ROLES)
def create_participant() -> Any:
    """A participant with aliases and contacts, stored all or nothing: 201."""
    fields = Fields(json_body(), PARTICIPANT_FIELDS)
    case_id = fields.case()
    data = study.ParticipantInput(
        case_id=case_id or 0,
        role=fields.text("role", required=True) or "",
        name=fields.text("name", required=True, max_length=200) or "",
        aliases=fields.names("aliases"),
        phone=fields.text("phone", max_length=40, nullable=True) or "",
        email=fields.text("email", max_length=200, nullable=True) or "",
        birth_year=fields.integer("birth_year", nullable=True, minimum=0),
        gender=fields.text("gender", max_length=40, nullable=True) or "",
        consent_date=fields.date("consent_date"),
        consent_version=fields.text("consent_version", max_length=100, nullable=True) or "",
        contacts=_contacts(fields),
    )
    if data.email and not re.match(EMAIL, data.email):
        fields.add("email", "an e-mail address such as name@example.org")
    role_ids = study_settings().role_ids
    reported = {p["field"] for p in fields.problems}
    for name, message in study.check_participant(data, role_ids).items():
        if name not in reported:  # the service's own checks, so every problem is listed at once
            fields.add(name, message)
    fields.done()
    db = get_db()
    try:
        pid = study.create_participant(db, data, role_ids, actor())
    except study.StudyError as error:
        raise invalid([_detail(k, v) for k, v in error.fields.items()]) from None
    return _participant(study.get_participant(db, pid)), 201


def _contacts(fields: Fields) -> list[study.ContactInput]:
    value = fields.body.get("contacts")
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > MAX_LIST:
        fields.add("contacts", f"expected a list of at most {MAX_LIST} contacts")
        return []
    contacts = []
    for index, entry in enumerate(value):
        path = f"contacts[{index}]"
        if not isinstance(entry, dict):
            fields.add(path, 'expected {"name": ..., "relation": ..., "aliases": [...]}')
            continue
        sub = Fields(entry, {"name", "relation", "aliases"})
        contact = study.ContactInput(
            name=sub.text("name", required=True, max_length=200) or "",
            relation=sub.text("relation", max_length=200, nullable=True) or "",
            aliases=sub.names("aliases"),
        )
        fields.problems += [_detail(f"{path}.{p['field']}", p["message"]) for p in sub.problems]
        contacts.append(contact)
    return contacts


# --- responses --------------------------------------------------------------------------------


@bp.route("/responses/<response_uuid>", methods=["PUT"])
@roles(*COLLECTORS)
def put_response(response_uuid: str) -> Any:
    """Create (201) or update (200) a response; an identical resend is 200 and changes
    nothing; an old `revision` is 409 with the current state; any problem is 422 with every
    problem listed and nothing stored."""
    body = json_body()
    data = _response_input(body, response_uuid)
    db = get_db()
    try:
        result = save_response(db, response_uuid, data, actor(), _role(), drop_hidden=False)
    except ResponseProblems as error:
        raise invalid(_problem_details(db, data, error.problems)) from None
    except Conflict as conflict:
        current = conflict.current
        raise ApiError(409, "conflict",
                       f"The response is at revision {current['revision']}; this request was "
                       f"based on revision {data.revision}. Nothing was changed.",
                       [_detail("revision", f"the stored revision is {current['revision']}")],
                       current=current) from None  # fmt: skip
    except NotAllowed as error:
        raise ApiError(403, "forbidden", f"{str(error).capitalize()}.") from None
    stored = result.response
    if result.created:
        return stored, 201, {"Location": url_for(".get_response_", response_uuid=stored["uuid"])}
    return stored, 200


def _response_input(body: dict[str, Any], response_uuid: str) -> ResponseInput:
    fields = Fields(body, {*META, "answers", "revision"} | READ_ONLY)
    sent_uuid = body.get("uuid")
    if sent_uuid is not None and str(sent_uuid).lower() != response_uuid.lower():
        fields.add("uuid", "differs from the UUID in the address")
    answers = body.get("answers", {})
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        fields.add("answers", "expected an object of item id to answer")
        answers = {}
    status = fields.text("status", default="draft")
    data = ResponseInput(
        instrument=fields.text("instrument", required=True, max_length=64) or "",
        version=fields.integer("version", required=True) or 0,
        case=fields.case() or 0,
        participant=fields.integer("participant", nullable=True),
        wave=fields.text("wave", required=True, max_length=64) or "",
        date=fields.date("date"),
        status=status if status is not None else "draft",
        answers=answers,
        revision=fields.integer("revision", nullable=True),
    )
    fields.done()
    return data


def _problem_details(
    db: Any, data: ResponseInput, problems: dict[str, list[str]]
) -> list[dict[str, str]]:
    """The service's problems, one entry per message: `field` for the response's own fields,
    `item` (the top-level item id) and `path` for answers."""
    try:
        items = set(get_instrument(db, data.instrument, data.version).answerable())
    except (UnknownInstrument, TypeError, ValueError):
        items = set()
    own = {*META, "uuid", "revision", "answers"}
    details = []
    for key, messages in problems.items():
        item = re.split(r"[.\[]", key, maxsplit=1)[0]
        is_field = key in own and key not in data.answers and item not in items
        for message in messages:
            if is_field:
                details.append({"field": key, "message": message})
            else:
                details.append({"item": item, "path": key, "message": message})
    return details


@bp.route("/responses/<response_uuid>", methods=["GET"], endpoint="get_response_")
@roles(*COLLECTORS)
def read_response(response_uuid: str) -> Any:
    """One stored response with its answers and revision."""
    db = get_db()
    try:
        response = get_response(db, response_uuid)
    except ResponseNotFound:
        raise ApiError(404, "not_found", "There is no response with this UUID.") from None
    kind = get_instrument(db, response["instrument"], response["version"]).kind
    if not may_collect(_role(), kind):
        raise ApiError(403, "forbidden", f"A {_role()} may not read {kind}s.")
    return response


@bp.route("/responses")
@roles(*COLLECTORS)
def responses() -> Any:
    """Responses without their answers, filtered by instrument, case (id or code),
    participant, wave and status; only those of kinds the role may collect."""
    db = get_db()
    kinds = {(v["instrument_id"], v["version"]): v["kind"] for v in list_versions(db)}
    wanted = request.args.get("instrument") or None
    role = _role()
    if wanted is not None:
        wanted_kinds = {k for (i, _v), k in kinds.items() if i == wanted}
        if wanted_kinds and not any(may_collect(role, k) for k in wanted_kinds):
            raise ApiError(403, "forbidden", f"A {role} may not read {wanted!r} responses.")
    filters = {
        "instrument": wanted,
        "case": _query_case(),
        "participant": _query_id("participant"),
        "wave": request.args.get("wave") or None,
        "status": request.args.get("status") or None,
    }
    rows = list_responses(db, **filters)
    return [
        {k: v for k, v in row.items() if k != "answers"}
        for row in rows
        if may_collect(role, kinds.get((row["instrument"], row["version"]), ""))
    ]


def _query_case() -> int | None:
    value = request.args.get("case")
    if value is None or value == "":
        return None
    if value.isascii() and value.isdigit():
        return int(value) if int(value) <= MAX_ID else 0
    row = study.case_by_code(get_db(), value.strip())
    return row["id"] if row else 0


# --- the OpenAPI document ---------------------------------------------------------------------


@bp.route("/openapi.json")
@roles(*ALL_ROLES)
def openapi() -> Any:
    """The OpenAPI 3.1 description of this API, with the answer schema of every registered
    instrument version."""
    db = get_db()
    versions = [get_instrument(db, v["instrument_id"], v["version"]) for v in list_versions(db)]
    server = request.script_root + current_app.config["CASEBOOK_URL_PREFIX"].rstrip("/")
    return build_document(versions, server + URL_PREFIX)
