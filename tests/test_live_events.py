"""Live event coding on the server: taps are appended one by one under the id the device
gave them (a resend changes nothing, a later tap never replaces an earlier one), each bad tap
is refused with what is wrong while the good ones of the same batch are kept, rights follow
the stored response, and a correction is audited and survives the device's resends."""

from __future__ import annotations

import json
import sqlite3

import pytest
from casebook import audit, study
from casebook.live_events import append_events, correct_event, events_of
from casebook.response_errors import NotAllowed, ResponseProblems

from tests.conftest import csrf_token, login
from tests.live_fixtures import FIELD, ITEM, observation_v2, tap
from tests.release_fixtures import SYSTEM
from tests.study_fixtures import ROLE_IDS, staff


@pytest.fixture
def meeting(db) -> str:
    case_id = study.create_case(db, "RG07", "", SYSTEM)
    return observation_v2(db, case_id)


def append(db, key: str, taps: list, role: str = "observer", item: str = ITEM):
    return append_events(db, key, {item: taps}, staff(db, role), role, ROLE_IDS)


def stored(db, key: str) -> list[tuple[int, str, str | None]]:
    return [(e["offset_ms"], e["code"], e["subject"]) for e in events_of(db, key)]


def test_a_later_tap_is_appended_and_a_resend_changes_nothing(db, meeting) -> None:
    first = tap(12_000, "goal_mentioned", "patient")
    assert append(db, meeting, [first]).added == 1
    second = tap(15_500, "speaking", "professional")
    result = append(db, meeting, [first, second])  # the device sends all it has, again
    assert (result.added, result.rejected) == (1, {})
    assert append(db, meeting, [first, second]).added == 0
    # the same id with other content is not a new tap and never replaces the stored one
    changed = dict(first, t=99_000, code="decision", subject=None)
    refused = append(db, meeting, [changed])
    assert refused.added == 0
    assert "reuses the id of another event" in refused.rejected[ITEM][0]
    assert stored(db, meeting) == [
        (12_000, "goal_mentioned", "patient"),
        (15_500, "speaking", "professional"),
    ]
    creates = [r for r in audit.history(db, "live_events", first["id"])]
    assert [r["action"] for r in creates] == ["create"]


def test_bad_taps_are_refused_with_a_reason_and_good_ones_kept(db, meeting) -> None:
    batch = [
        tap(1_000, "decision"),
        tap(2_000, "nonsense"),
        tap(3_000, "goal_mentioned"),  # needs the role it concerns
        tap(4_000, "goal_mentioned", "Elin Berg"),  # a name, not a role
        tap(5_000, "decision", "patient"),  # concerns no one
        tap(-5, "decision"),
        {"id": "not-a-uuid", "t": 6_000, "code": "decision"},
        "a tap?",
        tap(7_000, "speaking", "significant_other"),
    ]
    result = append(db, meeting, batch)
    assert result.added == 2
    messages = result.rejected[ITEM]
    assert len(messages) == 7
    assert "00:02: 'nonsense' is not a code of this scheme" in messages[0]
    assert "needs the role it concerns" in messages[1]
    assert "'Elin Berg' is not a role of this study" in messages[2]
    assert "never people" in messages[2]
    assert "takes no role" in messages[3]
    assert "outside a meeting" in messages[4]
    assert "the id the device gave it" in messages[5]
    assert "an event must be an object" in messages[6]
    assert stored(db, meeting) == [
        (1_000, "decision", None),
        (7_000, "speaking", "significant_other"),
    ]


def test_rights_and_the_scheme_follow_the_stored_response(db, meeting) -> None:
    with pytest.raises(NotAllowed):  # an interviewer may not code observations
        append(db, meeting, [tap(1_000, "decision")], role="interviewer")
    case_id = study.create_case(db, "RG08", "", SYSTEM)
    from tests.release_fixtures import Study, observation

    older = observation(db, Study(case_id, 0, 0, 0))  # meeting-observation v1: no live part
    result = append(db, older, [tap(1_000, "decision")])
    assert result.added == 0
    assert "has no live coding item 'meeting_events'" in result.rejected[ITEM][0]
    assert events_of(db, older) == [] and events_of(db, meeting) == []


def test_a_correction_is_audited_and_the_devices_resend_does_not_undo_it(db, meeting) -> None:
    wrong = tap(30_000, "goal_mentioned", "patient")
    mistake = tap(31_000, "decision")
    append(db, meeting, [wrong, mistake])
    observer = staff(db, "observer")
    correct_event(
        db,
        wrong["id"],
        {"offset_ms": 28_500, "subject": "significant_other"},
        observer,
        "observer",
        ROLE_IDS,
    )
    correct_event(db, mistake["id"], {"voided": True}, observer, "observer", ROLE_IDS)
    assert append(db, meeting, [wrong, mistake]).added == 0  # the device still has both
    assert stored(db, meeting) == [(28_500, "goal_mentioned", "significant_other")]
    assert [e["voided"] for e in events_of(db, meeting, include_voided=True)] == [False, True]
    history = audit.history(db, "live_events", wrong["id"])
    assert [row["action"] for row in history] == ["create", "update"]
    assert json.loads(history[1]["before"])["offset_ms"] == 30_000
    assert json.loads(history[1]["after"]) == {
        "offset_ms": 28_500,
        "code": "goal_mentioned",
        "subject": "significant_other",
        "voided": 0,
    }
    assert history[1]["actor"] == "observer"
    with pytest.raises(ResponseProblems, match="'Elin' is not a role"):
        correct_event(db, wrong["id"], {"subject": "Elin"}, observer, "observer", ROLE_IDS)
    with pytest.raises(NotAllowed):
        correct_event(
            db, wrong["id"], {"voided": True}, staff(db, "interviewer"), "interviewer", ROLE_IDS
        )
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        db.execute("DELETE FROM live_events")
    with pytest.raises(sqlite3.IntegrityError, match="kept as tapped"):
        db.execute("UPDATE live_events SET tapped = '{}'")


def test_the_autosave_route_appends_taps_and_names_the_bad_ones(app, db, meeting) -> None:
    client = app.test_client()
    login(client, "observer")
    token = csrf_token(client, f"/responses/{meeting}")
    page = client.get(f"/responses/{meeting}").get_data(as_text=True)
    assert f'name="{FIELD}"' in page and "Start the clock" in page
    good, bad = tap(4_200, "speaking", "patient"), tap(5_000, "goal_mentioned")
    revision = str(db.execute("SELECT revision FROM responses").fetchone()[0])
    body = {"revision": revision, FIELD: json.dumps([good, bad]), "meeting_duration": "60"}
    answer = client.post(
        f"/responses/{meeting}/autosave", data=body, headers={"X-CSRFToken": token}
    )
    assert answer.status_code == 200, answer.get_data(as_text=True)
    data = answer.get_json()
    assert "needs the role it concerns" in data["fields"][FIELD][0]
    assert "needs the role it concerns" in data["problems"][ITEM][0]
    assert stored(db, meeting) == [(4_200, "speaking", "patient")]
    again = client.post(f"/responses/{meeting}/autosave", data=body, headers={"X-CSRFToken": token})
    assert again.status_code == 200 and stored(db, meeting) == [(4_200, "speaking", "patient")]
    # the page starts from what the server has, as the device sent it
    page = client.get(f"/responses/{meeting}").get_data(as_text=True)
    assert good["id"] in page
    # an interviewer's post is refused on the stored response's kind
    other = app.test_client()
    login(other, "interviewer")
    refused = other.post(
        f"/responses/{meeting}/autosave",
        data=body | {FIELD: json.dumps([tap(9_000, "decision")])},
        headers={"X-CSRFToken": csrf_token(other)},
    )
    assert refused.status_code == 403
    assert len(events_of(db, meeting)) == 1


def test_the_timeline_page_shows_and_corrects_events(app, db, meeting) -> None:
    speaking_on, speaking_off = (
        tap(10_000, "speaking", "patient"),
        tap(70_000, "speaking", "patient"),
    )
    moment = tap(65_000, "decision")
    append(db, meeting, [speaking_on, moment, speaking_off])
    client = app.test_client()
    login(client, "observer")
    page = client.get(f"/responses/{meeting}/timeline")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "<svg" in html and "<table" in html and "starts" in html and "stops" in html
    token = csrf_token(client, f"/responses/{meeting}/timeline")
    posted = client.post(
        f"/responses/{meeting}/events/{moment['id']}",
        data={"csrf_token": token, "offset": "1:02.5", "code": "decision", "subject": ""},
    )
    assert posted.status_code == 302
    assert stored(db, meeting)[1] == (62_500, "decision", None)
    bad = client.post(
        f"/responses/{meeting}/events/{moment['id']}",
        data={"csrf_token": token, "offset": "about a minute", "code": "decision"},
        follow_redirects=True,
    )
    assert "minutes:seconds" in bad.get_data(as_text=True)
    assert stored(db, meeting)[1] == (62_500, "decision", None)
    history = audit.history(db, "live_events", moment["id"])
    assert [row["action"] for row in history] == ["create", "update"]
