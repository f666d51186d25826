"""Instruments from the command line: `casebook instruments check`, `list`, `diff` and
`schema`."""

from __future__ import annotations

import json
from pathlib import Path

import click
from flask.cli import AppGroup

from casebook.commands.common import fail, open_database, stop, the_app
from casebook.config import database_path, instruments_path
from casebook.instruments.loader import check_paths, load_instrument, settings_for
from casebook.instruments.model import Instrument
from casebook.instruments.yamlfile import InstrumentError


@click.group(cls=AppGroup, help="Check, list and compare instrument versions.")
def instruments() -> None:
    pass


@instruments.command(
    "check",
    with_appcontext=False,
    help="Check instrument files or folders; exit 1 on any problem.",
)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def instruments_check(paths: tuple[Path, ...]) -> None:
    targets = list(paths) or [instruments_path(the_app())]
    try:
        settings = settings_for(targets)
    except InstrumentError as error:
        fail(error.problems)
    if settings is None:
        click.echo(
            "Warning: no study.yaml beside these files, so their roles and waves were not "
            "checked against the study settings.",
            err=True,
        )
    result = check_paths(targets, settings)
    if result.problems:
        fail(result.problems)
    click.echo(f"{result.files} instrument file(s) checked: all valid.")


@instruments.command("list", help="List registered instrument versions.")
def instruments_list() -> None:
    from casebook.instruments.registry import list_versions

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
    from casebook.instruments.diff import diff_instruments, format_diff

    old, new = _version(instrument_id, v1), _version(instrument_id, v2)
    for line in format_diff(diff_instruments(old, new), f"v{v1}", f"v{v2}"):
        click.echo(line)


def _version(instrument_id: str, version: int) -> Instrument:
    """A version from the registry if it is registered, else from its file."""
    from casebook.instruments.registry import UnknownInstrument, get_instrument

    if database_path().exists():
        try:
            return get_instrument(open_database(), instrument_id, version)
        except UnknownInstrument:
            pass
    path = instruments_path() / instrument_id / f"v{version}.yaml"
    if not path.exists():
        stop(f"No version {version} of {instrument_id!r} (looked in the database and {path}).")
    try:
        return load_instrument(path, settings_for([path]))
    except InstrumentError as error:
        fail(error.problems)


@instruments.command(
    "schema", with_appcontext=False, help="Print the JSON Schema of the instrument format."
)
def instruments_schema() -> None:
    from casebook.instruments.model import instrument_json_schema

    click.echo(json.dumps(instrument_json_schema(), indent=2, ensure_ascii=False))
