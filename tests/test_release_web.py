"""The study lead reviews possible names in batches and publishes from the web app: every form
of a word decided at once (audited), the count of what is left, publishing in a worker
process with progress, the reasons of a refusal, and the override with a reason."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from casebook.audit import history
from casebook.release.candidates import Found
from casebook.release.reviews import pending_groups, record_found, review_list

from tests.conftest import csrf_token, login
from tests.release_fixtures import SYSTEM, build_study, interview

# Words no rule can decide (not in the name lexicon, in no name context): they wait for review.
# A name nobody registered ("Bertil Wahlgren") is replaced at once and never waits.
MOLNA = (
    "They went to Kvarnby after the meeting, then to Mölna. Later Mölna's shop closed, "
    "and they sat in Mölnas garden. The housing officer, Bertil Wahlgren, joined late."
)


def test_every_form_of_a_word_is_one_group_with_its_count_and_contexts(db):
    record_found(
        db,
        [
            Found("Bertil", 3, ["…joined with Bertil…", "…Bertil said…", "…Bertil left…"]),
            Found("bertil", 1, ["…then bertil rang…"]),
            Found("Bertils", 2, ["…Bertils mother…"]),
            Found("Bertil's", 1, ["…Bertil's car…"]),
            Found("Anders", 1, ["…with Anders…"]),
        ],
    )
    groups = pending_groups(db)
    assert [(g.words, g.occurrences) for g in groups] == [
        (["Bertil", "Bertils", "Bertil's", "bertil"], 7),
        (["Anders"], 1),  # not grouped with anything: no "Ander" on the list
    ]
    assert len(groups[0].contexts) == 4 and "…then bertil rang…" in groups[0].contexts
    record_found(db, [Found("Anders", 2, ["…Anders again…"])])  # the next build
    assert [(g.words, g.occurrences) for g in pending_groups(db)] == [(["Anders"], 2)]


@pytest.fixture
def waiting(app, db, tmp_path):
    """A study whose notes name an unregistered Mölna in three forms; a build has listed
    them (and been refused)."""
    from casebook.release.build import ReleaseRefused

    from tests.release_fixtures import release

    built = build_study(db)
    interview(db, built, "m24", "2028-02-01", MOLNA)
    with pytest.raises(ReleaseRefused):
        release(app, tmp_path, allow_unreviewed=None)
    return built


def test_the_admin_decides_a_whole_group_at_once(app, db, waiting):
    client = app.test_client()
    login(client, "admin")
    page = client.get("/reviews").get_data(as_text=True)
    assert "Mölna, Mölna&#39;s, Mölnas</span>" in page
    assert "shop closed" in page and "Mölnas garden" in page and "3 times in the notes" in page
    assert "Bertil" not in page and "Wahlgren" not in page
    groups = pending_groups(db)
    assert f"<strong>{len(groups)}</strong> words left to review" in page
    bertil = next(g for g in groups if "Mölna" in g.words)
    token = csrf_token(client, "/reviews")
    answer = client.post(
        "/reviews/decide",
        data={"words": bertil.words, "decision": "name", "csrf_token": token},
        headers={"Accept": "application/json"},
    )
    assert answer.status_code == 200
    assert answer.get_json()["left"]["groups"] == len(groups) - 1
    assert {r["word"] for r in review_list(db, "name")} == set(bertil.words)
    for word in bertil.words:
        (row,) = history(db, "name_reviews", word)
        assert row["actor"] == "admin" and json.loads(row["after"]) == {"status": "name"}
        assert json.loads(row["before"]) == {"status": "pending"}
    missing = client.post(
        "/reviews/decide",
        data={"words": ["Mölna", "Nobody"], "decision": "safe", "csrf_token": token},
    )
    assert missing.status_code == 404  # all or nothing: Mölna stays a name
    assert {r["word"] for r in review_list(db, "name")} == set(bertil.words)


def wait_for_run(client, seconds: float = 60) -> dict:
    page = client.get("/releases").get_data(as_text=True)
    run_id = int(page.split('data-run="/releases/runs/')[1].split('"')[0])
    deadline = time.monotonic() + seconds
    while True:
        run = client.get(f"/releases/runs/{run_id}").get_json()
        if run["status"] != "running":
            return run
        assert time.monotonic() < deadline, run
        time.sleep(0.2)


def test_publishing_from_the_web_refuses_then_overrides_on_the_record(app, db, waiting):
    client = app.test_client()
    login(client, "admin")
    token = csrf_token(client, "/releases")
    assert client.post("/releases/publish", data={"csrf_token": token}).status_code == 302
    run = wait_for_run(client)
    assert run["status"] == "refused" and run["unreviewed"] >= 3
    assert run["done"] == run["total"] == 3  # the worker reported its progress
    assert "await review" in run["reasons"][0] and "/reviews" in run["reasons"][0]
    page = client.get("/releases").get_data(as_text=True)
    assert "Refused: the previous release is unchanged" in page
    assert "Publish unreviewed, for this reason" in page
    blank = client.post(
        "/releases/publish", data={"csrf_token": token, "action": "override", "reason": " "}
    )
    assert blank.status_code == 422
    assert "Say why they can be published unreviewed." in blank.get_data(as_text=True)
    reason = "Bertil is the housing officer; Gunnel is the choir; pilot for the team"
    client.post(
        "/releases/publish", data={"csrf_token": token, "action": "override", "reason": reason}
    )
    run = wait_for_run(client)
    assert run["status"] == "published", run
    assert any("Release written to" in line for line in run["summary"])
    release = Path(app.config["CASEBOOK_DATABASE"]).parent / "release.db"
    row = sqlite3.connect(release).execute(
        "SELECT override_reason, override_by, built_by, unreviewed FROM _release"
    )
    published_reason, by, built_by, unreviewed = row.fetchone()
    assert by == built_by and built_by.startswith("T-")  # the admin's staff pseudonym
    assert "Bertil" not in published_reason and "pilot for the team" in published_reason
    assert unreviewed == run["unreviewed"]
    audit = db.execute(
        "SELECT actor, after FROM audit_log WHERE table_name = 'releases'"
    ).fetchall()
    assert [(actor, json.loads(after)["allow_unreviewed"]) for actor, after in audit] == [
        ("admin", reason)
    ]
    assert "published with the reason" in client.get("/releases").get_data(as_text=True)


def test_only_one_release_is_built_at_a_time(app, db):
    from casebook.release.runs import RunBusy, start_run

    start_run(db, SYSTEM, None)
    with pytest.raises(RunBusy):
        start_run(db, SYSTEM, None)
