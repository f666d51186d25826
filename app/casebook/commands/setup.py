"""Setting Casebook up and running it: `casebook init`, `serve` and `demo`."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import with_appcontext

from casebook.commands.common import fail, open_database, stop
from casebook.config import database_path, instruments_path
from casebook.instruments.yamlfile import InstrumentError


@click.command(
    short_help="Create or migrate the database; register the instruments.",
    help="Create or migrate the private database and register the instruments folder. "
    "Idempotent and never interactive; refuses (exit 1) if an instrument is broken or the "
    "file of a version that holds data has changed.",
)
@with_appcontext
def init() -> None:
    from casebook.bootstrap import initialise

    try:
        report = initialise(database_path(), instruments_path())
    except InstrumentError as error:
        fail(error.problems)
    click.echo(f"Database: {report.database}")
    applied = ", ".join(report.migrations) or "none (already up to date)"
    click.echo(f"Migrations applied: {applied}")
    for label in ("added", "updated", "unchanged"):
        versions = getattr(report.instruments, label)
        if versions:
            click.echo(f"Instruments {label}: {', '.join(versions)}")


@click.command(help="Serve Casebook with the waitress WSGI server.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
@click.option(
    "--processes",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes, each with --threads threads, sharing the port: more than one "
    "lets saves use more than one core (docs/benchmarks.md, figure 3).",
)
@click.option(
    "--secure-cookies",
    is_flag=True,
    help="Behind HTTPS: send the login cookie over HTTPS only and tell browsers to use "
    "HTTPS (HSTS). Also set by the CASEBOOK_SECURE_COOKIES setting "
    "(CASEBOOK_SECURE_COOKIES=1 for `casebook`).",
)
@with_appcontext
def serve(host: str, port: int, threads: int, processes: int, secure_cookies: bool) -> None:
    # The publish and review pages need the release build and its redactor, which the app
    # itself no longer imports (views/publishing.py): load them now, before waitress takes
    # requests (and before it forks workers, which then share them), not on an admin's click.
    import casebook.release.runs  # noqa: F401
    from casebook.serving import serve as serve_app

    open_database().close()
    app = current_app._get_current_object()  # the stand-alone site, or the host with it
    secure_cookies = secure_cookies or bool(app.config["CASEBOOK_SECURE_COOKIES"])
    if secure_cookies:
        app.config.update(CASEBOOK_SECURE_COOKIES=True, SESSION_COOKIE_SECURE=True)
    click.echo(f"Casebook is serving at http://{host}:{port}/ (log in there; Ctrl+C stops it)")
    if secure_cookies:
        click.echo("Login cookies go over HTTPS only: open Casebook through your HTTPS proxy.")
    # waitress stops reading a request body at Casebook's own limit (it would read up to
    # 1 GB before handing the request over, and only then would Casebook refuse it).
    serve_app(
        app,
        host,
        port,
        threads,
        processes,
        database_path(),
        max_request_body_size=int(app.config["CASEBOOK_MAX_BODY"]),
    )


@click.command(
    short_help="Fill a fictional demo study.",
    help="Fill a fictional demo study: resource groups, participants of every role, complete "
    "and draft interviews, observations and codings. Only fills a study with no cases.",
)
@click.option("--if-empty", is_flag=True, help="Do nothing if the study already has cases.")
@with_appcontext
def demo(if_empty: bool) -> None:
    from casebook.demo import demo_is_needed, fill_demo_study
    from casebook.settings import load_settings

    db = open_database()
    if not demo_is_needed(db):
        if if_empty:
            click.echo("The study already has cases: no demo data added.")
            return
        stop("The study already has cases; the demo only fills an empty study.")
    settings = load_settings(instruments_path())
    counts = fill_demo_study(db, settings.role_ids)
    click.echo(
        f"Demo study added: {counts['cases']} cases, {counts['participants']} participants, "
        f"{counts['responses']} responses (all names are fictional)."
    )
