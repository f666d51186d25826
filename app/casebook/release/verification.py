"""Which values of a finished release the verification judges: everything participants and
staff wrote or gave, never the text copied from the instrument definitions and `study.yaml`.

The codebook (instrument titles, item labels, choice labels) is written by the study lead and
is not participants' text; a registered name that also occurs in a label ("Hope", a place
that names a day-care model) must not make every release fail. So verification reports a
finding only in a column that can hold what was collected. The columns left out are listed
here, by table; a new column is verified unless it is added to this list."""

from __future__ import annotations

import sqlite_utils

from casebook.deid import Leak, Registry
from casebook.release.redaction import find_leaks

ALL_COLUMNS = None
# Table -> columns copied from instrument definitions or study settings (ALL_COLUMNS: the
# whole table). `_release` is the build record; who built it (a staff pseudonym) and its one
# free-text value, the study lead's reason for publishing unreviewed words (redacted), are
# verified like participants' text.
NOT_PARTICIPANT_TEXT: dict[str, frozenset[str] | None] = {
    "instruments": ALL_COLUMNS,
    "items": ALL_COLUMNS,
    "choices": ALL_COLUMNS,
    "waves": ALL_COLUMNS,
    "answers": frozenset({"label"}),
    "topics": frozenset({"topic_label"}),
    "checklist_scores": frozenset({"checklist_label", "row_label", "score_label"}),
    "codes": frozenset({"item_label", "label", "value"}),
    "events": frozenset({"clock", "code", "label", "category", "kind", "action", "subject"}),
    "event_states": frozenset({"code", "label", "category", "subject"}),
    "_release": frozenset(
        {"built_at", "instrument_versions", "row_counts", "suppressed", "redactions"}
        | {"override_at"}
    ),
}


def is_participant_text(table: str, column: str) -> bool:
    """Whether a column of a release can hold what participants or staff wrote or gave."""
    if table not in NOT_PARTICIPANT_TEXT:
        return True
    columns = NOT_PARTICIPANT_TEXT[table]
    return columns is not ALL_COLUMNS and column not in columns


def verify_release(release: sqlite_utils.Database, registry: Registry) -> list[Leak]:
    """The independent verification's findings in participants' text (see the module)."""
    return [
        leak
        for leak in find_leaks(release, registry)
        if is_participant_text(leak.table, leak.column)
    ]
