"""The private database's schema, built and changed only through these migrations.

Never edit an applied migration: add a new one below it."""

from __future__ import annotations

import sqlite_utils

migrations = sqlite_utils.Migrations("casebook")


@migrations()
def m001_accounts(db: sqlite_utils.Database) -> None:
    db["users"].create(
        {
            "id": int,
            "username": str,
            "display_name": str,
            "password_hash": str,
            "role": str,
            "active": int,
            "created_at": str,
        },
        pk="id",
        not_null={"username", "password_hash", "role", "active", "created_at"},
        defaults={"active": 1},
    )
    db["users"].create_index(["username"], unique=True)


@migrations()
def m002_study(db: sqlite_utils.Database) -> None:
    db["waves"].create(
        {"id": str, "label": str, "month": int, "position": int}, pk="id", not_null={"label"}
    )
    db["cases"].create(
        {"id": int, "code": str, "label": str, "created_at": str},
        pk="id",
        not_null={"code", "created_at"},
    )
    db["cases"].create_index(["code"], unique=True)
    db["participants"].create(
        {
            "id": int,
            "case_id": int,
            "role": str,
            "name": str,
            "aliases": str,
            "phone": str,
            "email": str,
            "birth_year": int,
            "gender": str,
            "consent_date": str,
            "consent_version": str,
            "created_at": str,
        },
        pk="id",
        not_null={"case_id", "role", "name", "created_at"},
        foreign_keys=[("case_id", "cases", "id")],
    )
    db["participants"].create_index(["case_id"])
    db["contacts"].create(
        {
            "id": int,
            "participant_id": int,
            "name": str,
            "relation": str,
            "aliases": str,
            "created_at": str,
        },
        pk="id",
        not_null={"participant_id", "name", "created_at"},
        foreign_keys=[("participant_id", "participants", "id")],
    )
    db["contacts"].create_index(["participant_id"])


@migrations()
def m003_instruments_and_responses(db: sqlite_utils.Database) -> None:
    db["instrument_versions"].create(
        {
            "instrument_id": str,
            "version": int,
            "kind": str,
            "title": str,
            "hash": str,
            "definition": str,
            "source_path": str,
            "registered_at": str,
            "updated_at": str,
        },
        pk=("instrument_id", "version"),
        not_null={"kind", "title", "hash", "definition", "registered_at"},
    )
    db["responses"].create(
        {
            "uuid": str,
            "instrument_id": str,
            "version": int,
            "case_id": int,
            "participant_id": int,
            "wave_id": str,
            "date": str,
            "collector_id": int,
            "status": str,
            "revision": int,
            "created_at": str,
            "updated_at": str,
            "completed_at": str,
        },
        pk="uuid",
        not_null={
            "instrument_id",
            "version",
            "case_id",
            "wave_id",
            "collector_id",
            "status",
            "revision",
            "created_at",
            "updated_at",
        },
        foreign_keys=[
            ("case_id", "cases", "id"),
            ("participant_id", "participants", "id"),
            ("wave_id", "waves", "id"),
            ("collector_id", "users", "id"),
        ],
    )
    db.execute("CREATE INDEX idx_responses_version ON responses (instrument_id, version)")
    db["responses"].create_index(["case_id", "wave_id"])
    db["responses"].create_index(["participant_id"])
    db["answers"].create(
        {"response_uuid": str, "item_id": str, "value": str},
        pk=("response_uuid", "item_id"),
        not_null={"value"},
        foreign_keys=[("response_uuid", "responses", "uuid")],
    )


@migrations()
def m004_audit_log(db: sqlite_utils.Database) -> None:
    db["audit_log"].create(
        {
            "id": int,
            "at": str,
            "actor_id": int,
            "actor": str,
            "action": str,
            "table_name": str,
            "row_key": str,
            "before": str,
            "after": str,
        },
        pk="id",
        not_null={"at", "actor", "action", "table_name", "row_key"},
    )
    db["audit_log"].create_index(["table_name", "row_key"])
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


@migrations()
def m005_api_tokens(db: sqlite_utils.Database) -> None:
    """API tokens: only a SHA-256 hash of each token is stored, with a short, non-secret
    prefix of it so people can tell tokens apart when listing or revoking them."""
    db["api_tokens"].create(
        {
            "id": int,
            "user_id": int,
            "name": str,
            "prefix": str,
            "token_hash": str,
            "created_at": str,
            "revoked_at": str,
        },
        pk="id",
        not_null={"user_id", "name", "prefix", "token_hash", "created_at"},
        foreign_keys=[("user_id", "users", "id")],
    )
    db["api_tokens"].create_index(["token_hash"], unique=True)
    db["api_tokens"].create_index(["prefix"])


@migrations()
def m006_release_registers(db: sqlite_utils.Database) -> None:
    """Places that identify people (clinics, wards, small villages), and the review list of
    words that look like names; both feed the redaction of free text in releases."""
    db["places"].create(
        {"id": int, "name": str, "aliases": str, "created_at": str},
        pk="id",
        not_null={"name", "created_at"},
    )
    db["places"].create_index(["name"], unique=True)
    db["name_reviews"].create(
        {
            "word": str,
            "example": str,
            "status": str,
            "first_seen": str,
            "decided_by": str,
            "decided_at": str,
        },
        pk="word",
        not_null={"status", "first_seen"},
    )
    db["name_reviews"].create_index(["status"])


@migrations()
def m007_collectors_drafts(db: sqlite_utils.Database) -> None:
    """Each collector's dashboard lists their drafts; discarded drafts stay in `responses`
    (status 'discarded'), so no table changes, only the index that list reads."""
    db["responses"].create_index(["collector_id", "status"])


@migrations()
def m008_review_batches_and_publish_runs(db: sqlite_utils.Database) -> None:
    """The review list keeps how often each word occurred in the latest build and a few of
    its contexts (so the study lead decides on every form of a word at once); publishing from
    the web app runs in the background and records its progress for the page to poll."""
    db["name_reviews"].add_column("occurrences", int, not_null_default=0)
    db["name_reviews"].add_column("contexts", str)
    db["name_reviews"].add_column("last_seen", str)
    db["release_runs"].create(
        {
            "id": int,
            "started_at": str,
            "started_by": str,
            "started_by_id": int,
            "allow_unreviewed": str,
            "status": str,
            "stage": str,
            "done": int,
            "total": int,
            "unreviewed": int,
            "leaks": int,
            "summary": str,
            "reasons": str,
            "updated_at": str,
            "finished_at": str,
        },
        pk="id",
        not_null={"started_at", "started_by", "status", "updated_at"},
        defaults={"done": 0, "total": 0},
    )


@migrations()
def m010_user_language(db: sqlite_utils.Database) -> None:
    """The language each user reads Casebook and its forms in (a code such as `sv`); empty
    means "as the browser asks" (Accept-Language), English when it asks for nothing we have."""
    db["users"].add_column("language", str)


@migrations()
def m011_session_versions_and_login_failures(db: sqlite_utils.Database) -> None:
    """Each account's session version: every login (Casebook's and Datasette's) carries the
    version it began under and stops working when it changes (logout, a new password,
    deactivation). Failed logins by account and by address, for growing delays."""
    db["users"].add_column("session_version", int, not_null_default=0)
    db["login_failures"].create(
        {"key": str, "failures": int, "last_failure": str, "blocked_until": str},
        pk="key",
        not_null={"failures", "last_failure"},
    )
    db["login_failures"].create_index(["last_failure"])


@migrations()
def m012_audit_events(db: sqlite_utils.Database) -> None:
    """Security events, beside the audit log of changes to data: logins and failed logins,
    API tokens created and revoked, releases published and downloaded. Append-only, like
    the audit log; `casebook audit export` writes both. `username` is what was typed at a
    login (also for an account that does not exist); `subject` is what the event concerns
    (a token, a release file, a download's path)."""
    db["audit_events"].create(
        {
            "id": int,
            "at": str,
            "event": str,
            "username": str,
            "user_id": int,
            "address": str,
            "subject": str,
            "detail": str,
        },
        pk="id",
        not_null={"at", "event"},
    )
    db["audit_events"].create_index(["at"])
    db["audit_events"].create_index(["event", "at"])
    for verb in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "
            "BEGIN SELECT RAISE(ABORT, 'the audit events are append-only'); END"
        )


@migrations()
def m013_coding_units(db: sqlite_utils.Database) -> None:
    """Units of coding: a meeting (an observation session) or other material (an interview,
    a document) coded with one instrument by one or more assigned coders, each blind to the
    others until all have completed. `responses.unit_id` says which unit a response codes;
    `responses.consensus` marks the one response the study lead (or the unit's named
    reviewer) reconciled from the coders' own, which a release publishes instead of them."""
    db["coding_units"].create(
        {
            "id": int,
            "kind": str,
            "instrument_id": str,
            "case_id": int,
            "wave_id": str,
            "date": str,
            "label": str,
            "reviewer_id": int,
            "created_by_id": int,
            "created_at": str,
        },
        pk="id",
        not_null={"kind", "instrument_id", "case_id", "wave_id", "created_at"},
        foreign_keys=[
            ("case_id", "cases", "id"),
            ("wave_id", "waves", "id"),
            ("reviewer_id", "users", "id"),
        ],
    )
    db["coding_units"].create_index(["case_id", "wave_id"])
    db["unit_coders"].create(
        {"unit_id": int, "user_id": int, "assigned_at": str},
        pk=("unit_id", "user_id"),
        not_null={"assigned_at"},
        foreign_keys=[("unit_id", "coding_units", "id"), ("user_id", "users", "id")],
    )
    db["unit_coders"].create_index(["user_id"])
    db["responses"].add_column("unit_id", int)
    db["responses"].add_column("consensus", int, not_null_default=0)
    db["responses"].create_index(["unit_id"])


@migrations()
def m014_live_events(db: sqlite_utils.Database) -> None:
    """Live event coding (an `events` item): one row per tap, keyed by the id the device gave
    it, so a resend changes nothing. `tapped` keeps the event as the device sent it (a resend
    is compared with it); a correction changes offset, code, subject or `voided` through
    `casebook.live_events` with an audit row. Rows are never deleted, and what was tapped
    never changes: triggers refuse both."""
    db["live_events"].create(
        {
            "id": str,
            "response_uuid": str,
            "item_id": str,
            "offset_ms": int,
            "code": str,
            "subject": str,
            "observer_id": int,
            "tapped": str,
            "voided": int,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"response_uuid", "item_id", "offset_ms", "code", "tapped", "created_at"},
        defaults={"voided": 0},
        foreign_keys=[("response_uuid", "responses", "uuid"), ("observer_id", "users", "id")],
    )
    db["live_events"].create_index(["response_uuid", "item_id", "offset_ms"])
    db.execute(
        "CREATE TRIGGER live_events_no_delete BEFORE DELETE ON live_events "
        "BEGIN SELECT RAISE(ABORT, 'live events are never deleted; void them'); END"
    )
    db.execute(
        "CREATE TRIGGER live_events_tapped_kept BEFORE UPDATE OF id, response_uuid, item_id, "
        "tapped, observer_id ON live_events "
        "BEGIN SELECT RAISE(ABORT, 'what was tapped is kept as tapped'); END"
    )


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations; returns the names applied."""
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending
