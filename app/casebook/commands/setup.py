"""Setting Casebook up and running it: `casebook init`, `serve` and `demo`."""

from __future__ import annotations

import click

from casebook.commands.common import database_path, fail, open_database, stop
from casebook.instruments.yamlfile import InstrumentError
from casebook.paths import instruments_folder


@click.command(
    short_help="Create or migrate the database; register the instruments.",
    help="Create or migrate the private database and register the instruments folder. "
    "Idempotent and never interactive; refuses (exit 1) if an instrument is broken or the "
    "file of a version that holds data has changed.",
)
def init() -> None:
    from casebook.bootstrap import initialise

    try:
        report = initialise(database_path(), instruments_folder())
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
    "--secure-cookies",
    is_flag=True,
    envvar="CASEBOOK_SECURE_COOKIES",
    help="Behind HTTPS: send the login cookie over HTTPS only and tell browsers to use "
    "HTTPS (HSTS). Also set by CASEBOOK_SECURE_COOKIES=1.",
)
def serve(host: str, port: int, threads: int, secure_cookies: bool) -> None:
    import waitress

    from casebook import create_app

    open_database().close()
    app = create_app(
        {"CASEBOOK_DATABASE": str(database_path()), "CASEBOOK_SECURE_COOKIES": secure_cookies}
    )
    click.echo(f"Casebook is serving at http://{host}:{port}/ (log in there; Ctrl+C stops it)")
    if secure_cookies:
        click.echo("Login cookies go over HTTPS only: open Casebook through your HTTPS proxy.")
    # waitress stops reading a request body at Casebook's own limit (it would read up to
    # 1 GB before handing the request over, and only then would Casebook refuse it).
    waitress.serve(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="Casebook",
        max_request_body_size=int(app.config["CASEBOOK_MAX_BODY"]),
    )


@click.command(
    short_help="Fill a fictional demo study.",
    help="Fill a fictional demo study: resource groups, participants of every role, complete "
    "and draft interviews, observations and codings. Only fills a study with no cases.",
)
@click.option("--if-empty", is_flag=True, help="Do nothing if the study already has cases.")
def demo(if_empty: bool) -> None:
    from casebook.demo import demo_is_needed, fill_demo_study
    from casebook.settings import load_settings

    db = open_database()
    if not demo_is_needed(db):
        if if_empty:
            click.echo("The study already has cases: no demo data added.")
            return
        stop("The study already has cases; the demo only fills an empty study.")
    settings = load_settings(instruments_folder())
    counts = fill_demo_study(db, settings.role_ids)
    click.echo(
        f"Demo study added: {counts['cases']} cases, {counts['participants']} participants, "
        f"{counts['responses']} responses (all names are fictional)."
    )
