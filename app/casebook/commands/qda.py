"""Exports for QDA tools from the command line: `casebook export qdpx` writes the latest
release as a REFI-QDA project (casebook.exports.qdpx)."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from casebook.commands.common import stop
from casebook.config import instance_folder


@click.command(
    "qdpx",
    short_help="Write the release as a REFI-QDA project (.qdpx) for QDA tools.",
    help="Write the de-identified release as a REFI-QDA project (.qdpx) that QualCoder, "
    "NVivo, ATLAS.ti and MAXQDA open: one text source per response with its redacted notes, "
    "the coding frames as the codebook, each coding as a coded selection, and the cases. "
    "Read from the release only, never the private database; validated against the "
    "REFI-QDA Project schema before it is written. See docs/exports.md.",
)
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The .qdpx file to write (replaced if it exists).",
)
@click.option(
    "--release",
    "release_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="The release to export (default: <instance>/release.db, the latest published).",
)
@with_appcontext
def export_qdpx(out: Path, release_path: Path | None) -> None:
    from casebook.exports.qda_release import NotARelease
    from casebook.exports.qdpx import InvalidProject, export_qdpx
    from casebook.release.publishing import RELEASE_FILE

    release = release_path or instance_folder() / RELEASE_FILE
    try:
        summary = export_qdpx(release, out)
    except NotARelease as error:
        stop(str(error))
    except InvalidProject as error:
        stop(f"Not written: the project does not validate against the REFI-QDA schema: {error}")
    except OSError as error:
        stop(f"Could not write {out}: {error.strerror or error}")
    click.echo(
        f"Wrote {summary.path}: {summary.sources} text source(s), {summary.codes} code(s), "
        f"{summary.codings} coding(s)."
    )
