"""The response service: idempotent writes, stale saves refused, problems store nothing,
consent required, an audit row for every change."""

from __future__ import annotations

import json

import pytest
from casebook import audit
from casebook.responses import (
    Conflict,
    NotAllowed,
    ResponseProblems,
    get_response,
    list_responses,
    save_response,
)

from tests.study_fixtures import case_with_patient, interview, new_uuid, staff


@pytest.fixture
def me(db):
    return staff(db)


NOTES = {"life_now": {"covered": True, "notes": "Works part-time at the library."}}


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_create_then_identical_resend_changes_nothing(db, me):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    first = save_response(db, key, interview(case_id, patient, answers=NOTES), me, "interviewer")
    audit_rows = count(db, "audit_log")
    again = save_response(db, key, interview(case_id, patient, answers=NOTES), me, "interviewer")
    assert first.created and first.changed
    assert not again.created and not again.changed
    assert again.response["revision"] == first.response["revision"] == 1
    assert count(db, "audit_log") == audit_rows


def test_update_bumps_revision_and_stale_save_is_refused(db, me):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    save_response(db, key, interview(case_id, patient, answers=NOTES), me, "interviewer")
    mine = {"life_now": {"covered": True, "notes": "Mine: more about the library."}}
    theirs = {"life_now": {"covered": True, "notes": "Theirs: typed on another tablet."}}
    saved = save_response(
        db, key, interview(case_id, patient, answers=mine, revision=1), me, "interviewer"
    )
    assert saved.response["revision"] == 2
    with pytest.raises(Conflict) as conflict:
        save_response(
            db, key, interview(case_id, patient, answers=theirs, revision=1), me, "interviewer"
        )
    assert conflict.value.current["revision"] == 2
    assert get_response(db, key)["answers"] == mine


def test_update_without_revision_is_a_conflict(db, me):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    save_response(db, key, interview(case_id, patient), me, "interviewer")
    with pytest.raises(Conflict):
        save_response(db, key, interview(case_id, patient, answers=NOTES), me, "interviewer")


def test_problems_are_listed_by_item_and_nothing_is_stored(db, me):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    bad = {
        "no_such_item": "x",
        "interview_duration": "long",
        "interview_setting": "garden",
        "life_now": {"covered": "yes"},
        "day_centre_name": "Solrosen",  # hidden: attends_day_centre is not true
    }
    with pytest.raises(ResponseProblems) as error:
        save_response(db, key, interview(case_id, patient, answers=bad), me, "interviewer")
    problems = error.value.problems
    assert set(problems) == {
        "no_such_item",
        "interview_duration",
        "interview_setting",
        "life_now.covered",
        "day_centre_name",
    }
    assert "hidden" in problems["day_centre_name"][0]
    assert count(db, "responses") == 0 and count(db, "answers") == 0


def test_hidden_answers_are_dropped_when_the_form_asks(db, me):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    answers = {"attends_day_centre": False, "day_centre_name": "Solrosen"}
    result = save_response(
        db,
        key,
        interview(case_id, patient, answers=answers),
        me,
        "interviewer",
        drop_hidden=True,
    )
    assert result.response["answers"] == {"attends_day_centre": False}


def test_required_items_are_enforced_only_on_completion(db, me):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    save_response(db, key, interview(case_id, patient, answers=NOTES), me, "interviewer")
    with pytest.raises(ResponseProblems) as error:
        save_response(
            db,
            key,
            interview(case_id, patient, answers=NOTES, revision=1, status="complete"),
            me,
            "interviewer",
        )
    assert "consent_confirmed" in error.value.problems
    assert "required" in error.value.problems["consent_confirmed"][0]
    assert get_response(db, key)["status"] == "draft"


def test_constraint_message_from_the_instrument(db, me):
    case_id, patient = case_with_patient(db)
    with pytest.raises(ResponseProblems) as error:
        save_response(
            db,
            new_uuid(),
            interview(case_id, patient, answers={"consent_confirmed": False}),
            me,
            "interviewer",
        )
    assert error.value.problems["consent_confirmed"] == [
        "Do not go on without the participant's consent. End the interview instead."
    ]


def test_no_interview_without_consent(db, me):
    case_id, patient = case_with_patient(db, consent=False)
    with pytest.raises(ResponseProblems) as error:
        save_response(db, new_uuid(), interview(case_id, patient), me, "interviewer")
    assert "consent" in error.value.problems["participant"][0]
    assert count(db, "responses") == 0


def test_observers_cannot_collect_interviews(db, me):
    case_id, patient = case_with_patient(db)
    with pytest.raises(NotAllowed):
        save_response(db, new_uuid(), interview(case_id, patient), me, "observer")


def test_every_change_has_an_audit_row_with_before_and_after(db, me):
    case_id, patient = case_with_patient(db)
    key = new_uuid()
    save_response(db, key, interview(case_id, patient, answers=NOTES), me, "interviewer")
    changed = {"life_now": {"covered": True, "notes": "Changed."}, "interview_duration": 45}
    save_response(
        db, key, interview(case_id, patient, answers=changed, revision=1), me, "interviewer"
    )
    save_response(db, key, interview(case_id, patient, answers={}, revision=2), me, "interviewer")
    rows = audit.history(db, "answers", f"{key}/life_now")
    assert [r["action"] for r in rows] == ["create", "update", "delete"]
    assert json.loads(rows[1]["before"]) == NOTES["life_now"]
    assert json.loads(rows[1]["after"])["notes"] == "Changed."
    assert rows[2]["after"] is None
    assert all(r["actor"] == "interviewer" for r in rows)
    assert len(audit.history(db, "responses", key)) == 3


def test_the_audit_log_cannot_be_edited(db, me):
    case_id, patient = case_with_patient(db)
    save_response(db, new_uuid(), interview(case_id, patient), me, "interviewer")
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(Exception, match="append-only"):
        db.execute("DELETE FROM audit_log")


def test_list_filters(db, me):
    case_id, patient = case_with_patient(db)
    save_response(db, new_uuid(), interview(case_id, patient), me, "interviewer")
    assert len(list_responses(db, case=case_id, wave="baseline", status="draft")) == 1
    assert list_responses(db, case=case_id, status="complete") == []


def test_a_rule_linking_two_answers_waits_for_completion(db, me):
    """A draft saves while linked answers disagree; completing needs them to agree."""
    from casebook.responses import ResponseInput

    case_id, _patient = case_with_patient(db)
    key = new_uuid()
    answers = {"attendee_count": 3, "attendees": [{"role": "patient", "chaired": True}]}
    observer = staff(db, "observer")
    data = ResponseInput(
        instrument="meeting-observation",
        version=1,
        case=case_id,
        wave="baseline",
        date="2026-02-03",
        answers=answers,
    )
    assert save_response(db, key, data, observer, "observer").changed
    data.status, data.revision = "complete", 1
    with pytest.raises(ResponseProblems) as error:
        save_response(db, key, data, observer, "observer")
    assert "attendees" in error.value.problems


def test_required_items_inside_repeat_entries_on_completion(db, me):
    from casebook.instruments.answers import check_answers
    from casebook.instruments.registry import get_instrument

    instrument = get_instrument(db, "meeting-observation", 1)
    required = [
        s.id for i in instrument.items() if i.type == "repeat" for s in i.items if s.required
    ]
    assert required, "the bundled checklist has a required item in its attendee entries"
    problems = check_answers(instrument, {"attendees": [{}, {}]}, complete=True)
    assert f"attendees[1].{required[0]}" in problems
