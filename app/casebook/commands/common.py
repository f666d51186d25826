"""What every command shares: the private database, the actor the audit log records for the
command line, and stopping with a sentence (exit status 1) instead of a traceback."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from casebook.audit import Actor
from casebook.instruments.yamlfile import Problem
from casebook.paths import DATABASE_FILE, instance_folder

if TYPE_CHECKING:
    import sqlite_utils


def database_path() -> Path:
    """Where the private database is (in the instance folder)."""
    return instance_folder() / DATABASE_FILE


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
