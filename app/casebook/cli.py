"""The `casebook` command: set up, serve, manage accounts and instruments, fill a demo study.

Every command is non-interactive unless it must ask for a password; problems are reported
as sentences with exit status 1, never as tracebacks. The commands live in app/casebook/commands/,
one module per area; this is the group they are registered on (the console entry point)."""

from __future__ import annotations

import click

from casebook.commands import accounts, audit, backups, instruments, releases, setup


@click.group(help="Casebook: versioned interview guides and observation checklists for studies.")
def main() -> None:
    pass


main.add_command(setup.init)
main.add_command(setup.serve)
main.add_command(setup.demo)
main.add_command(accounts.users)
main.add_command(accounts.tokens)
main.add_command(instruments.instruments)
main.add_command(releases.publish)
main.add_command(releases.review)
main.add_command(releases.datasette)
main.add_command(backups.backup)
main.add_command(backups.restore)
main.add_command(audit.audit)
