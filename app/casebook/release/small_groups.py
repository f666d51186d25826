"""Small groups: participants who share a rare combination of quasi-identifiers (role,
gender, age band) could be recognised. Values are suppressed, starting with the attribute
listed last, until every published row could be at least k participants.

A row's group is every participant it could be: a suppressed value matches anyone. So a
participant whose gender and age band are both suppressed is known only by role."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

SUPPRESSED = "(suppressed)"
# Published elsewhere in every release (each interview guide is for one role), so hiding it
# here would protect no one: it counts towards k but is never suppressed.
NEVER_SUPPRESSED = frozenset({"role"})


@dataclass
class SmallGroupReport:
    k: int
    threshold: int
    suppressed: dict[str, int] = field(default_factory=dict)


def _matches(published: tuple, other: tuple) -> bool:
    return all(a == SUPPRESSED or a == b for a, b in zip(published, other, strict=True))


def group_sizes(rows: list[dict[str, Any]], columns: list[str]) -> dict[tuple, int]:
    """For each published combination, how many participants it could be."""
    published = Counter(tuple(row[c] for c in columns) for row in rows)
    return {
        combo: sum(n for other, n in published.items() if _matches(combo, other))
        for combo in published
    }


def suppress_small_groups(
    rows: list[dict[str, Any]], columns: list[str], threshold: int
) -> SmallGroupReport:
    """Suppress values in place; returns the smallest group size k that remains (below the
    threshold only when the participants sharing a role are themselves that few)."""
    report = SmallGroupReport(k=0, threshold=threshold)
    for column in [c for c in reversed(columns) if c not in NEVER_SUPPRESSED]:
        sizes = group_sizes(rows, columns)
        small = [row for row in rows if sizes[tuple(row[c] for c in columns)] < threshold]
        if not small:
            break
        for row in small:
            if row[column] != SUPPRESSED:
                row[column] = SUPPRESSED
                report.suppressed[column] = report.suppressed.get(column, 0) + 1
    sizes = group_sizes(rows, columns)
    report.k = min(sizes.values()) if sizes else 0
    return report
