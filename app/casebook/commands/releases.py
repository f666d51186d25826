"""De-identified releases from the command line: `casebook publish` builds and verifies one,
`casebook review` decides on words that look like names, `casebook datasette` serves the
latest release to analysts."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click
from flask.cli import AppGroup, with_appcontext

from casebook.commands.common import (
    check_database_read_only,
    cli_actor,
    fail,
    open_database,
    stop,
)
from casebook.config import (
    database_path,
    datasette_metadata,
    instance_folder,
    instruments_path,
)
from casebook.config import secure_cookies as secure_cookie_setting
from casebook.instruments.yamlfile import InstrumentError


@click.command(
    short_help="Build a de-identified release for analysts.",
    help="Build a de-identified release from the private database into a separate SQLite "
    "file (default: <instance>/release.db), verify it with an independent scan, and only then "
    "replace the previous release. A release that fails leaves the previous one untouched.\n\n"
    "Safe by default: while words that look like names await review (`casebook review "
    "list`, or Name review in the web app), publish lists them for review and refuses. "
    '--allow-unreviewed "reason" publishes them as they are; the reason, who and when are '
    "recorded in the release's _release table and in the audit log.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Where to write the release (default: <instance>/release.db).",
)
@click.option(
    "--allow-unreviewed",
    "reason",
    metavar='"REASON"',
    default=None,
    help="Publish even though words that may be names await review, for this reason "
    "(recorded in the release and the audit log).",
)
@click.option(
    "--strict",
    is_flag=True,
    hidden=False,
    help="No longer needed: publish always refuses while words await review. Accepted and ignored.",
)
@click.option(
    "--full",
    is_flag=True,
    help="Rebuild everything, reusing nothing the last build of this release made (it is "
    "kept in the instance folder, release-cache/).",
)
@with_appcontext
def publish(out: Path | None, reason: str | None, strict: bool, full: bool) -> None:
    from casebook.release.build import ReleaseRefused
    from casebook.release.publishing import ReleasePaths, publish_and_record, summary_lines

    if reason is not None and not reason.strip():
        stop('--allow-unreviewed needs a reason, e.g. --allow-unreviewed "pilot data, no names".')
    db = open_database()
    paths = ReleasePaths.default(database_path(), instruments_path(), instance_folder())
    if out is not None:
        paths = ReleasePaths(paths.database, paths.instruments, paths.instance, out)
    with click.progressbar(length=1, label="Building the release", file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        try:
            summary = publish_and_record(
                db, paths, cli_actor(), allow_unreviewed=reason, progress=progress, full=full
            )
        except ReleaseRefused as refused:
            stop("Release refused, previous release unchanged:\n  " + "\n  ".join(refused.reasons))
        except InstrumentError as error:
            fail(error.problems)
    for line in summary_lines(summary):
        click.echo(line)


@click.group(
    cls=AppGroup, help="Review words in notes that look like names but are not registered."
)
def review() -> None:
    pass


@review.command(
    "list",
    help="List the words waiting for a decision, every form of a word together, with how "
    "often they occur in the latest build and where (snippets of the redacted text).",
)
@click.option("--all", "show_all", is_flag=True, help="Include words already decided.")
def review_list(show_all: bool) -> None:
    from casebook.release.reviews import pending_groups, review_list

    db = open_database()
    groups = pending_groups(db)
    if not groups:
        click.echo("Nothing is waiting for review.")
    else:
        words = sum(len(g.words) for g in groups)
        click.echo(f"{len(groups)} word(s) ({words} form(s)) await a decision:")
    for group in groups:
        click.echo(f"\n{', '.join(group.words)}  ({group.occurrences}x)")
        for context in group.contexts:
            click.echo(f"    {context}")
    if show_all:
        decided = review_list(db, "name") + review_list(db, "safe")
        click.echo("\nDecided:" if decided else "\nNothing decided yet.")
        for row in decided:
            click.echo(f"{row['word']:<20} {row['status']:<6} {row['decided_by']}")


@review.command(
    "mark",
    help="Mark words as a NAME to redact from now on, or as SAFE. Every form of each word on "
    "the list (other case, genitive) is marked with it.",
)
@click.argument("decision", type=click.Choice(["name", "safe"]))
@click.argument("words", nargs=-1, required=True)
def review_mark(decision: str, words: tuple[str, ...]) -> None:
    from casebook.release.reviews import decide_words, forms_of

    db = open_database()
    for word in words:
        forms = forms_of(db, word)
        try:
            decide_words(db, forms, decision, cli_actor())
        except LookupError as error:
            stop(str(error))
        click.echo(f"{', '.join(forms)}: {decision}")


@click.command(
    short_help="Serve the latest release to analysts with Datasette.",
    help="Serve the latest release read-only (immutable) with Datasette, described by the "
    "descriptions and canned queries the release carries (and the CASEBOOK_DATASETTE_METADATA "
    "file). Only Casebook analysts and admins can use it, with their Casebook login or an API "
    "token. The private database is never attached: Casebook uses it only to check logins and "
    "tokens. A new release (`casebook publish`) is served within a second or two of being "
    "swapped in, with no restart.",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option(
    "--release",
    "release_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Serve this release file, e.g. one built with `publish --out` (default: "
    "<instance>/release.db). It is followed like the default one.",
)
@click.option(
    "--secure-cookies",
    is_flag=True,
    help="Behind HTTPS: send the login cookie over HTTPS only. Also set by the "
    "CASEBOOK_SECURE_COOKIES setting (CASEBOOK_SECURE_COOKIES=1 for `casebook`).",
)
@with_appcontext
def datasette(host: str, port: int, release_path: Path | None, secure_cookies: bool) -> None:
    import uvicorn

    from casebook.datasette_plugin.limits import limit_heap
    from casebook.datasette_plugin.server import (
        ReleaseFollower,
        build_datasette,
        is_complete_release,
        plugin_settings,
        served_metadata,
        unpin_all,
    )
    from casebook.release.publishing import RELEASE_FILE

    private = database_path()
    check_database_read_only(private)  # opened again only for logins and tokens
    secure_cookies = secure_cookies or secure_cookie_setting()
    release = (release_path or instance_folder() / RELEASE_FILE).resolve()
    if not release.exists():
        stop(f"No release at {release}: run `casebook publish` first.")
    if not is_complete_release(release):
        stop(f"{release} is not a Casebook release (no _release table): build one with publish.")
    metadata = datasette_metadata()
    ds = build_datasette(
        release, private, instance_folder(), metadata, secure_cookies=secure_cookies
    )
    limit_heap()  # SQLite's memory in this process, every connection together (limits.py)
    settings = plugin_settings(private, secure_cookies)

    def refreshed() -> dict:
        return served_metadata(release, metadata, settings)

    follower = ReleaseFollower(ds, release, refreshed)
    follower.start()
    click.echo(
        f"The study's release is served at http://{host}:{port}/ (analysts and admins "
        f"log in at /-/casebook-login); new releases of {release} are served as they appear."
    )
    # uvicorn shuts down gracefully on SIGTERM, then raises it again: make that a normal exit
    # so the pin of the served release is removed.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
    finally:
        follower.stop()
        unpin_all(release)
