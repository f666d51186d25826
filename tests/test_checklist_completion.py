"""A checklist row is scored, marked "not observed" or left out with a reason before an
observation completes (unless the checklist relaxes it), through the service, the form and
the API; and a release says which of the three kinds of blank an unscored row is."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest
from casebook import study
from casebook.db import connect
from casebook.responses import ResponseInput, ResponseProblems, get_response, save_response

from tests.conftest import BUNDLED_INSTRUMENTS, csrf_token, login, make_app
from tests.release_fixtures import build_study, release
from tests.study_fixtures import TESTER, staff
from tests.test_collect import page_fields

PROCESSES = {"support": 2, "acknowledgement": 1, "activation": 3, "openness": 0, "integration": 2}
HINDERING = {"implementation": 1, "predominant_network": 2, "setting_tensions": 0}
SETTING = {
    "meeting_duration": 60,
    "goals_discussed": True,
    "attendee_count": 1,
    "attendees": [{"role": "patient"}],
}


def rows(scores: dict[str, Any], **changes: dict[str, Any]) -> dict[str, Any]:
    """Checklist answers: every row scored as given, then some rows replaced or left out
    (a change of `None` leaves the row unscored)."""
    out = {row: {"score": score} for row, score in scores.items()}
    for row, entry in changes.items():
        if entry is None:
            del out[row]
        else:
            out[row] = entry
    return out


def observation(case_id: int, status: str, version: int = 1, **answers: Any) -> ResponseInput:
    return ResponseInput(
        instrument="meeting-observation",
        version=version,
        case=case_id,
        wave="baseline",
        date="2026-03-02",
        status=status,
        answers={
            **SETTING,
            "process_scores": rows(PROCESSES),
            "hindering_scores": rows(HINDERING),
        }
        | answers,
    )


def save(db, data: ResponseInput, key: str | None = None) -> dict[str, Any]:
    key = key or str(uuid.uuid4())
    return save_response(db, key, data, staff(db, "observer"), "observer").response


@pytest.fixture
def case_id(db) -> int:
    return study.create_case(db, "RG05", "", TESTER)


# --- the rule, in the service -----------------------------------------------------------------


def test_an_unscored_row_stops_an_observation_being_completed(db, case_id) -> None:
    unscored = rows(PROCESSES, integration=None)
    with pytest.raises(ResponseProblems) as refused:
        save(db, observation(case_id, "complete", process_scores=unscored))
    assert refused.value.problems == {
        "process_scores.integration.score": [
            "not scored: score this row, mark it “not observed” or leave it out with a reason"
        ]
    }
    # a row with only an evidence note is not scored either
    noted = rows(PROCESSES, openness={"evidence": "Talked about the medication."})
    with pytest.raises(ResponseProblems) as refused:
        save(db, observation(case_id, "complete", process_scores=noted))
    assert list(refused.value.problems) == ["process_scores.openness.score"]
    # as a draft it saves: the observer may still be in the meeting
    assert save(db, observation(case_id, "draft", process_scores=unscored))["status"] == "draft"


def test_not_observed_and_left_out_with_a_reason_complete(db, case_id) -> None:
    accounted = rows(
        PROCESSES,
        openness={"score": "not_observed"},
        integration={"score": "left_out", "reason": "The patient asked me to step out."},
    )
    stored = save(db, observation(case_id, "complete", process_scores=accounted))
    assert stored["status"] == "complete"
    assert stored["answers"]["process_scores"]["integration"] == {
        "score": "left_out",
        "reason": "The patient asked me to step out.",
    }


def test_a_row_left_out_needs_its_reason_before_completion(db, case_id) -> None:
    silent = rows(PROCESSES, integration={"score": "left_out", "reason": "   "})
    with pytest.raises(ResponseProblems) as refused:
        save(db, observation(case_id, "complete", process_scores=silent))
    assert refused.value.problems == {
        "process_scores.integration.reason": ["give the reason this row is left out"]
    }
    assert save(db, observation(case_id, "draft", process_scores=silent))["status"] == "draft"


def test_a_reason_goes_only_with_a_row_left_out(db, case_id) -> None:
    wrong = rows(PROCESSES, support={"score": 2, "reason": "Why not."})
    with pytest.raises(ResponseProblems) as refused:
        save(db, observation(case_id, "draft", process_scores=wrong))
    assert list(refused.value.problems) == ["process_scores.support.reason"]


# --- the rule, through the form and the API ---------------------------------------------------


def test_the_form_refuses_completion_with_an_unscored_row_and_keeps_the_draft(app, db, case_id):
    key = save(db, observation(case_id, "draft", process_scores=rows(PROCESSES, activation=None)))[
        "uuid"
    ]
    client = app.test_client()
    login(client, "observer")
    fields = page_fields(client.get(f"/responses/{key}").get_data(as_text=True))
    assert "process_scores-activation-score" not in fields
    refused = client.post(f"/responses/{key}", data=fields | {"action": "complete"})
    assert refused.status_code == 422
    html = refused.get_data(as_text=True)
    assert 'id="process_scores-activation-score-error"' in html
    assert "not scored: score this row, mark it “not observed”" in html
    assert get_response(db, key)["status"] == "draft"

    # "Leave out" with a reason completes it; a reason typed on a scored row is not kept
    fields = page_fields(client.get(f"/responses/{key}").get_data(as_text=True))
    fields |= {
        "action": "complete",
        "process_scores-activation-score": "left_out",
        "process_scores-activation-reason": "Fire alarm: everyone left the room.",
        "process_scores-support-reason": "typed, then scored after all",
    }
    done = client.post(f"/responses/{key}", data=fields)
    assert done.status_code == 302, done.get_data(as_text=True)
    stored = get_response(db, key)
    assert stored["status"] == "complete"
    assert stored["answers"]["process_scores"]["activation"] == {
        "score": "left_out",
        "reason": "Fire alarm: everyone left the room.",
    }
    assert stored["answers"]["process_scores"]["support"] == {"score": 2}
    page = client.get(f"/responses/{key}").get_data(as_text=True)
    assert "Fire alarm: everyone left the room." in page
    assert 'value="left_out" checked' in page


def test_the_api_refuses_completion_with_an_unscored_row(app, db, case_id) -> None:
    client = app.test_client()
    login(client, "observer")
    token = csrf_token(client)
    body = observation(case_id, "complete", process_scores=rows(PROCESSES, support=None)).__dict__
    key = str(uuid.uuid4())
    answer = client.put(f"/api/v1/responses/{key}", json=body, headers={"X-CSRFToken": token})
    assert answer.status_code == 422
    details = answer.get_json()["error"]["details"]
    assert details == [
        {
            "item": "process_scores",
            "path": "process_scores.support.score",
            "message": "not scored: score this row, mark it “not observed” or leave it out "
            "with a reason",
        }
    ]
    schema = client.get("/api/v1/instruments/meeting-observation/1").get_json()["answers_schema"]
    row = schema["properties"]["process_scores"]["anyOf"][0]["properties"]["support"]
    assert {"const": "left_out"} in row["properties"]["score"]["anyOf"]
    assert row["properties"]["reason"] == {
        "type": "string",
        "description": 'why the row is left out ("left_out")',
    }


# --- a checklist that lets rows stay unscored -------------------------------------------------


def relaxed_instruments(folder: Path) -> Path:
    """The bundled instruments plus meeting-observation v2, whose hindering factors may be
    left unscored (`require_every_row: false`)."""
    shutil.copytree(BUNDLED_INSTRUMENTS, folder)
    source = (folder / "meeting-observation" / "v1.yaml").read_text(encoding="utf-8")
    marker = "      - id: hindering_scores\n        type: checklist\n        required: true\n"
    assert marker in source
    relaxed = source.replace("version: 1\n", "version: 2\n", 1).replace(
        marker, marker + "        require_every_row: false\n"
    )
    (folder / "meeting-observation" / "v2.yaml").write_text(relaxed, encoding="utf-8")
    return folder


@pytest.fixture
def relaxed(tmp_path):
    app = make_app(tmp_path / "site", instruments=relaxed_instruments(tmp_path / "instruments"))
    db = connect(app.config["CASEBOOK_DATABASE"])
    yield app, db
    db.close()


def test_a_relaxed_checklist_completes_with_rows_unscored(relaxed) -> None:
    _app, db = relaxed
    case_id = study.create_case(db, "RG06", "", TESTER)
    partly = rows(HINDERING, implementation=None, setting_tensions=None)
    stored = save(db, observation(case_id, "complete", version=2, hindering_scores=partly))
    assert stored["status"] == "complete"
    # `required: true` still needs something in it, and the strict checklist stays strict
    with pytest.raises(ResponseProblems) as refused:
        save(db, observation(case_id, "complete", version=2, hindering_scores={}))
    assert list(refused.value.problems) == ["hindering_scores"]
    with pytest.raises(ResponseProblems) as refused:
        strict = rows(PROCESSES, support=None)
        save(db, observation(case_id, "complete", version=2, process_scores=strict))
    assert list(refused.value.problems) == ["process_scores.support.score"]


# --- the release ------------------------------------------------------------------------------


def test_the_release_says_which_blank_each_unscored_row_is(relaxed, tmp_path) -> None:
    app, db = relaxed
    built = build_study(db)
    processes = rows(
        PROCESSES,
        openness={"score": "not_observed", "evidence": "Nobody raised anything difficult."},
        integration={"score": "left_out", "reason": "Elin Berg asked me to leave for this."},
    )
    hindering = rows(HINDERING, setting_tensions=None)
    data = observation(
        built.case_id, "complete", version=2, process_scores=processes, hindering_scores=hindering
    )
    save(db, data)
    path, _summary = release(app, tmp_path)
    out = sqlite3.connect(path)
    out.row_factory = sqlite3.Row
    scores = {
        (r["checklist"], r["row"]): dict(r)
        for r in out.execute("SELECT * FROM checklist_scores WHERE version = 2")
    }
    assert len(scores) == 8  # every row, scored or not
    support = scores[("process_scores", "support")]
    assert (support["score"], support["blank"], support["reason"]) == (2, None, None)
    openness = scores[("process_scores", "openness")]
    assert (openness["score"], openness["blank"], openness["score_label"]) == (
        None,
        "not_observed",
        "not observed",
    )
    assert openness["evidence"] == "Nobody raised anything difficult."
    left_out = scores[("process_scores", "integration")]
    assert (left_out["score"], left_out["blank"], left_out["score_label"]) == (
        None,
        "left_out",
        "left out",
    )
    # the reason is free text: redacted like every note
    assert "Elin" not in left_out["reason"] and "[patient P-" in left_out["reason"]
    assert left_out["reason"].endswith("asked me to leave for this.")
    forgot = scores[("hindering_scores", "setting_tensions")]
    assert (forgot["score"], forgot["blank"], forgot["score_label"]) == (
        None,
        "not_scored",
        "not scored",
    )

    wide = dict(out.execute("SELECT * FROM wide_meeting_observation_v2").fetchone())
    assert wide["process_scores__integration__blank"] == "left_out"
    assert wide["process_scores__integration__score"] is None
    assert "[patient P-" in wide["process_scores__integration__reason"]
    assert wide["hindering_scores__setting_tensions__blank"] == "not_scored"
    assert wide["process_scores__support__blank"] is None
    long_form = {
        r["part"]: (r["value"], r["label"])
        for r in out.execute("SELECT * FROM answers WHERE item = 'hindering_scores'")
    }
    assert long_form["setting_tensions.blank"] == ("not_scored", "not scored")

    codebook = {
        (r["version"], r["item"], r["value"]): r["label"]
        for r in out.execute("SELECT * FROM choices WHERE instrument = 'meeting-observation'")
    }
    assert codebook[(2, "hindering_scores", "not_scored")] == (
        "not scored: left blank (this checklist lets rows stay unscored)"
    )
    assert codebook[(2, "process_scores", "not_scored")].startswith(
        "not scored: left blank in a draft, or in a response completed before"
    )
    assert codebook[(2, "process_scores", "left_out")] == (
        "left out: the observer chose not to score this row and gave a reason"
    )
    assert codebook[(2, "process_scores", "not_observed")] == "not observed"
    search = out.execute(
        "SELECT reason FROM checklist_scores_fts WHERE checklist_scores_fts MATCH 'leave'"
    ).fetchall()
    assert len(search) == 1
    out.close()


def test_a_checklist_never_touched_is_released_as_not_scored(relaxed, tmp_path) -> None:
    app, db = relaxed
    built = build_study(db)
    data = observation(built.case_id, "draft", version=2)
    del data.answers["hindering_scores"]
    save(db, data)
    settings = Path(app.config["CASEBOOK_INSTRUMENTS"]) / "study.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            "  k: 5\n", "  k: 5\n  include_drafts: true\n"
        ),
        encoding="utf-8",
    )
    path, _ = release(app, tmp_path)
    out = sqlite3.connect(path)
    blanks = out.execute(
        "SELECT row, blank FROM checklist_scores WHERE checklist = 'hindering_scores'"
    ).fetchall()
    out.close()
    assert sorted(blanks) == [
        ("implementation", "not_scored"),
        ("predominant_network", "not_scored"),
        ("setting_tensions", "not_scored"),
    ]
