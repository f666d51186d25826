"""Datasette metadata for a release, carried in the release itself: descriptions generated
from the instruments (every table, and every column that comes from an item, described by
the item's label) and canned queries for the study's obvious questions, generated from the
observation and coding instruments. The builder stores them in the release's `_metadata`
table (`store`); `casebook datasette` reads them from the file it serves (`stored`) and
merges them under the deployment's own datasette-metadata.json (`merged`), so serving a
release never needs the private database."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlite_utils

from casebook.instruments.model import Instrument, label_text
from casebook.release import agreement_table
from casebook.release.counts import counts_queries, crosstab_queries
from casebook.release.tables import wide_columns, wide_table_name

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "cases": (
        "Cases (e.g. resource groups), by pseudonym.",
        {"case": "Pseudonym of the case", "participants": "Participants in the case"},
    ),
    "participants": (
        "Participants by pseudonym, with generalised attributes; values shared by "
        "fewer than k participants are suppressed.",
        {
            "participant": "Pseudonym (stable across releases)",
            "case": "Pseudonym of the case",
            "role": "Role in the case",
            "gender": "Gender, or (suppressed)",
            "age_band": "Age band, or (suppressed)",
        },
    ),
    "staff": ("Interviewers, observers and coders, by pseudonym.", {}),
    "waves": ("Waves of data collection.", {"month": "Months after baseline"}),
    "responses": (
        "One row per interview, observation or coding.",
        {
            "response": "Pseudonym of the response",
            "date": "Date, shifted by a "
            "per-participant (or per-case) offset; intervals are preserved",
            "collector": "Pseudonym of who collected it",
        },
    ),
    "answers": (
        "Every answer in long form: one row per value.",
        {
            "item": "Item id (see the codebook)",
            "part": "Part of a structured answer",
            "value": "Code, number, boolean or shifted date",
            "label": "Label of the code",
            "text": "Free text, with names and identifiers replaced by tags",
        },
    ),
    "topics": ("Interview-guide topics: covered or not, and the redacted notes.", {}),
    "checklist_scores": ("Observation checklist scores with redacted evidence notes.", {}),
    "codes": ("Chosen codes of choice items, for cross-tabulation.", {}),
    "events": (
        "Live-coded meetings: one row per event an observer tapped, in the order of the "
        "meeting clock (voided taps left out).",
        {
            "event": "Number of the event within the meeting, in clock order",
            "offset_seconds": "Seconds from the start of the meeting clock (pauses not counted)",
            "clock": "The same offset as the meeting clock showed it (mm:ss)",
            "code": "Event code of the coding scheme (see the codebook's instrument)",
            "kind": "point (a moment) or state (lasts until its next tap)",
            "action": "point, or whether this tap started or stopped its state",
            "subject": "Role the event concerns (study.yaml role id); never a name",
            "observer": "Pseudonym of the observer who tapped it",
        },
    ),
    "event_states": (
        "Live-coded meetings: every state from its start to its stop, with its duration.",
        {
            "start_seconds": "Seconds from the start of the meeting clock",
            "stop_seconds": "When it stopped; empty while it was still on at the end",
            "duration_seconds": "stop_seconds - start_seconds; empty when it never stopped",
            "subject": "Role the state concerns (study.yaml role id); never a name",
            "observer": "Pseudonym of the observer who tapped it",
        },
    ),
    "instruments": (
        "Codebook: instrument versions in this release.",
        {"definition": "The version as Casebook parsed it (JSON), what exports read"},
    ),
    "items": ("Codebook: items with their full labels and release policies.", {}),
    "choices": ("Codebook: the labels of coded values and scale points.", {}),
    "agreement": (agreement_table.DESCRIPTION, agreement_table.COLUMN_DESCRIPTIONS),
    "_release": ("When and how this release was built: versions, row counts, k, redactions.", {}),
    "_metadata": (
        "What Datasette shows about this release (these descriptions and the canned "
        "queries), generated from the instruments when it was built.",
        {},
    ),
}
# Facets a table opens with unless the deployment's file gives its own: counts per code need
# the instrument first, or two instruments' items of the same id are counted together.
FACETS = {"codes": ("instrument", "item")}
METADATA_TABLE = "_metadata"
DATASETTE_KEY = "datasette"


def release_metadata(
    base_file: Path | None, database: str, instruments: Iterable[Instrument]
) -> dict[str, Any]:
    """The deployment's metadata file merged with what the instruments say, for `database`."""
    return merged(read_base(base_file), database, generated(instruments))


def read_base(base_file: Path | None) -> dict[str, Any]:
    return json.loads(base_file.read_text()) if base_file and base_file.exists() else {}


def generated(instruments: Iterable[Instrument]) -> dict[str, Any]:
    """One database's metadata (tables and queries), from the instruments alone."""
    tables: dict[str, Any] = {}
    instruments = list(instruments)
    for name, (description, columns) in TABLES.items():
        _merge_table(tables, name, description, columns)
    for instrument in instruments:
        description = (
            f"{label_text(instrument.title)}, version {instrument.version}: one row per response."
        )
        _merge_table(tables, wide_table_name(instrument), description, wide_columns(instrument))
    for name in ("answers", "topics", "checklist_scores"):
        tables[name]["fts_table"] = f"{name}_fts"
    for name, facets in FACETS.items():
        tables[name]["facets"] = list(facets)
    return {"tables": tables, "queries": canned_queries(instruments)}


def merged(base: dict[str, Any], database: str, own: dict[str, Any]) -> dict[str, Any]:
    """`base` (the deployment's file) with a release's own metadata under `database`: the
    file's descriptions win, the generated columns and canned queries are added."""
    result = copy.deepcopy(base)
    db_meta = result.setdefault("databases", {}).setdefault(database, {})
    tables = db_meta.setdefault("tables", {})
    for name, table in own.get("tables", {}).items():
        _merge_table(tables, name, table["description"], table.get("columns", {}))
        if "fts_table" in table:
            tables[name].setdefault("fts_table", table["fts_table"])
        if "facets" in table:
            tables[name].setdefault("facets", table["facets"])
    db_meta.setdefault("queries", {}).update(own.get("queries", {}))
    return result


def store(release: sqlite_utils.Database, instruments: Iterable[Instrument]) -> None:
    """Write the release's own metadata into it (the builder calls this)."""
    value = json.dumps(generated(instruments), ensure_ascii=False, sort_keys=True)
    release[METADATA_TABLE].insert({"key": DATASETTE_KEY, "value": value}, pk="key")


def stored(path: Path) -> dict[str, Any]:
    """The metadata a release file carries; a release built before releases carried it
    gets the descriptions of the fixed tables only."""
    try:
        conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
        try:
            row = conn.execute(
                f"SELECT value FROM {METADATA_TABLE} WHERE key = ?", [DATASETTE_KEY]
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        row = None
    return json.loads(row[0]) if row else generated([])


def _merge_table(tables: dict, name: str, description: str, columns: dict[str, str]) -> None:
    table = tables.setdefault(name, {})
    table.setdefault("description", description)
    table.setdefault("columns", {}).update(
        {k: v for k, v in columns.items() if k not in table["columns"]}
    )


def canned_queries(instruments: list[Instrument]) -> dict[str, dict[str, str]]:
    queries = {
        "interviews_by_role_and_wave": {
            "title": "Interviews done by role and wave",
            "sql": "select r.role, r.wave, count(*) as interviews from responses r "
            "join waves w on w.wave = r.wave where r.kind = 'interview' "
            "group by r.role, r.wave order by r.role, w.position",
        },
        "agreement_weakest_first": agreement_table.QUERY,
    }
    versions: dict[str, list[Instrument]] = {}
    for instrument in sorted(instruments, key=lambda i: -i.version):
        versions.setdefault(instrument.id, []).append(instrument)
    for every in versions.values():
        instrument = every[0]  # the newest version
        own: dict[str, dict[str, str]] = {}
        if instrument.kind == "observation":
            own.update(_score_queries(instrument))
        own.update(crosstab_queries(instrument))
        own.update(counts_queries(every))
        # Named after the instrument too: two instruments with an item `resources_used` each
        # keep their own queries instead of one silently replacing the other's.
        queries.update({query_name(instrument.id, name): q for name, q in own.items()})
    return queries


def query_name(instrument_id: str, name: str) -> str:
    """`resource_coding__resources_used_by_expertise`: a canned query of one instrument."""
    return f"{instrument_id.replace('-', '_')}__{name}"


def _score_queries(instrument: Instrument) -> dict[str, dict[str, str]]:
    out = {}
    for item in instrument.items():
        if item.type == "checklist":
            out[f"{item.id}_by_case_and_wave"] = {
                "title": f"{label_text(item.label)}: scores by case and wave",
                "description": f"Mean score per row of '{label_text(item.label)}' "
                "({instrument.id}), with how many meetings scored it, how often it was "
                "not observed, left out (with a reason) or not scored.",
                "sql": 'select s."case", s.wave, s.row_label,'
                " round(avg(s.score), 2) as mean_score,"
                " count(s.score) as scored, sum(s.blank is 'not_observed') as not_observed,"
                " sum(s.blank is 'left_out') as left_out,"
                " sum(s.blank is 'not_scored') as not_scored"
                " from checklist_scores s join waves w on w.wave = s.wave"
                f" where s.instrument = '{instrument.id}' and s.checklist = '{item.id}'"
                ' group by s."case", s.wave, s.row order by s."case", w.position, s.row',
            }
    return out
