"""Republishing reuses the last build's work (issue 14) and still gives, table for table and
row for row, the release a full build of the same data gives: after a changed answer, a
changed name, a changed rule and a deleted response. Also: the build on several processes
gives the release the build on one gives, and the cache beside the release is private."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import uuid
from pathlib import Path

import pytest
from casebook.config import instance_folder
from casebook.release.build import publish
from casebook.release.reuse import cache_path
from casebook.renaming import NameChange, rename_participant
from casebook.responses import ResponseInput, get_response, save_response

from tests.conftest import BUNDLED_INSTRUMENTS, make_app
from tests.release_fixtures import (
    FIXTURE_REASON,
    NOTES_BASELINE,
    SYSTEM,
    build_study,
    interview,
    person,
)
from tests.study_fixtures import staff

# Columns of `_release` that say when and how fast a build ran, never the data.
WHEN = {"built_at", "seconds", "override_at"}
MORE_NOTES = (
    "At 24 months Elin leads the group herself. Jonte brought coffee; the nurse from "
    "Solrosen called 070-555 12 34. A friend, Ulla Andersson, came along."
)


# The full-text index's own segments: how FTS5 lays out the same index depends on the order
# of inserts, deletes and merges, so a patched release's differ from a full build's. What the
# index holds is compared instead (`index_of`), and so are searches (`searches_of`).
SEGMENTS = ("_fts_data", "_fts_idx")


def tables_of(path: Path) -> dict[str, list[tuple]]:
    """Every table of a release with its rows and their rowids in rowid order, the schema,
    and what each full-text index holds (every term, row, column and position): what "the
    same release" means here."""
    conn = sqlite3.connect(path)
    found: dict[str, list[tuple]] = {
        "sqlite_master": conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()
    }
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for name in names:
        if name.endswith(SEGMENTS):
            continue
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{name}])")]
        try:
            rows = conn.execute(f"SELECT rowid, * FROM [{name}] ORDER BY rowid").fetchall()
            columns = ["rowid", *columns]
        except sqlite3.OperationalError:  # a table without rowid (full-text index internals)
            rows = conn.execute(f"SELECT * FROM [{name}] ORDER BY 1").fetchall()
        keep = [
            i for i, column in enumerate(columns) if not (name == "_release" and column in WHEN)
        ]
        found[name] = [tuple(row[i] for i in keep) for row in rows]
        if name.endswith("_fts") and "VIRTUAL" in _sql(conn, name):
            found[f"{name} (index)"] = index_of(conn, name)
    conn.close()
    return found


def _sql(conn: sqlite3.Connection, name: str) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]


def index_of(conn: sqlite3.Connection, fts: str) -> list[tuple]:
    """Every entry of a full-text index: (term, rowid, column, position)."""
    conn.execute(f"CREATE VIRTUAL TABLE temp.[v_{fts}] USING fts5vocab(main, [{fts}], instance)")
    rows = conn.execute(f"SELECT term, doc, col, offset FROM temp.[v_{fts}] ORDER BY 1, 2, 3, 4")
    return rows.fetchall()


def searches_of(path: Path, words: list[str]) -> dict[tuple[str, str], list[tuple]]:
    """What a search of the answers and the topics finds, ranked (bm25), for each word."""
    conn = sqlite3.connect(path)
    found = {}
    for table in ("answers", "topics"):
        for word in words:
            found[(table, word)] = conn.execute(
                f"SELECT rowid, round(rank, 6) FROM [{table}_fts] WHERE [{table}_fts] MATCH ?"
                " ORDER BY rank, rowid",
                [word],
            ).fetchall()
    conn.close()
    return found


def build(app, out: Path, **options):
    return publish(
        Path(app.config["CASEBOOK_DATABASE"]),
        Path(app.config["CASEBOOK_INSTRUMENTS"]),
        out,
        instance_folder(app),
        "tests",
        allow_unreviewed=FIXTURE_REASON,
        **options,
    )


def assert_same_as_full(app, incremental: Path, tmp_path: Path) -> None:
    full = tmp_path / f"full-{uuid.uuid4().hex[:6]}.db"
    summary = build(app, full, full=True)
    assert summary.reuse.full and summary.reuse.responses_copied == 0
    assert tables_of(incremental) == tables_of(full)
    words = ["group", "Elin", "coffee", "name", "patient", "Monday", "every"]
    searches = searches_of(full, words)
    assert searches_of(incremental, words) == searches
    assert any(searches.values())  # the searches find something


@pytest.fixture
def study(db):
    built = build_study(db)
    built.responses["m24"] = interview(db, built, "m24", "2028-02-01", MORE_NOTES)
    return built


def test_an_unchanged_study_is_copied_whole_and_comes_out_the_same(app, study, tmp_path):
    out = tmp_path / "release.db"
    first = build(app, out)
    assert first.reuse.full and first.reuse.responses_rebuilt == 3
    again = build(app, out)
    assert not again.reuse.full and again.reuse.patched
    assert (again.reuse.responses_copied, again.reuse.responses_rebuilt) == (3, 0)
    assert again.reuse.texts_redone == 0
    assert again.found and [f.word for f in again.found] == [f.word for f in first.found]
    assert [f.contexts for f in again.found] == [f.contexts for f in first.found]
    assert again.redactions == first.redactions
    assert_same_as_full(app, out, tmp_path)


def test_after_a_changed_answer_only_that_response_is_rebuilt(app, db, study, tmp_path):
    out = tmp_path / "release.db"
    build(app, out)
    changed = NOTES_BASELINE.replace("every Sunday", "every Monday with Ulla Andersson")
    answers = {
        "consent_confirmed": True,
        "interviewed_before": False,
        "life_now": {"covered": True, "notes": changed, "probes": {"housing": True}},
        "own_goals": {"covered": True, "notes": "Wants to work part-time."},
        "interview_setting": "home",
        "interview_duration": 55,
    }
    stored = db.execute(
        "SELECT revision, participant_id, case_id FROM responses WHERE uuid = ?",
        [study.responses["baseline"]],
    ).fetchone()
    data = ResponseInput(
        instrument="patient-interview",
        version=2,
        case=stored[2],
        participant=stored[1],
        wave="baseline",
        date="2026-02-01",
        status="complete",
        answers=answers,
        revision=stored[0],
    )
    save_response(db, study.responses["baseline"], data, staff(db), "interviewer")
    summary = build(app, out)
    assert summary.reuse.patched
    assert (summary.reuse.responses_copied, summary.reuse.responses_rebuilt) == (2, 1)
    assert summary.reuse.texts_redone == 1  # the changed note; "Wants to work..." is cached
    assert "every Monday with [name]" in _texts(out)
    assert_same_as_full(app, out, tmp_path)


def test_after_a_name_is_added_only_texts_that_can_hold_it_are_redone(app, db, study, tmp_path):
    out = tmp_path / "release.db"
    build(app, out)
    assert "Gunnel" not in _texts(out)  # redacted as a name nobody registered
    person(db, study.case_id, "significant_other", "Gunnel Strand", gender="female")
    summary = build(app, out)
    assert summary.reuse.patched
    # "Gunnel" stands only in the 12-month note: the other interviews are copied
    assert (summary.reuse.responses_copied, summary.reuse.responses_rebuilt) == (2, 1)
    assert summary.reuse.texts_redone == 1
    assert summary.reuse.verified_redone < summary.reuse.verified_reused
    assert "singing with [significant other S-" in _texts(out)
    assert_same_as_full(app, out, tmp_path)


def test_after_a_name_is_corrected_its_old_and_new_mentions_are_redone(app, db, study, tmp_path):
    out = tmp_path / "release.db"
    build(app, out)
    rename_participant(db, study.professional, NameChange(name="Ulla Andersson"), SYSTEM)
    summary = build(app, out)
    assert summary.reuse.responses_copied == 0  # Mark Rose and Ulla stand in every interview
    assert "Ulla" not in _texts(out)
    assert_same_as_full(app, out, tmp_path)


def test_a_deleted_response_leaves_and_the_rest_is_copied(app, db, study, tmp_path):
    out = tmp_path / "release.db"
    build(app, out)
    gone = study.responses["m12"]
    with db.conn:
        db.execute("DELETE FROM answers WHERE response_uuid = ?", [gone])
        db.execute("DELETE FROM responses WHERE uuid = ?", [gone])
    summary = build(app, out)
    assert summary.reuse.patched
    assert (summary.reuse.responses_copied, summary.reuse.responses_rebuilt) == (2, 0)
    assert summary.rows["responses"] == 2
    assert_same_as_full(app, out, tmp_path)


def test_a_new_response_is_written_where_a_full_build_puts_it(app, db, study, tmp_path):
    with db.conn:
        db.execute("DELETE FROM answers WHERE response_uuid = ?", [study.responses["m24"]])
        db.execute("DELETE FROM responses WHERE uuid = ?", [study.responses["m24"]])
    out = tmp_path / "release.db"
    build(app, out)
    interview(db, study, "m24", "2028-02-01", MORE_NOTES + " Jonas came to the new group.")
    summary = build(app, out)
    assert summary.reuse.patched
    assert (summary.reuse.responses_copied, summary.reuse.responses_rebuilt) == (2, 1)
    assert summary.rows["responses"] == 3
    assert_same_as_full(app, out, tmp_path)


def test_no_word_of_a_removed_or_replaced_text_stays_in_the_file(app, db, study, tmp_path):
    """A withdrawn participant's interview, or a note corrected because it said too much,
    leaves nothing behind: not in the full-text index's older segments, not in freed pages."""
    with db.conn:
        db.execute("DELETE FROM answers WHERE response_uuid = ?", [study.responses["m24"]])
        db.execute("DELETE FROM responses WHERE uuid = ?", [study.responses["m24"]])
    removed = interview(db, study, "m24", "2028-02-01", "Dreams of quinoa and xylophones.")
    out = tmp_path / "release.db"
    build(app, out)
    assert b"xylophones" in out.read_bytes()
    with db.conn:
        db.execute("DELETE FROM answers WHERE response_uuid = ?", [removed])
        db.execute("DELETE FROM responses WHERE uuid = ?", [removed])
    summary = build(app, out)
    assert summary.reuse.patched and summary.reuse.responses_copied == 2
    data = out.read_bytes()
    assert b"xylophones" not in data and b"quinoa" not in data
    assert_same_as_full(app, out, tmp_path)


def save_notes(db, key: str, notes: str) -> None:
    """Save a response again with other notes on its first topic, as the app does."""
    stored = get_response(db, key)
    answers = stored["answers"]
    answers["life_now"]["notes"] = notes
    data = ResponseInput(
        instrument=stored["instrument"],
        version=stored["version"],
        case=stored["case"],
        participant=stored["participant"],
        wave=stored["wave"],
        date=stored["date"],
        status=stored["status"],
        answers=answers,
        revision=stored["revision"],
    )
    save_response(db, key, data, staff(db), "interviewer")


def test_a_note_with_a_sentence_added_leaves_the_index_unmerged(app, db, study, tmp_path):
    """Every entry the old note gave the full-text index, the longer note gives too: nothing
    of the old text is left behind, so the index is not rewritten whole."""
    out = tmp_path / "release.db"
    build(app, out)
    save_notes(db, study.responses["m24"], MORE_NOTES + " Corrected after the review meeting.")
    summary = build(app, out)
    assert summary.reuse.patched and summary.reuse.responses_rebuilt == 1
    assert summary.reuse.merged == []
    assert "Corrected after the review meeting." in _texts(out)
    assert_same_as_full(app, out, tmp_path)


def test_a_word_corrected_away_is_merged_out_of_the_index(app, db, study, tmp_path):
    """A note corrected because it said too much: its old word must leave the file, from the
    full-text index's older segments too."""
    key = study.responses["m24"]
    save_notes(db, key, "Dreams of quinoa and xylophones, and of a garden.")
    out = tmp_path / "release.db"
    build(app, out)
    assert b"xylophones" in out.read_bytes()
    save_notes(db, key, "Dreams of quinoa and music, and of a garden.")
    summary = build(app, out)
    assert summary.reuse.patched and summary.reuse.responses_rebuilt == 1
    assert set(summary.reuse.merged) == {"answers", "topics"}
    assert b"xylophones" not in out.read_bytes()
    assert_same_as_full(app, out, tmp_path)


def test_an_answer_removed_without_its_response_is_noticed(app, db, study, tmp_path):
    """A response's answers are not read when it has not changed: an answer deleted behind
    the app's back (its response's revision unchanged) still shows in its rows' rowids."""
    out = tmp_path / "release.db"
    build(app, out)
    with db.conn:
        db.execute(
            "DELETE FROM answers WHERE response_uuid = ? AND item_id = 'own_goals'",
            [study.responses["m12"]],
        )
    summary = build(app, out)
    assert (summary.reuse.responses_copied, summary.reuse.responses_rebuilt) == (2, 1)
    assert_same_as_full(app, out, tmp_path)


def test_republishing_again_and_again_keeps_what_it_knows(app, db, study, tmp_path):
    """An unchanged republish keeps the records of the responses it left and the texts it
    verified before: a change after it redoes that response's one changed text only."""
    out = tmp_path / "release.db"
    build(app, out)
    assert build(app, out).reuse.responses_copied == 3
    save_notes(db, study.responses["m24"], "At 24 months she leads the group.")
    summary = build(app, out)
    assert (summary.reuse.responses_copied, summary.reuse.responses_rebuilt) == (2, 1)
    assert (summary.reuse.texts_redone, summary.reuse.verified_redone) == (1, 1)
    with db.conn:
        db.execute("DELETE FROM answers WHERE response_uuid = ?", [study.responses["m12"]])
        db.execute("DELETE FROM responses WHERE uuid = ?", [study.responses["m12"]])
    summary = build(app, out)
    assert (summary.reuse.responses_copied, summary.reuse.responses_rebuilt) == (2, 0)
    assert summary.reuse.merged == ["answers", "topics"]
    assert_same_as_full(app, out, tmp_path)


def test_a_changed_rule_redoes_every_text(tmp_path):
    instruments = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, instruments)
    app = make_app(tmp_path, instruments)
    from casebook.db import connect

    db = connect(app.config["CASEBOOK_DATABASE"])
    built = build_study(db)
    interview(db, built, "m24", "2028-02-01", "Rang her sister in London on 020 7946 0958.")
    out = tmp_path / "release.db"
    assert build(app, out).reuse.responses_rebuilt == 3
    assert build(app, out).reuse.responses_copied == 3
    settings = instruments / "study.yaml"
    regions = settings.read_text().replace("phone_regions: [SE]", "phone_regions: [SE, GB]")
    settings.write_text(regions)
    summary = build(app, out)
    assert summary.reuse.full and summary.reuse.texts_reused == 0 and not summary.reuse.patched
    assert summary.reuse.responses_copied == 0 and summary.reuse.verified_reused == 0
    assert "redaction rules changed" in summary.reuse.reasons[0]
    assert_same_as_full(app, out, tmp_path)
    db.close()


def test_full_rebuilds_everything(app, study, tmp_path):
    out = tmp_path / "release.db"
    build(app, out)
    summary = build(app, out, full=True)
    assert summary.reuse.full and summary.reuse.texts_reused == 0
    assert summary.reuse.responses_copied == 0 and summary.reuse.verified_reused == 0


def test_a_release_replaced_by_another_file_is_rebuilt_in_full(app, study, tmp_path):
    out = tmp_path / "release.db"
    build(app, out)
    build(app, tmp_path / "other.db")
    shutil.copy(tmp_path / "other.db", out)  # e.g. a release restored from elsewhere
    summary = build(app, out)
    assert summary.reuse.responses_copied == 0 and not summary.reuse.patched
    assert summary.reuse.texts_reused > 0  # redactions do not depend on the file
    assert_same_as_full(app, out, tmp_path)


def test_the_cache_is_private_and_never_in_the_release(app, study, tmp_path):
    out = tmp_path / "release.db"
    build(app, out)
    cache = cache_path(out, instance_folder(app))
    assert cache.exists() and cache.parent.parent == instance_folder(app)
    assert not [p for p in out.parent.iterdir() if p.name.startswith(out.name + ".")]
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    conn = sqlite3.connect(out)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not any("cache" in name or name in ("texts", "verified", "meta") for name in names)


def test_several_processes_give_the_release_one_process_gives(app, study, tmp_path):
    one = build(app, tmp_path / "one.db", full=True, workers=1)
    two = build(app, tmp_path / "two.db", full=True, workers=2)
    assert tables_of(tmp_path / "one.db") == tables_of(tmp_path / "two.db")
    assert [(f.word, f.occurrences, f.contexts) for f in one.found] == [
        (f.word, f.occurrences, f.contexts) for f in two.found
    ]
    assert one.redactions == two.redactions


def _texts(path: Path) -> str:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT text FROM answers WHERE text IS NOT NULL").fetchall()
    conn.close()
    return "\n".join(row[0] for row in rows)
