"""Live taps through the JSON API (`POST/GET /api/v1/responses/<uuid>/events`): a device that
codes a meeting live without the form page sends its taps as the page's autosave does. Each
tap is stored once under its id (a resend changes nothing), a bad tap is refused with its
reason while the good ones are kept, and rights follow the stored response: its kind, and for
a coding of a unit its own coder only, until the unit closes and freezes it."""

from __future__ import annotations

from casebook.live_events import events_of
from casebook.tokens import create_token

from tests.live_fixtures import ITEM, tap
from tests.study_fixtures import new_uuid
from tests.test_blind_channels import v2_body
from tests.test_coding_units import CLI, Api, meeting  # noqa: F401


def stored(db, key: str) -> list[tuple[int, str, str | None]]:
    return [(e["offset_ms"], e["code"], e["subject"]) for e in events_of(db, key)]


def started(unit: dict) -> str:
    """The first observer's draft coding of the meeting (their unit), through the API."""
    key = new_uuid()
    assert unit["a"].put(f"/responses/{key}", v2_body(unit, "draft")).status_code == 201
    return key


def test_taps_are_appended_once_and_a_bad_one_never_holds_back_the_rest(
    db,
    meeting,  # noqa: F811
):
    a, key = meeting["a"], started(meeting)
    good, bad = tap(12_000, "speaking", "patient"), tap(13_000, "goal_mentioned")
    sent = a.post(f"/responses/{key}/events", {"events": {ITEM: [good, bad]}})
    assert sent.status_code == 200, sent.get_json()
    data = sent.get_json()
    assert data["added"] == 1
    assert "needs the role it concerns" in data["rejected"][ITEM][0]
    assert [(e["offset_ms"], e["code"]) for e in data["events"]] == [(12_000, "speaking")]
    # the device sends everything it holds again, with one more tap: only that one is new
    later = tap(20_000, "decision")
    again = a.post(f"/responses/{key}/events", {"events": {ITEM: [good, later]}})
    assert (again.get_json()["added"], again.get_json()["rejected"]) == (1, {})
    # the same id with other content never replaces the stored tap
    changed = dict(good, t=1, code="decision", subject=None)
    refused = a.post(f"/responses/{key}/events", {"events": {ITEM: [changed]}}).get_json()
    assert refused["added"] == 0 and "reuses the id" in refused["rejected"][ITEM][0]
    unknown = a.post(f"/responses/{key}/events", {"events": {"nope": [tap(1, "decision")]}})
    assert "no live coding item 'nope'" in unknown.get_json()["rejected"]["nope"][0]
    assert stored(db, key) == [(12_000, "speaking", "patient"), (20_000, "decision", None)]
    listed = a.get(f"/responses/{key}/events")
    assert listed.status_code == 200
    assert [e["id"] for e in listed.get_json()] == [good["id"], later["id"]]


def test_a_body_that_is_not_taps_is_422_and_stores_nothing(
    db,
    meeting,  # noqa: F811
):
    a, key = meeting["a"], started(meeting)
    for body in ({}, {"events": []}, {"events": {}}, {"events": {ITEM: []}, "extra": 1}):
        answer = a.post(f"/responses/{key}/events", body)
        assert answer.status_code == 422, (body, answer.get_json())
        assert answer.get_json()["error"]["code"] == "invalid"
    unreadable = a.post(f"/responses/{key}/events", {"events": {ITEM: "not a list"}})
    assert "could not be read" in unreadable.get_json()["rejected"][ITEM][0]
    assert a.post(f"/responses/{new_uuid()}/events", {"events": {ITEM: []}}).status_code == 404
    assert stored(db, key) == []


def test_rights_follow_the_stored_coding_and_its_unit(
    app,
    db,
    meeting,  # noqa: F811
):
    a, b, admin = meeting["a"], meeting["b"], meeting["admin"]
    key = started(meeting)
    assert a.post(f"/responses/{key}/events", {"events": {ITEM: [tap(5_000, "decision")]}})
    taps = {"events": {ITEM: [tap(9_000, "decision")]}}
    interviewer = Api(app, create_token(db, "interviewer", "i", CLI).secret)
    for other in (b, admin, interviewer):  # the other coder, the lead, another kind's role
        refused = other.post(f"/responses/{key}/events", taps)
        assert refused.status_code == 403, refused.get_json()
        read = other.get(f"/responses/{key}/events")
        assert read.status_code == 403 and "5000" not in read.get_data(as_text=True)
    assert stored(db, key) == [(5_000, "decision", None)]
    # once both coders have completed, the unit is closed and its codings frozen
    other_key = new_uuid()
    assert b.put(f"/responses/{other_key}", v2_body(meeting, "complete")).status_code == 201
    assert a.put(f"/responses/{key}", v2_body(meeting, "complete", 1)).status_code == 200
    frozen = a.post(f"/responses/{key}/events", taps)
    assert frozen.status_code == 403 and "frozen" in frozen.get_json()["error"]["message"]
    assert admin.get(f"/responses/{key}/events").status_code == 200  # no longer blind
    assert stored(db, key) == [(5_000, "decision", None)]
