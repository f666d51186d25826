"""How a build ends: the summary handed back to the caller (with what the build found for
review), the refusal and its reasons, and the `_release` row that records the build in the
release itself (analysts see it)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casebook.clock import now
from casebook.pseudonyms import CODE_SCHEME
from casebook.release.candidates import Found
from casebook.release.small_groups import SmallGroupReport

REVIEW_WHERE = "`casebook review list`, or Name review (/reviews) in the web app"


class ReleaseRefused(Exception):
    """The release was not published; `reasons` say why. The previous release stands.
    `found` is what the build found for review, for the caller to record."""

    def __init__(self, reasons: list[str], found: list[Found] | None = None, leaks: int = 0):
        self.reasons = reasons
        self.found = found or []
        self.leaks = leaks  # findings of the verification (an override cannot help with these)
        super().__init__("; ".join(reasons))


@dataclass
class ReleaseSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    redactions: dict[str, int] = field(default_factory=dict)
    small_groups: SmallGroupReport | None = None
    # Words that look like names and are not yet decided on, in this release's text.
    found: list[Found] = field(default_factory=list)
    allowed_unreviewed: str | None = None  # the study lead's reason, when they overrode
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    reuse: Any = None  # what was reused from the last build (`casebook.release.reuse.Stats`)

    @property
    def unreviewed(self) -> int:
        return len(self.found)


def refusal_reasons(summary: ReleaseSummary, leaks: int, leak_log: Path | None) -> list[str]:
    """Why the release must not be published; empty when it may be."""
    reasons = []
    if leaks:
        reasons.append(
            f"verification found {leaks} identifier(s) in the release "
            f"(tables, columns and rows in the private log {leak_log}); "
            "nothing was published"
        )
    if summary.found and summary.allowed_unreviewed is None:
        reasons.append(
            f"{summary.unreviewed} word(s) that may be names await review: decide on them "
            f"with {REVIEW_WHERE}; or publish them as they are with "
            '--allow-unreviewed "reason" (recorded in the release)'
        )
    return reasons


def short_name_warnings(too_short: list[str]) -> list[str]:
    return [
        f"{entry} shorter than two letters, not searched for in free text: correct it "
        "on the participant's page in the app, or with PATCH in the API"
        for entry in too_short
    ]


def release_row(
    summary: ReleaseSummary,
    publisher: str,
    versions: dict[str, str],
    redact: Callable[[str], str],
) -> dict[str, Any]:
    """The build record. `publisher` is a staff pseudonym or "command line" (names stay in
    the private audit log). When words awaiting review were published: their count (never
    the words), the study lead's reason (redacted like any free text), by whom and when."""
    groups = summary.small_groups
    reason = summary.allowed_unreviewed
    return {
        "built_at": now(),
        "built_by": publisher,
        "instrument_versions": json.dumps(versions),
        "row_counts": json.dumps(summary.rows),
        "k": groups.k if groups else None,
        "k_threshold": groups.threshold if groups else None,
        "suppressed": json.dumps(groups.suppressed if groups else {}),
        "redactions": json.dumps(summary.redactions),
        "seconds": round(summary.seconds, 2),
        "code_scheme": CODE_SCHEME,
        "unreviewed": summary.unreviewed,
        "override_reason": redact(reason) if reason is not None else None,
        "override_by": publisher if reason is not None else None,
        "override_at": now() if reason is not None else None,
    }
