"""What every command shares: the private database (where the app's config says), the actor
the audit log records for the command line, and stopping with a sentence (exit status 1)
instead of a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click
from flask import Flask, current_app
from flask.cli import ScriptInfo

from casebook.audit import Actor
from casebook.config import database_path
from casebook.instruments.yamlfile import Problem

if TYPE_CHECKING:
    import sqlite_utils


def the_app() -> Flask:
    """The app a command runs on: the current one, else the one the command line names
    (for the few commands that need it only sometimes, e.g. `instruments check` without
    paths)."""
    if current_app:
        return current_app._get_current_object()  # type: ignore[attr-defined]
    return click.get_current_context().ensure_object(ScriptInfo).load_app()


def open_database() -> sqlite_utils.Database:
    """The private database, which must have been initialised."""
    from casebook.db import connect
    from casebook.migrations import migrations

    path = database_path()
    if not path.exists():
        stop(f"No Casebook database at {path}: run `casebook init` first.")
    db = connect(path)
    if migrations.pending(db):
        stop(f"The database at {path} needs migrating: run `casebook init`.")
    return db


def check_database_read_only(path: Path) -> None:
    """Stop unless an initialised, migrated private database is at `path`, looking at it
    read-only (for commands that must never write to it)."""
    from casebook.db import connect_read_only
    from casebook.migrations import migrations

    if not path.exists():
        stop(f"No Casebook database at {path}: run `casebook init` first.")
    db = connect_read_only(path)
    try:
        pending = migrations.pending(db)
    finally:
        db.close()
    if pending:
        stop(f"The database at {path} needs migrating: run `casebook init`.")


def stop(message: str) -> NoReturn:
    """Say why on standard error and exit with status 1."""
    click.echo(message, err=True)
    sys.exit(1)


def fail(problems: list[Problem]) -> NoReturn:
    """List the problems on standard error and exit with status 1."""
    for problem in problems:
        click.echo(str(problem), err=True)
    stop(f"{len(problems)} problem(s) found.")


def cli_actor() -> Actor:
    """Who the audit log says made a change from the command line."""
    return Actor.system(f"cli ({os.environ.get('USER', 'unknown user')})")
