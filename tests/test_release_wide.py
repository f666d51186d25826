"""The wide tables tell "no" from "missing": an answered multichoice has 1 for each ticked
option and 0 for each other one; its columns are NULL only when the item was not answered."""

from __future__ import annotations

import sqlite3
import uuid

from casebook.instruments.registry import get_instrument
from casebook.release.tables import wide_columns
from casebook.responses import ResponseInput, save_response

from tests.release_fixtures import SYSTEM, release
from tests.study_fixtures import staff

RESOURCES = [
    "social_relationships",
    "decision_making",
    "experiential_knowledge",
    "individual_strengths",
    "recreational_activities",
    "self_actualising",
]
RELATIONSHIPS = ["professionals", "peers", "friends", "family"]


def coding(db, case_id: int, answers: dict) -> None:
    data = ResponseInput(
        instrument="resource-coding",
        version=1,
        case=case_id,
        wave="baseline",
        date="2026-02-12",
        status="complete",
        answers=answers,
    )
    save_response(db, str(uuid.uuid4()), data, staff(db, "observer"), "observer")


def test_ticked_unticked_and_unanswered_options_differ(app, db, tmp_path):
    from casebook import study

    case_id = study.create_case(db, "RG01", "", SYSTEM)
    ticked = ["decision_making", "experiential_knowledge"]
    # resources_used answered; relationships_used never answered.
    coding(db, case_id, {"material_type": "meeting", "resources_used": ticked})
    path, _ = release(app, tmp_path)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    row = conn.execute("SELECT * FROM wide_resource_coding_v1").fetchone()
    assert {v: row[f"resources_used__{v}"] for v in RESOURCES} == {
        v: 1 if v in ticked else 0 for v in RESOURCES
    }
    assert {v: row[f"relationships_used__{v}"] for v in RELATIONSHIPS} == dict.fromkeys(
        RELATIONSHIPS
    )
    # A count of "no" answers is now one query away.
    noes = conn.execute(
        "SELECT count(*) FROM wide_resource_coding_v1 WHERE resources_used__self_actualising = 0"
    ).fetchone()[0]
    assert noes == 1


def test_the_codebook_says_what_1_0_and_null_mean(db):
    columns = wide_columns(get_instrument(db, "resource-coding", 1))
    description = columns["resources_used__decision_making"]
    assert "1 = chosen" in description and "0 = not" in description
    assert "not answered" in description
