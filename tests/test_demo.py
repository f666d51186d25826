"""The demo study shows a newcomer a living app: every role, every kind, drafts and
complete responses, and one participant still waiting for consent."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from casebook.demo import fake_answers, fill_demo_study
from casebook.instruments.answers import check_answers
from casebook.instruments.loader import instrument_files, load_instrument
from casebook.settings import load_settings

from tests.conftest import BUNDLED_INSTRUMENTS
from tests.study_fixtures import ROLE_IDS


def test_demo_fills_every_kind_with_drafts_and_complete_responses(db):
    counts = fill_demo_study(db, ROLE_IDS)
    assert counts["cases"] == 3
    rows = db.query(
        "SELECT v.kind, r.status, count(*) AS n FROM responses r JOIN instrument_versions v"
        " ON v.instrument_id = r.instrument_id AND v.version = r.version GROUP BY 1, 2"
    )
    seen = {(row["kind"], row["status"]) for row in rows}
    assert {("interview", "complete"), ("interview", "draft")} <= seen
    assert {k for k, _ in seen} == {"interview", "observation", "coding"}
    roles = {r["role"] for r in db.query("SELECT role FROM participants")}
    assert roles == set(ROLE_IDS)
    waiting = db.execute("SELECT count(*) FROM participants WHERE consent_date IS NULL")
    assert waiting.fetchone()[0] >= 1


@pytest.mark.parametrize("path", instrument_files(BUNDLED_INSTRUMENTS), ids=lambda p: str(p))
def test_generated_answers_pass_every_instrument_check(path: Path):
    instrument = load_instrument(path, load_settings(BUNDLED_INSTRUMENTS))
    for seed in range(10):
        answers = fake_answers(instrument, random.Random(seed), "Elin")
        assert check_answers(instrument, answers, complete=True) == {}, seed
