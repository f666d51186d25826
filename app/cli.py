"""The `casebook` command: set up, serve, manage accounts and instruments, fill a demo study."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from app.instruments.loader import check_paths, settings_for
from app.instruments.yamlfile import InstrumentError
from app.paths import instruments_folder


@click.group(help="Casebook: versioned interview guides and observation checklists for studies.")
def main() -> None:
    pass


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
    result = check_paths(targets, settings)
    if result.problems:
        _fail(result.problems)
    click.echo(f"{result.files} instrument file(s) checked: all valid.")


def _fail(problems: list) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)
    click.echo(f"{len(problems)} problem(s) found.", err=True)
    sys.exit(1)
