"""Backups from the command line: `casebook backup DEST` (while the app serves) and
`casebook restore SRC` (after checking the backup)."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from casebook.commands.common import stop
from casebook.config import database_path, instance_folder


@click.command(
    short_help="Back up the private database and the keys, while Casebook serves.",
    help="Back up the private database with SQLite's online backup API (safe while `casebook "
    "serve` is running: every save acknowledged before the backup starts is in it) and the "
    "key files (secret.key, release.key, datasette.key) into DEST, a new folder, or a "
    ".tar.gz or .tar archive, with manifest.json: the SHA-256 of every file, the schema "
    "version and row counts. Without release.key, later releases get new pseudonyms; keep "
    "backups as safe as the database itself (docs/security.md).",
)
@click.argument("destination", type=click.Path(path_type=Path))
@click.option(
    "--without-keys",
    is_flag=True,
    help="Leave the key files out (back them up apart from the data, see docs/security.md).",
)
@with_appcontext
def backup(destination: Path, without_keys: bool) -> None:
    from casebook.backup import BackupError, make_backup

    database = database_path()
    if not database.exists():
        stop(f"No Casebook database at {database}: nothing to back up.")
    try:
        report = make_backup(database, instance_folder(), destination, keys=not without_keys)
    except BackupError as error:
        stop(f"No backup made: {error}.")
    counts = ", ".join(f"{n} {table}" for table, n in report.counts.items())
    click.echo(f"Backup written to {report.destination}: {', '.join(report.files)}.")
    click.echo(f"Database: {counts}; schema {report.migrations[-1] if report.migrations else '-'}.")
    if without_keys:
        click.echo("The key files are NOT in this backup: keep a copy of them elsewhere.")
    else:
        click.echo(
            "It holds the keys too: keep it where only the study's data managers can read it."
        )


@click.command(
    short_help="Check a backup and put it in place.",
    help="Check the backup at SRC (a folder or archive made by `casebook backup`): every "
    "file against the manifest's checksums, the database with PRAGMA integrity_check, and "
    "its schema version against this Casebook. Only then put the database and the keys in "
    "place in the instance folder. An existing database (or a different key) is replaced "
    "only with --force, after stopping Casebook; the replaced files are kept in "
    "replaced-<time>/ in the instance folder.",
)
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing database and keys.")
@with_appcontext
def restore(source: Path, force: bool) -> None:
    from casebook.backup import BackupError
    from casebook.restore import restore_backup

    try:
        report = restore_backup(source, database_path(), instance_folder(), force=force)
    except BackupError as error:
        stop(f"Nothing restored: {error}.")
    counts = ", ".join(f"{n} {table}" for table, n in report.counts.items())
    click.echo(f"Restored {', '.join(report.restored)} from {source} ({counts}).")
    if report.replaced_into is not None:
        click.echo(f"The files it replaced are kept in {report.replaced_into}.")
    if report.pending_migrations:
        click.echo("The backup is from an older Casebook: run `casebook init` to migrate it.")
