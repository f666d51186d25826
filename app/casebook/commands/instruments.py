"""Instruments from the command line: `casebook instruments check`, `list`, `diff`,
`schema` and `import-xlsform`."""

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


@instruments.command(
    "import-xlsform",
    short_help="Write an XLSForm as a Casebook instrument, reporting what did not map.",
    help="Read an XLSForm (.xlsx) with pyxform and write it as <instruments>/<id>/v<N>.yaml, "
    "checked by the same loader as every instrument. Every row that has no counterpart "
    "(calculations, media, locations, device metadata, XPath that does not translate) is "
    "listed instead of guessed; the rest is written. An existing version is never replaced. "
    "Waves default to every wave in study.yaml; an interview needs --role. See "
    "docs/exports.md.",
)
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--id", "instrument_id", default=None, help="Instrument id (default: form_id).")
@click.option("--version", "version", type=click.IntRange(min=1), default=1, show_default=True)
@click.option(
    "--kind",
    type=click.Choice(["interview", "observation", "coding"]),
    default="observation",
    show_default=True,
)
@click.option("--wave", "waves", multiple=True, help="A wave it is used in (repeatable).")
@click.option("--role", "roles", multiple=True, help="A role an interview is for (repeatable).")
@click.option(
    "--language",
    default="en",
    show_default=True,
    help="Language code for labels in columns without one (plain `label`).",
)
@click.option(
    "--into",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Instruments folder to write into (default: the app's, with study.yaml).",
)
def instruments_import_xlsform(
    file: Path,
    instrument_id: str | None,
    version: int,
    kind: str,
    waves: tuple[str, ...],
    roles: tuple[str, ...],
    language: str,
    into: Path | None,
) -> None:
    from casebook.instruments.xlsform import XlsFormError, read_xlsform, slug
    from casebook.instruments.xlsform_file import Identity, ImportRefused, write_instrument

    if not file.is_file():
        stop(f"No file at {file}.")
    folder = into or instruments_path()
    try:
        settings = settings_for([folder / "x" / "v1.yaml"])
    except InstrumentError as error:
        fail(error.problems)
    try:
        imported = read_xlsform(file, default_language=language)
    except XlsFormError as error:
        stop(str(error))
    form_id = instrument_id or imported.form_id or file.stem
    identity = Identity(
        id=slug(form_id, "form"),
        version=version,
        kind=kind,  # type: ignore[arg-type]
        waves=list(waves) or (settings.wave_ids if settings else []),
        roles=list(roles),
    )
    if not identity.waves:
        stop(f"No study.yaml in {folder}: name the waves it is used in with --wave.")
    try:
        target, instrument = write_instrument(
            imported.definition, identity, folder, settings, file.name
        )
    except ImportRefused as error:
        stop(str(error))
    items = sum(len(section.items) for section in instrument.sections)
    click.echo(f"Wrote {target}: {items} item(s) in {len(instrument.sections)} section(s).")
    if imported.unmapped:
        click.echo(f"{len(imported.unmapped)} row(s) did not map as they are:")
        for row in imported.unmapped:
            click.echo(f"  {row}")
