"""Exports from the command line: `casebook export spss|stata|csv` writes the release as
files other tools open, `casebook export redcap` an instrument as a REDCap data dictionary."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import AppGroup

from casebook.commands.common import fail, stop
from casebook.commands.qda import export_qdpx
from casebook.config import instance_folder, instruments_path
from casebook.instruments.yamlfile import InstrumentError

RELEASE_HELP = "The release to export (default: <instance>/release.db)."


@click.group(cls=AppGroup, help="Export the release, or an instrument, for other tools.")
def export() -> None:
    pass


def _release_command(fmt: str, what: str) -> click.Command:
    @export.command(
        fmt,
        help=f"Write the release as {what}, one file per instrument version (one row per "
        "response) plus responses and participants, and codebook.csv beside them, into "
        "the folder --out. Reads the de-identified release only, never the private database.",
    )
    @click.option("--out", required=True, type=click.Path(path_type=Path), help="Folder.")
    @click.option("--release", "release_path", type=click.Path(path_type=Path), help=RELEASE_HELP)
    def command(out: Path, release_path: Path | None) -> None:
        from casebook.exports.release_exports import export_release
        from casebook.exports.release_file import ExportError
        from casebook.release.publishing import RELEASE_FILE

        release = release_path or instance_folder() / RELEASE_FILE
        try:
            files = export_release(release, fmt, out)  # type: ignore[arg-type]
        except ExportError as error:
            stop(str(error))
        click.echo(f"{len(files)} file(s) written to {out}: " + ", ".join(p.name for p in files))

    return command


spss = _release_command("spss", "SPSS .sav files with variable and value labels")
stata = _release_command("stata", "Stata .dta files with variable and value labels")
csv = _release_command("csv", "CSV files with the values the release holds")


@export.command(
    "redcap",
    help="Write one instrument version (default: the newest) as a REDCap data dictionary "
    "CSV. What REDCap cannot express is listed: a show_if with no faithful branching logic "
    "or a repeat makes it refuse, unless --partial writes the rest; constraints REDCap will "
    "not check are listed either way.",
)
@click.argument("instrument")
@click.option("--version", type=int, default=None, help="The version (default: the newest).")
@click.option("--out", required=True, type=click.Path(path_type=Path), help="The CSV file.")
@click.option("--partial", is_flag=True, help="Write what translates; list what does not.")
def redcap(instrument: str, version: int | None, out: Path, partial: bool) -> None:
    from casebook.exports.redcap import data_dictionary, write_dictionary
    from casebook.instruments.loader import load_folder

    try:
        _settings, found = load_folder(instruments_path())
    except InstrumentError as error:
        fail(error.problems)
    versions = sorted((i for i in found if i.id == instrument), key=lambda i: i.version)
    chosen = [i for i in versions if version in (None, i.version)]
    if not chosen:
        known = ", ".join(f"{i.id} v{i.version}" for i in found)
        stop(f"No instrument {instrument}" + (f" v{version}" if version else "") + f": {known}")
    dictionary = data_dictionary(chosen[-1])
    for line in dictionary.unchecked:
        click.echo(f"Not checked by REDCap: {line}", err=True)
    for line in dictionary.problems:
        click.echo(f"Not translated: {line}", err=True)
    if dictionary.problems and not partial:
        stop("Nothing written: REDCap cannot say the above (--partial writes the rest).")
    count = write_dictionary(dictionary, out)
    which = f"{instrument} v{chosen[-1].version}"
    click.echo(f"{count} field(s) of {which} (record_id first) written to {out}.")


export.add_command(export_qdpx)
