"""`casebook publish`: build a release from the private database into a temporary file,
verify it independently, and only then swap it into place. A release that fails anything
leaves the previous one untouched.

One way only: the builder reads the private database (read-only) and writes nothing to it.
What it found for the study lead to review comes back in the summary (or with the refusal),
and the caller records it (`casebook.release.publishing`)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from casebook.db import connect_read_only
from casebook.private_files import private_file
from casebook.pseudonyms import PREFIXES, Pseudonyms, release_key
from casebook.release import codebook, tables
from casebook.release.candidates import ReviewLog
from casebook.release.flatten import Policy, band, flatten, shift_date
from casebook.release.identities import Identities, assign_identities
from casebook.release.outcome import (
    ReleaseRefused,
    ReleaseSummary,
    refusal_reasons,
    release_row,
    short_name_warnings,
)
from casebook.release.redaction import TextCleaner, make_cleaner, write_leak_log
from casebook.release.small_groups import SmallGroupReport, suppress_small_groups
from casebook.release.source import PrivateStudy, count_responses, read_responses, read_study
from casebook.release.verification import verify_release
from casebook.settings import StudySettings, load_settings

Progress = Callable[[int, int], None]
RESPONSE_CODE_LENGTH = 8
BATCH = 2000


@dataclass
class Build:
    """Everything one build needs while it streams responses into the release."""

    study: PrivateStudy
    settings: StudySettings
    ids: Identities
    cleaner: TextCleaner
    log: ReviewLog
    out: sqlite_utils.Database
    responses: Pseudonyms
    instance: Path
    buffers: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def publish(
    private_path: Path,
    instruments: Path,
    out_path: Path,
    instance: Path,
    built_by: str,
    *,
    allow_unreviewed: str | None = None,
    progress: Progress | None = None,
) -> ReleaseSummary:
    """Build, verify and swap in a release. Raises ReleaseRefused when it must not publish:
    when verification finds an identifier, or when words that may be names await review,
    unless `allow_unreviewed` gives the study lead's reason to publish them anyway."""
    started = time.monotonic()
    if allow_unreviewed is not None and not allow_unreviewed.strip():
        raise ValueError("publishing unreviewed words needs a reason")
    private = connect_read_only(private_path)
    settings = load_settings(instruments)
    key = release_key(instance)
    study = read_study(private)
    ids = assign_identities(study, settings, key)
    cleaner = make_cleaner(ids.people, private, settings, instance)
    temp = out_path.with_name(out_path.name + ".building")
    _remove(temp)
    out = sqlite_utils.Database(private_file(temp))  # the release is the owner's only (0600)
    out.execute("PRAGMA journal_mode = OFF")
    out.execute("PRAGMA synchronous = OFF")
    codes = Pseudonyms(key, "response", PREFIXES["responses"], RESPONSE_CODE_LENGTH)
    build = Build(study, settings, ids, cleaner, ReviewLog(cleaner), out, codes, instance)
    try:
        summary = _build(build, private, out_path, progress)
        summary.found = build.log.results()
        summary.allowed_unreviewed = allow_unreviewed
        summary.warnings = short_name_warnings(ids.too_short)
        _write_release_row(build, summary, built_by)
        _refuse_if_unsafe(build, summary)
        summary.seconds = time.monotonic() - started
        with out.conn:
            out.execute("UPDATE _release SET seconds = ?", [round(summary.seconds, 2)])
        out.close()
        _sync(temp)
        os.replace(temp, out_path)  # atomic: a reader sees the old release or the new one
    except BaseException:
        out.close()
        _remove(temp)
        raise
    finally:
        private.close()
    return summary


def _sync(path: Path) -> None:
    """The file is written with synchronous = OFF: flush it to disk before it is swapped in."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _build(
    build: Build, private: sqlite_utils.Database, out_path: Path, progress: Progress | None
) -> ReleaseSummary:
    tables.create_schema(build.out)
    summary = ReleaseSummary(out_path)
    summary.small_groups = _people_tables(build)
    _codebook(build)
    drafts = build.settings.release.include_drafts
    total = count_responses(private, drafts)
    done = 0
    for response in read_responses(private, drafts):
        _response(build, response)
        done += 1
        if progress and done % 200 == 0:
            progress(done, total)
    _flush(build, force=True)
    if progress:
        progress(total, total)
    tables.finish(build.out)
    summary.rows = {
        name: build.out[name].count
        for name in build.out.table_names()
        if not name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config"))
    }
    summary.redactions = dict(build.cleaner.counts)
    return summary


def _people_tables(build: Build) -> SmallGroupReport:
    study, ids, settings = build.study, build.ids, build.settings
    per_case: dict[int, int] = {}
    for person in study.participants:
        per_case[person["case_id"]] = per_case.get(person["case_id"], 0) + 1
    build.out["cases"].insert_all(
        {"case": ids.cases[c["id"]], "participants": per_case.get(c["id"], 0)} for c in study.cases
    )
    people = [_participant_row(p, ids, settings) for p in study.participants]
    report = suppress_small_groups(people, settings.release.quasi_identifiers, settings.release.k)
    build.out["participants"].insert_all(people)
    build.out["staff"].insert_all(
        {"staff": ids.staff[s["id"]], "role": s["role"]} for s in study.staff
    )
    build.out["waves"].insert_all(
        {"wave": w["id"], "label": w["label"], "month": w["month"], "position": w["position"]}
        for w in study.waves
    )
    return report


def _participant_row(person: dict, ids: Identities, settings: StudySettings) -> dict[str, Any]:
    # Age when the participant joined (consented), so the same data give the same release
    # whenever it is built.
    joined = person.get("consent_date") or person["created_at"]
    year = int(joined[:4])
    birth = person.get("birth_year")
    return {
        "participant": ids.participants[person["id"]],
        "case": ids.cases[person["case_id"]],
        "role": person["role"],
        "gender": (person.get("gender") or "").strip().lower() or None,
        "age_band": band(year - birth, settings.release.age_bands) if birth else None,
    }


def _codebook(build: Build) -> None:
    for (_id, _version), instrument in sorted(build.study.instruments.items()):
        digest = build.study.hashes[(instrument.id, instrument.version)]
        build.out["instruments"].insert(codebook.instrument_row(instrument, digest))
        build.out["items"].insert_all(codebook.item_rows(instrument))
        build.out["choices"].insert_all(codebook.choice_rows(instrument))
        columns = {"response": str, "case": str, "participant": str, "wave": str, "date": str}
        columns.update(tables.wide_column_types(instrument))
        build.out[tables.wide_table_name(instrument)].create(columns, pk="response")


def _response(build: Build, response: dict[str, Any]) -> None:
    key = (response["instrument_id"], response["version"])
    instrument = build.study.instruments[key]
    participant = response["participant_id"]
    offset = (
        build.ids.participant_offsets[participant]
        if participant is not None
        else build.ids.case_offsets[response["case_id"]]
    )
    cells = list(flatten(instrument, response["answers"], Policy(offset, build.log.clean)))
    code = build.responses.code(response["uuid"])
    case = build.ids.cases[response["case_id"]]
    person = build.ids.participants.get(participant)
    role = _role(build.study, participant)
    date = shift_date(response["date"], offset) if response["date"] else None
    _add(
        build,
        "responses",
        {
            "response": code,
            "instrument": instrument.id,
            "version": instrument.version,
            "kind": instrument.kind,
            "case": case,
            "participant": person,
            "role": role,
            "wave": response["wave_id"],
            "date": date,
            "status": response["status"],
            "collector": build.ids.staff.get(response["collector_id"]),
        },
    )
    which = {"response": code, "instrument": instrument.id, "version": instrument.version}
    _add(build, "answers", *tables.answer_rows(which, cells))
    context = {**which, "case": case, "wave": response["wave_id"]}
    _add(
        build,
        "topics",
        *tables.topic_rows({**context, "participant": person, "role": role}, instrument, cells),
    )
    _add(
        build,
        "checklist_scores",
        *tables.checklist_rows({**context, "date": date}, instrument, cells),
    )
    _add(build, "codes", *tables.code_rows({**context, "kind": instrument.kind}, instrument, cells))
    wide = {
        "response": code,
        "case": case,
        "participant": person,
        "wave": response["wave_id"],
        "date": date,
    }
    _add(
        build,
        tables.wide_table_name(instrument),
        tables.wide_row(wide, cells, tables.wide_columns(instrument)),
    )
    _flush(build)


def _role(study: PrivateStudy, participant_id: int | None) -> str | None:
    return study.roles.get(participant_id) if participant_id is not None else None


def _add(build: Build, table: str, *rows: dict[str, Any]) -> None:
    build.buffers.setdefault(table, []).extend(rows)


def _flush(build: Build, force: bool = False) -> None:
    for table, rows in build.buffers.items():
        if rows and (force or len(rows) >= BATCH):
            build.out[table].insert_all(rows, batch_size=500)
            rows.clear()


def _refuse_if_unsafe(build: Build, summary: ReleaseSummary) -> None:
    leaks = verify_release(build.out, build.cleaner.registry)
    log = write_leak_log(build.instance, leaks) if leaks else None
    reasons = refusal_reasons(summary, len(leaks), log)
    if reasons:
        raise ReleaseRefused(reasons, summary.found, len(leaks))


def _write_release_row(build: Build, summary: ReleaseSummary, built_by: str) -> None:
    publisher = "command line"
    for member in build.study.staff:
        if member["username"] == built_by:
            publisher = build.ids.staff[member["id"]]
    versions = {f"{i}/v{v}": h for (i, v), h in sorted(build.study.hashes.items())}
    build.out["_release"].insert(release_row(summary, publisher, versions, build.log.redact_only))
