"""Publishing a release as the study lead does it, from the command line or the web app: build
it (`casebook.release.build.publish`, which never writes to the private database), then record on
the private side what the build found for review and, for a release that was published, an
audit row saying who published it, where, and whether (and why) words awaiting review were
published anyway."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from casebook import audit
from casebook.db import write_transaction
from casebook.release.build import ReleaseRefused, ReleaseSummary, publish
from casebook.release.reviews import record_found
from casebook.security_events import record_publish_event

RELEASE_FILE = "release.db"


@dataclass(frozen=True)
class ReleasePaths:
    """Where a release is built from and to."""

    database: Path
    instruments: Path
    instance: Path
    out: Path

    @classmethod
    def default(cls, database: Path, instruments: Path, instance: Path) -> ReleasePaths:
        return cls(database, instruments, instance, instance / RELEASE_FILE)


def publish_and_record(
    db: sqlite_utils.Database,
    paths: ReleasePaths,
    actor: audit.Actor,
    *,
    allow_unreviewed: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    full: bool = False,
) -> ReleaseSummary:
    """Build, verify and swap in a release, and record its review candidates in `db` (the
    private database) whether it was published or refused. Raises ReleaseRefused. `full`:
    reuse nothing from the last build."""
    try:
        summary = publish(
            paths.database,
            paths.instruments,
            paths.out,
            paths.instance,
            actor.name,
            allow_unreviewed=allow_unreviewed,
            progress=progress,
            full=full,
        )
    except ReleaseRefused as refused:
        record_found(db, refused.found)
        raise
    record_found(db, summary.found)
    after = {"path": str(paths.out), "unreviewed": summary.unreviewed}
    if allow_unreviewed is not None:
        after["allow_unreviewed"] = allow_unreviewed
    with write_transaction(db):
        audit.record(db, actor, "publish", "releases", paths.out.name, after=after)
        record_publish_event(db, actor, paths.out.name, after)
    return summary


def summary_lines(summary: ReleaseSummary) -> list[str]:
    """What the study lead is told about a release that was written."""
    groups = summary.small_groups
    lines = [f"Release written to {summary.path} in {summary.seconds:.1f} s."]
    reuse = summary.reuse
    if reuse is not None and not reuse.full:
        lines.append(
            f"Reused from the last build: {reuse.responses_copied} response(s) copied, "
            f"{reuse.responses_rebuilt} rebuilt; {reuse.texts_redone} text(s) redacted anew."
        )
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
    if summary.allowed_unreviewed is not None and summary.unreviewed:
        lines.append(
            f"Published with {summary.unreviewed} word(s) that may be names unreviewed; "
            "the reason is recorded in the release's _release table and the audit log."
        )
    lines += [f"Warning: {warning}" for warning in summary.warnings]
    return lines
