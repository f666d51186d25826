"""The `casebook` command: set up, serve, manage accounts and instruments, fill a demo study.

Every command is non-interactive unless it must ask for a password; problems are reported
as sentences with exit status 1, never as tracebacks."""

from __future__ import annotations

import json
import os
import secrets
import sys
from pathlib import Path
from typing import NoReturn

import click

from app.accounts import ROLES, AccountError, add_user, list_users, set_password
from app.audit import Actor
from app.instruments.loader import check_paths, load_instrument, settings_for
from app.instruments.yamlfile import InstrumentError, Problem
from app.paths import DATABASE_FILE, instance_folder, instruments_folder


def database_path() -> Path:
    return instance_folder() / DATABASE_FILE


def open_database():
    """The private database, which must have been initialised."""
    from app.db import connect
    from app.migrations import migrations

    path = database_path()
    if not path.exists():
        _stop(f"No Casebook database at {path}: run `casebook init` first.")
    db = connect(path)
    if migrations.pending(db):
        _stop(f"The database at {path} needs migrating: run `casebook init`.")
    return db


def _stop(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(1)


def _fail(problems: list[Problem]) -> NoReturn:
    for problem in problems:
        click.echo(str(problem), err=True)
    _stop(f"{len(problems)} problem(s) found.")


def _cli_actor() -> Actor:
    return Actor.system(f"cli ({os.environ.get('USER', 'unknown user')})")


@click.group(help="Casebook: versioned interview guides and observation checklists for studies.")
def main() -> None:
    pass


@main.command(
    short_help="Create or migrate the database; register the instruments.",
    help="Create or migrate the private database and register the instruments folder. "
    "Idempotent and never interactive; refuses (exit 1) if an instrument is broken or the "
    "file of a version that holds data has changed.",
)
def init() -> None:
    from app.bootstrap import initialise

    try:
        report = initialise(database_path(), instruments_folder())
    except InstrumentError as error:
        _fail(error.problems)
    click.echo(f"Database: {report.database}")
    applied = ", ".join(report.migrations) or "none (already up to date)"
    click.echo(f"Migrations applied: {applied}")
    for label in ("added", "updated", "unchanged"):
        versions = getattr(report.instruments, label)
        if versions:
            click.echo(f"Instruments {label}: {', '.join(versions)}")


@main.command(help="Serve Casebook with the waitress WSGI server.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
def serve(host: str, port: int, threads: int) -> None:
    import waitress

    from app import create_app

    open_database().close()
    app = create_app({"CASEBOOK_DATABASE": str(database_path())})
    click.echo(f"Casebook is serving at http://{host}:{port}/ (log in there; Ctrl+C stops it)")
    waitress.serve(app, host=host, port=port, threads=threads, ident="Casebook")


@main.command(
    short_help="Fill a fictional demo study.",
    help="Fill a fictional demo study: resource groups, participants of every role, complete "
    "and draft interviews, observations and codings. Only fills a study with no cases.",
)
@click.option("--if-empty", is_flag=True, help="Do nothing if the study already has cases.")
def demo(if_empty: bool) -> None:
    from app.demo import demo_is_needed, fill_demo_study
    from app.settings import load_settings

    db = open_database()
    if not demo_is_needed(db):
        if if_empty:
            click.echo("The study already has cases: no demo data added.")
            return
        _stop("The study already has cases; the demo only fills an empty study.")
    settings = load_settings(instruments_folder())
    counts = fill_demo_study(db, settings.role_ids)
    click.echo(
        f"Demo study added: {counts['cases']} cases, {counts['participants']} participants, "
        f"{counts['responses']} responses (all names are fictional)."
    )


# --- users ----------------------------------------------------------------------------------


@main.group(help="Manage accounts.")
def users() -> None:
    pass


@users.command("add", help="Add an account. Roles: " + ", ".join(ROLES) + ".")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(list(ROLES)))
@click.option("--display-name", default=None, help="Name shown in the app.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def users_add(name: str, role: str, display_name: str | None, password_stdin: bool) -> None:
    password = _read_password(password_stdin)
    db = open_database()
    try:
        add_user(db, name, role, password, _cli_actor(), display_name)
    except AccountError as error:
        _stop(f"Cannot add {name!r}: {error}.")
    click.echo(f"Account {name!r} added with role {role}.")


@users.command("passwd", help="Set a new password for an account.")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def users_passwd(name: str, password_stdin: bool) -> None:
    password = _read_password(password_stdin)
    try:
        set_password(open_database(), name, password, _cli_actor())
    except AccountError as error:
        _stop(f"Cannot change the password: {error}.")
    click.echo(f"Password of {name!r} changed.")


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@users.command("list", help="List accounts and their roles.")
def users_list() -> None:
    for user in list_users(open_database()):
        state = "" if user["active"] else " (inactive)"
        click.echo(f"{user['username']:<24} {user['role']:<12} {user['display_name']}{state}")


@users.command("ensure-admin", help="Create an admin account if there is none.")
@click.option("--name", default="admin", show_default=True)
def users_ensure_admin(name: str) -> None:
    db = open_database()
    admins = [u for u in list_users(db) if u["role"] == "admin" and u["active"]]
    if admins:
        click.echo(f"Admin account: {admins[0]['username']} (password unchanged).")
        return
    password = os.environ.get("CASEBOOK_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
    try:
        add_user(db, name, "admin", password, _cli_actor(), "Study lead")
    except AccountError as error:
        _stop(f"Cannot create the admin account: {error}.")
    if os.environ.get("CASEBOOK_ADMIN_PASSWORD"):
        click.echo(f"Admin account created: {name} (password from CASEBOOK_ADMIN_PASSWORD).")
    else:
        click.echo(f"Admin account created. Username: {name}  Password: {password}")
        click.echo("This password is shown only once; change it with `casebook users passwd`.")


# --- instruments ------------------------------------------------------------------------------


@main.group(help="Check, list and compare instrument versions.")
def instruments() -> None:
    pass


@instruments.command("check", help="Check instrument files or folders; exit 1 on any problem.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def instruments_check(paths: tuple[Path, ...]) -> None:
    targets = list(paths) or [instruments_folder()]
    try:
        settings = settings_for(targets)
    except InstrumentError as error:
        _fail(error.problems)
    if settings is None:
        click.echo(
            "Warning: no study.yaml beside these files, so their roles and waves were not "
            "checked against the study settings.",
            err=True,
        )
    result = check_paths(targets, settings)
    if result.problems:
        _fail(result.problems)
    click.echo(f"{result.files} instrument file(s) checked: all valid.")


@instruments.command("list", help="List registered instrument versions.")
def instruments_list() -> None:
    from app.instruments.registry import list_versions

    rows = list_versions(open_database())
    if not rows:
        click.echo("No instruments registered: run `casebook init`.")
    for row in rows:
        frozen = "frozen" if row["responses"] else "no data yet"
        click.echo(
            f"{row['instrument_id']:<30} v{row['version']:<3} {row['kind']:<12} "
            f"{row['hash'][:12]}  {row['responses']:>4} response(s), {frozen}  {row['title']}"
        )


@instruments.command("diff", help="List items added, removed and changed between versions.")
@click.argument("instrument_id")
@click.argument("v1", type=int)
@click.argument("v2", type=int)
def instruments_diff(instrument_id: str, v1: int, v2: int) -> None:
    from app.instruments.diff import diff_instruments, format_diff

    old, new = _version(instrument_id, v1), _version(instrument_id, v2)
    for line in format_diff(diff_instruments(old, new), f"v{v1}", f"v{v2}"):
        click.echo(line)


def _version(instrument_id: str, version: int):
    """A version from the registry if it is registered, else from its file."""
    from app.instruments.registry import UnknownInstrument, get_instrument

    if database_path().exists():
        try:
            return get_instrument(open_database(), instrument_id, version)
        except UnknownInstrument:
            pass
    path = instruments_folder() / instrument_id / f"v{version}.yaml"
    if not path.exists():
        _stop(f"No version {version} of {instrument_id!r} (looked in the database and {path}).")
    try:
        return load_instrument(path, settings_for([path]))
    except InstrumentError as error:
        _fail(error.problems)


@instruments.command("schema", help="Print the JSON Schema of the instrument format.")
def instruments_schema() -> None:
    from app.instruments.model import instrument_json_schema

    click.echo(json.dumps(instrument_json_schema(), indent=2, ensure_ascii=False))


# --- API tokens -------------------------------------------------------------------------------


@main.group(
    short_help="Create, list and revoke API tokens.",
    help="Create, list and revoke API tokens for the JSON API (see docs/api.md).",
)
def tokens() -> None:
    pass


@tokens.command(
    "create",
    short_help="Create an API token for an account.",
    help="Create an API token that acts with the account's role. The token is printed alone "
    "on the last line and only this once: Casebook stores only a hash of it.",
)
@click.argument("username")
@click.option("--name", "label", default="API token", show_default=True,
              help="What the token is for, shown by `tokens list`.")  # fmt: skip
def tokens_create(username: str, label: str) -> None:
    from app.tokens import TokenError, create_token

    try:
        token = create_token(open_database(), username, label, _cli_actor())
    except TokenError as error:
        _stop(f"Cannot create a token: {error}.")
    click.echo(f"Token {token.id} ({token.prefix}...) created for {token.username}: {token.name}.")
    click.echo("Copy it now; it is not shown again. Send it as `Authorization: Bearer <token>`.")
    click.echo(token.secret)


@tokens.command("list", help="List API tokens (their prefixes, never the tokens).")
def tokens_list() -> None:
    from app.tokens import list_tokens

    rows = list_tokens(open_database())
    if not rows:
        click.echo("No API tokens: create one with `casebook tokens create USERNAME`.")
    for row in rows:
        state = f"revoked {row['revoked_at'][:10]}" if row["revoked_at"] else "active"
        if not row["revoked_at"] and not row["active"]:
            state = "account inactive"
        click.echo(
            f"{row['id']:>4}  {row['prefix']}...  {row['username']:<16} {row['role']:<12} "
            f"{state:<18} created {row['created_at'][:10]}  {row['name']}"
        )


@tokens.command("revoke", help="Revoke an API token, named by its id or prefix.")
@click.argument("id_or_prefix")
def tokens_revoke(id_or_prefix: str) -> None:
    from app.tokens import TokenError, revoke_token

    try:
        token = revoke_token(open_database(), id_or_prefix, _cli_actor())
    except TokenError as error:
        _stop(f"Cannot revoke: {error}.")
    click.echo(f"Token {token['id']} ({token['prefix']}...) of {token['username']} is revoked.")


# --- data releases ------------------------------------------------------------------------------


@main.command(
    short_help="Build a de-identified release for analysts.",
    help="Build a de-identified release from the private database into a separate SQLite "
    "file (default: <instance>/release.db), verify it with an independent scan, and only then "
    "replace the previous release. A release that fails leaves the previous one untouched.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write the release (default: <instance>/release.db).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Refuse while possible names await review (`casebook review list`).",
)
def publish(out: Path | None, strict: bool) -> None:
    from app.release.build import ReleaseRefused
    from app.release.build import publish as build_release

    open_database().close()
    target = out or instance_folder() / RELEASE_FILE
    with click.progressbar(length=1, label="Building the release", file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        try:
            summary = build_release(
                database_path(),
                instruments_folder(),
                target,
                instance_folder(),
                _cli_actor().name,
                strict,
                progress,
            )
        except ReleaseRefused as refused:
            _stop("Release refused, previous release unchanged:\n  " + "\n  ".join(refused.reasons))
        except InstrumentError as error:
            _fail(error.problems)
    for line in release_summary_lines(summary):
        click.echo(line)


RELEASE_FILE = "release.db"


def release_summary_lines(summary) -> list[str]:
    groups = summary.small_groups
    lines = [f"Release written to {summary.path} in {summary.seconds:.1f} s."]
    lines.append("Rows: " + ", ".join(f"{t} {n}" for t, n in sorted(summary.rows.items())))
    redacted = ", ".join(f"{k} {n}" for k, n in sorted(summary.redactions.items())) or "none"
    lines.append(f"Redactions: {redacted}")
    if groups:
        hidden = ", ".join(f"{k} {n}" for k, n in groups.suppressed.items()) or "nothing"
        lines.append(
            f"Smallest group k = {groups.k} (threshold {groups.threshold}); suppressed: {hidden}"
        )
    if groups and groups.k < groups.threshold:
        lines.append(
            f"Warning: k = {groups.k} is below {groups.threshold}: some role has fewer "
            "participants than that, and roles are published with every interview."
        )
    if summary.pending_reviews:
        lines.append(
            f"{summary.pending_reviews} possible name(s) await review: `casebook review list`."
        )
    return lines


@main.group(help="Review words in notes that look like names but are not registered.")
def review() -> None:
    pass


@review.command("list", help="List the words waiting for a decision (with an example).")
@click.option("--all", "show_all", is_flag=True, help="Include words already decided.")
def review_list(show_all: bool) -> None:
    from app.release.reviews import review_list as rows

    entries = rows(open_database(), None if show_all else "pending")
    if not entries:
        click.echo("Nothing is waiting for review.")
    for row in entries:
        click.echo(f"{row['word']:<20} {row['status']:<8} …{row['example']}…")


@review.command("mark", help="Mark words as a NAME to redact from now on, or as SAFE.")
@click.argument("decision", type=click.Choice(["name", "safe"]))
@click.argument("words", nargs=-1, required=True)
def review_mark(decision: str, words: tuple[str, ...]) -> None:
    from app.release.reviews import decide

    db = open_database()
    for word in words:
        try:
            decide(db, word, decision, _cli_actor())
        except LookupError as error:
            _stop(str(error))
        click.echo(f"{word}: {decision}")


@main.command(
    short_help="Serve the latest release to analysts with Datasette.",
    help="Serve the latest release read-only (immutable) with Datasette, described from the "
    "instruments. Only Casebook analysts and admins can use it, with their Casebook login or "
    "an API token. The private database is never attached.",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def datasette(host: str, port: int) -> None:
    import uvicorn

    from app.datasette_plugin.server import build_datasette

    open_database().close()
    release = instance_folder() / RELEASE_FILE
    if not release.exists():
        _stop(f"No release at {release}: run `casebook publish` first.")
    metadata = Path(os.environ.get("CASEBOOK_DATASETTE_METADATA", "datasette-metadata.json"))
    ds = build_datasette(release, database_path(), instance_folder(), metadata)
    click.echo(
        f"The study's release is served at http://{host}:{port}/ (analysts and admins "
        "log in at /-/casebook-login)"
    )
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
