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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from casebook.db import connect_read_only
from casebook.private_files import private_file
from casebook.pseudonyms import PREFIXES, Pseudonyms, release_key
from casebook.release import agreement_table, codebook, metadata, patch, schema, tables
from casebook.release.candidates import ReviewLog
from casebook.release.fingerprints import rows_version, rules_version, text_digest
from casebook.release.flatten import band
from casebook.release.identities import Identities, assign_identities
from casebook.release.outcome import (
    ReleaseRefused,
    ReleaseSummary,
    refusal_reasons,
    release_row,
    short_name_warnings,
)
from casebook.release.rebuild import write_responses
from casebook.release.redaction import TextCleaner, make_cleaner, write_leak_log
from casebook.release.registry_change import registry_state
from casebook.release.reuse import BuildCache, Versions, cache_path, release_identity
from casebook.release.small_groups import SmallGroupReport, suppress_small_groups
from casebook.release.source import PrivateStudy, read_study, response_uuids
from casebook.release.verify_reuse import verify_with_reuse
from casebook.release.workers import Workers, default_processes
from casebook.settings import StudySettings, load_settings

Progress = Callable[[int, int], None]
RESPONSE_CODE_LENGTH = 8


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
    cache: BuildCache | None = None
    workers: Workers | None = None
    # The uuids of the responses in pseudonym order: the order of their rows.
    order: list[str] | None = None
    codes: dict[str, str] | None = None  # uuid -> response code (`build.responses`)
    patch: patch.Patch | None = None  # when the last release is patched into this one
    # Rowids of rows built anew, per table of responses, when others were kept (`rebuild`).
    fresh: dict[str, list[tuple[int, int]]] | None = None


def publish(
    private_path: Path,
    instruments: Path,
    out_path: Path,
    instance: Path,
    built_by: str,
    *,
    allow_unreviewed: str | None = None,
    progress: Progress | None = None,
    full: bool = False,
    workers: int | None = None,
) -> ReleaseSummary:
    """Build, verify and swap in a release. Raises ReleaseRefused when it must not publish:
    when verification finds an identifier, or when words that may be names await review,
    unless `allow_unreviewed` gives the study lead's reason to publish them anyway.

    What the last build of `out_path` made is reused where still valid (`reuse`); `full`
    rebuilds everything. `workers`: processes for redaction and verification (default:
    every core for a large build, `workers.default_processes`)."""
    started = time.monotonic()
    if allow_unreviewed is not None and not allow_unreviewed.strip():
        raise ValueError("publishing unreviewed words needs a reason")
    private = connect_read_only(private_path)
    settings = load_settings(instruments)
    key = release_key(instance)
    temp = out_path.with_name(out_path.name + ".building")
    _remove(temp)
    private_file(temp)  # the release is the owner's only (0600)
    copying = None  # the last release, copied while the study is read when it may be patched
    if not full and out_path.exists() and cache_path(out_path, instance).exists():
        copying = patch.Copy(out_path, temp)
    study = read_study(private)
    ids = assign_identities(study, settings, key)
    cleaner = make_cleaner(ids.people, private, settings, instance)
    codes = Pseudonyms(key, "response", PREFIXES["responses"], RESPONSE_CODE_LENGTH)
    uuids = response_uuids(private, settings.release.include_drafts)
    by_uuid = {uuid: codes.code(uuid) for uuid in uuids}  # in uuid order: codes never collide
    versions = Versions(
        rules_version(settings.phone_regions, settings.month_first),
        rows_version(settings),
        registry_state(cleaner.registry),
    )
    cache = BuildCache(out_path, instance, versions, full=full)
    reason = patch.why_not(cache, out_path, study.hashes, by_uuid)
    copied = copying.wait() if copying is not None else ""
    if reason is None and copied != release_identity(out_path):
        reason = "the release file was not copied whole, or changed while it was copied"
    if reason is not None and not cache.stats.full:  # texts are still reused
        cache.published.clear()
        cache.stats.full = True
        cache.stats.reasons.append(reason)
    if reason is None:
        out = patch.open_copy(temp)
    else:
        _remove(temp)
        private_file(temp)
        out = sqlite_utils.Database(temp)
        out.execute("PRAGMA journal_mode = OFF")
        out.execute("PRAGMA synchronous = OFF")
    build = Build(study, settings, ids, cleaner, ReviewLog(cleaner), out, codes, instance)
    build.cache = cache
    build.order = sorted(uuids, key=by_uuid.__getitem__)
    build.codes = by_uuid
    if reason is None:
        build.patch = patch.Patch(out, patch.response_tables(study.hashes))
        cache.stats.patched = True
    try:
        processes = workers or _processes(len(uuids), cache)
        cleaner.lookup = lambda text: cache.cleaned(text_digest(text), text)
        cleaner.keep = lambda text, cleaned: cache.keep_cleaned(text_digest(text), cleaned)
        build.workers = Workers(cleaner, processes)
        summary = _build(build, private, out_path, progress)
        metadata.store(out, study.instruments.values())  # what Datasette shows, in the release
        summary.found = build.log.results()
        summary.allowed_unreviewed = allow_unreviewed
        summary.warnings = short_name_warnings(ids.too_short)
        _write_release_row(build, summary, built_by)
        _refuse_if_unsafe(build, summary)
        summary.seconds = time.monotonic() - started
        summary.reuse = cache.stats
        with out.conn:
            out.execute("UPDATE _release SET seconds = ?", [round(summary.seconds, 2)])
        out.close()
        _sync(temp)
        os.replace(temp, out_path)  # atomic: a reader sees the old release or the new one
        cache.finish(published=True)
    except ReleaseRefused:
        out.close()
        _remove(temp)
        cache.finish(published=False)  # what was redacted and verified stays valid
        raise
    except BaseException:
        out.close()
        _remove(temp)
        cache.abandon()
        raise
    finally:
        if build.workers is not None:
            build.workers.close()
        private.close()
    return summary


def _processes(responses: int, cache: BuildCache) -> int:
    """One process when most of the release can be reused, else as many as pay."""
    if cache.published:
        return 1
    return default_processes(responses)


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
    if build.patch is None:
        schema.create_schema(build.out)
    summary = ReleaseSummary(out_path)
    summary.small_groups = _people_tables(build)
    _codebook(build)
    assert build.cache is not None and build.workers is not None and build.order is not None
    build.fresh = write_responses(
        build, private, build.cache, build.workers, progress, build.order, build.patch
    )
    agreement_table.write(build.out, private)
    if build.patch is None:
        schema.finish(build.out)
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
    # Rows of people and cases go in pseudonym order: rowids must not give away the order in
    # which cases were opened or people enrolled.
    cases = [
        {"case": ids.cases[c["id"]], "participants": per_case.get(c["id"], 0)} for c in study.cases
    ]
    build.out["cases"].insert_all(sorted(cases, key=lambda row: row["case"]))
    people = [_participant_row(p, ids, settings) for p in study.participants]
    people.sort(key=lambda row: row["participant"])
    report = suppress_small_groups(people, settings.release.quasi_identifiers, settings.release.k)
    build.out["participants"].insert_all(people)
    members = [{"staff": ids.staff[s["id"]], "role": s["role"]} for s in study.staff]
    build.out["staff"].insert_all(sorted(members, key=lambda row: row["staff"]))
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
        if build.patch is not None:
            continue  # the copied release has the same versions' wide tables
        columns = {"response": str, "case": str, "participant": str, "wave": str, "date": str}
        columns.update(tables.wide_column_types(instrument))
        build.out[tables.wide_table_name(instrument)].create(columns, pk="response")


def _refuse_if_unsafe(build: Build, summary: ReleaseSummary) -> None:
    assert build.cache is not None and build.workers is not None
    leaks = verify_with_reuse(build.out, build.cache, build.workers, build.fresh)
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
