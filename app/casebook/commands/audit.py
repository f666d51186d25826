"""The audit log from the command line: `casebook audit export`."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from casebook.commands.common import open_database, stop


@click.group(cls=AppGroup, help="Read the audit log: changes to study data and security events.")
def audit() -> None:
    pass


@audit.command(
    "export",
    short_help="Export the audit log and security events as CSV.",
    help="Write every change to study data (who, when, before, after) and every security "
    "event (logins, failed logins, API tokens created and revoked, releases published and "
    "downloaded) as one CSV, oldest first, to standard output or --out FILE (created "
    "readable by you only). Cells a spreadsheet could run as a formula start with '. "
    "While a coding unit is open, the before and after of each blind coding are withheld "
    "(the row stays, marked 'withheld'), for admins too. "
    "The file holds names and notes: keep it as safe as the database.",
)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), default=None)
@click.option("--since", default="", metavar="YYYY-MM-DD", help="Only from this date on.")
def audit_export(out: Path | None, since: str) -> None:
    from casebook.audit_export import export_audit
    from casebook.private_files import open_private

    if since:
        try:
            dt.date.fromisoformat(since[:10])
        except ValueError:
            stop(f"--since {since!r} is not a date: use YYYY-MM-DD.")
    db = open_database()
    if out is None:
        export_audit(db, sys.stdout, since)
        return
    with open_private(out, "w") as handle:
        count = export_audit(db, handle, since)
    click.echo(f"{count} rows written to {out}.", err=True)
