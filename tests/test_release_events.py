"""A live-coded meeting in a published release (the real builder): the `events` table with
offsets in seconds, what each tap did, roles and the observer's pseudonym (never a name or
an account), `event_states` with durations, voided taps left out, and a tap made after a
publish reaching the next (incremental) one."""

from __future__ import annotations

import sqlite_utils
from casebook import study
from casebook.live_events import append_events, correct_event

from tests.live_fixtures import ITEM, observation_v2, tap
from tests.release_fixtures import SYSTEM, release
from tests.study_fixtures import ROLE_IDS, staff


def rows(path, sql: str) -> list[dict]:
    out = sqlite_utils.Database(path)
    try:
        return list(out.query(sql))
    finally:
        out.close()


def test_events_and_state_durations_are_published(app, db, tmp_path) -> None:
    case_id = study.create_case(db, "RG11", "", SYSTEM)
    key = observation_v2(db, case_id, status="complete")
    observer = staff(db, "observer")
    mistake = tap(3_000, "decision")
    taps = [
        tap(4_250, "speaking", "patient"),
        tap(9_000, "goal_mentioned", "patient"),
        mistake,
        tap(64_750, "speaking", "patient"),
        tap(70_000, "off_agenda"),
    ]
    append_events(db, key, {ITEM: taps}, observer, "observer", ROLE_IDS)
    correct_event(db, mistake["id"], {"voided": True}, observer, "observer", ROLE_IDS)

    path, _summary = release(app, tmp_path)

    events = rows(path, "SELECT * FROM events ORDER BY event")
    assert [
        (e["event"], e["offset_seconds"], e["clock"], e["code"], e["action"], e["subject"])
        for e in events
    ] == [
        (1, 4.25, "00:04", "speaking", "start", "patient"),
        (2, 9.0, "00:09", "goal_mentioned", "point", "patient"),
        (3, 64.75, "01:04", "speaking", "stop", "patient"),
        (4, 70.0, "01:10", "off_agenda", "start", None),
    ]
    (response,) = rows(path, 'SELECT response, collector, "case" FROM responses')
    assert {e["response"] for e in events} == {response["response"]}
    assert {e["observer"] for e in events} == {response["collector"]}
    assert response["collector"] not in ("observer", str(observer.id))
    assert {e["case"] for e in events} == {response["case"]} != {"RG11"}
    assert events[1]["label"] == "Own goal mentioned" and events[1]["category"] == "goals"
    states = rows(path, "SELECT * FROM event_states ORDER BY state")
    assert [
        (s["code"], s["subject"], s["start_seconds"], s["stop_seconds"], s["duration_seconds"])
        for s in states
    ] == [("speaking", "patient", 4.25, 64.75, 60.5), ("off_agenda", None, 70.0, None, None)]

    # a tap after the publish: the next build (reusing the last one) has it
    append_events(db, key, {ITEM: [tap(80_000, "off_agenda")]}, observer, "observer", ROLE_IDS)
    again, _summary = release(app, tmp_path, name="again.db")
    states = rows(again, "SELECT code, duration_seconds FROM event_states ORDER BY state")
    assert states == [
        {"code": "speaking", "duration_seconds": 60.5},
        {"code": "off_agenda", "duration_seconds": 10.0},
    ]
    assert len(rows(again, "SELECT * FROM events")) == 5
    # the codebook labels the codes of the scheme
    codebook = rows(
        again,
        "SELECT value, label FROM choices WHERE item = 'meeting_events' AND version = 2"
        " ORDER BY position",
    )
    assert codebook[0] == {"value": "goal_mentioned", "label": "Own goal mentioned"}
    assert len(codebook) == 5
