"""De-identified releases from the command line: `casebook publish` builds and verifies one,
`casebook review` decides on words that look like names, `casebook datasette` serves the
latest release to analysts."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from app.commands.common import cli_actor, database_path, fail, open_database, stop
from app.instruments.yamlfile import InstrumentError
from app.paths import instance_folder, instruments_folder

if TYPE_CHECKING:
    from app.release.build import ReleaseSummary

RELEASE_FILE = "release.db"


@click.command(
    short_help="Build a de-identified release for analysts.",
    help="Build a de-identified release from the private database into a separate SQLite "
    "file (default: <instance>/release.db), verify it with an independent scan, and only then "
    "replace the previous release. A release that fails leaves the previous one untouched.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write the release (default: <instance>/release.db).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Refuse while possible names await review (`casebook review list`).",
)
def publish(out: Path | None, strict: bool) -> None:
    from app.release.build import ReleaseRefused
    from app.release.build import publish as build_release

    open_database().close()
    target = out or instance_folder() / RELEASE_FILE
    with click.progressbar(length=1, label="Building the release", file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        try:
            summary = build_release(
                database_path(),
                instruments_folder(),
                target,
                instance_folder(),
                cli_actor().name,
                strict,
                progress,
            )
        except ReleaseRefused as refused:
            stop("Release refused, previous release unchanged:\n  " + "\n  ".join(refused.reasons))
        except InstrumentError as error:
            fail(error.problems)
    for line in release_summary_lines(summary):
        click.echo(line)


def release_summary_lines(summary: ReleaseSummary) -> list[str]:
    """What `casebook publish` reports about a release it wrote."""
    groups = summary.small_groups
    lines = [f"Release written to {summary.path} in {summary.seconds:.1f} s."]
    lines.append("Rows: " + ", ".join(f"{t} {n}" for t, n in sorted(summary.rows.items())))
    redacted = ", ".join(f"{k} {n}" for k, n in sorted(summary.redactions.items())) or "none"
    lines.append(f"Redactions: {redacted}")
    if groups:
        hidden = ", ".join(f"{k} {n}" for k, n in groups.suppressed.items()) or "nothing"
        lines.append(
            f"Smallest group k = {groups.k} (threshold {groups.threshold}); suppressed: {hidden}"
        )
    if groups and groups.k < groups.threshold:
        lines.append(
            f"Warning: k = {groups.k} is below {groups.threshold}: some role has fewer "
            "participants than that, and roles are published with every interview."
        )
    if summary.pending_reviews:
        lines.append(
            f"{summary.pending_reviews} possible name(s) await review: `casebook review list`."
        )
    return lines


@click.group(help="Review words in notes that look like names but are not registered.")
def review() -> None:
    pass


@review.command("list", help="List the words waiting for a decision (with an example).")
@click.option("--all", "show_all", is_flag=True, help="Include words already decided.")
def review_list(show_all: bool) -> None:
    from app.release.reviews import review_list as rows

    entries = rows(open_database(), None if show_all else "pending")
    if not entries:
        click.echo("Nothing is waiting for review.")
    for row in entries:
        click.echo(f"{row['word']:<20} {row['status']:<8} …{row['example']}…")


@review.command("mark", help="Mark words as a NAME to redact from now on, or as SAFE.")
@click.argument("decision", type=click.Choice(["name", "safe"]))
@click.argument("words", nargs=-1, required=True)
def review_mark(decision: str, words: tuple[str, ...]) -> None:
    from app.release.reviews import decide

    db = open_database()
    for word in words:
        try:
            decide(db, word, decision, cli_actor())
        except LookupError as error:
            stop(str(error))
        click.echo(f"{word}: {decision}")


@click.command(
    short_help="Serve the latest release to analysts with Datasette.",
    help="Serve the latest release read-only (immutable) with Datasette, described from the "
    "instruments. Only Casebook analysts and admins can use it, with their Casebook login or "
    "an API token. The private database is never attached.",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
def datasette(host: str, port: int) -> None:
    import uvicorn

    from app.datasette_plugin.server import build_datasette

    open_database().close()
    release = instance_folder() / RELEASE_FILE
    if not release.exists():
        stop(f"No release at {release}: run `casebook publish` first.")
    metadata = Path(os.environ.get("CASEBOOK_DATASETTE_METADATA", "datasette-metadata.json"))
    ds = build_datasette(release, database_path(), instance_folder(), metadata)
    click.echo(
        f"The study's release is served at http://{host}:{port}/ (analysts and admins "
        "log in at /-/casebook-login)"
    )
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
