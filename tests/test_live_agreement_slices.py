"""Agreement over time slices between two observers of one live-coded meeting (as BORIS
cuts them): checked against a small example worked out by hand."""

from __future__ import annotations

import pytest
from casebook import study
from casebook.agreement.event_slices import slice_ratings
from casebook.agreement.figures import figures
from casebook.agreement.ratings import Rating
from casebook.live_events import append_events, correct_event

from tests.live_fixtures import ITEM, observation_v2, tap
from tests.release_fixtures import SYSTEM
from tests.study_fixtures import ROLE_IDS, staff

CODES = ["goal_mentioned", "acknowledged", "decision", "speaking", "off_agenda"]


def code(db, key: str, role: str, taps: list) -> None:
    result = append_events(db, key, {ITEM: taps}, staff(db, role), role, ROLE_IDS)
    assert result.rejected == {}


def test_two_observers_slices_of_ten_seconds(db) -> None:
    case_id = study.create_case(db, "RG09", "", SYSTEM)
    first = observation_v2(db, case_id, "observer", status="complete")
    second = observation_v2(db, case_id, "admin", status="complete")
    mistake = tap(2_000, "decision")
    code(
        db,
        first,
        "observer",
        [
            tap(5_000, "speaking", "patient"),
            tap(12_000, "decision"),
            tap(25_000, "speaking", "patient"),
            tap(30_000, "off_agenda"),  # still on when the meeting ends
            tap(31_000, "goal_mentioned", "patient"),
            mistake,
        ],
    )
    correct_event(db, mistake["id"], {"voided": True}, staff(db, "observer"), "observer", ROLE_IDS)
    code(
        db,
        second,
        "admin",
        [
            tap(8_000, "speaking", "patient"),
            tap(18_000, "speaking", "patient"),
            tap(21_000, "decision"),
            tap(20_000, "speaking", "professional"),  # stops exactly where slice 2 begins?
            tap(20_000, "speaking", "professional"),  # no: it lasts no time, in slice 2
        ],
    )
    # a meeting observed once gives no ratings, nor does a draft of another
    alone = observation_v2(db, case_id, "observer", date="2026-04-01", status="complete")
    code(db, alone, "observer", [tap(1_000, "decision")])

    ratings = list(slice_ratings(10)(db))

    assert all(isinstance(r, Rating) for r in ratings)
    assert {(r.instrument, r.level, r.wave) for r in ratings} == {
        ("meeting-observation", "nominal", "baseline")
    }
    observer, admin = str(staff(db, "observer").id), str(staff(db, "admin").id)
    meeting = f"{case_id}/baseline/2026-03-02"
    got = {(r.item, r.unit, r.coder): r.value for r in ratings}
    # slices [0,10) [10,20) [20,30) [30,40): the latest event is at 31 s
    expected_by_hand = {
        observer: {
            "speaking": [1, 1, 1, 0],  # 5 s to 25 s
            "decision": [0, 1, 0, 0],  # the tap at 2 s was voided
            "off_agenda": [0, 0, 0, 1],  # on from 30 s to the end
            "goal_mentioned": [0, 0, 0, 1],
            "acknowledged": [0, 0, 0, 0],
        },
        admin: {
            "speaking": [1, 1, 1, 0],  # the patient 8-18 s; a professional at 20 s
            "decision": [0, 0, 1, 0],
            "off_agenda": [0, 0, 0, 0],
            "goal_mentioned": [0, 0, 0, 0],
            "acknowledged": [0, 0, 0, 0],
        },
    }
    expected = {
        (f"events:{c}", f"slice:{meeting}:{index:04d}", coder): value
        for coder, codes in expected_by_hand.items()
        for c, values in codes.items()
        for index, value in enumerate(values)
    }
    assert got == expected
    assert len(ratings) == len(expected) == 2 * len(CODES) * 4

    # wider slices: one slice of 40 s holds everything either coded
    wide = {(r.item, r.coder): r.value for r in slice_ratings(40)(db)}
    assert wide[("events:off_agenda", admin)] == 0 and wide[("events:decision", admin)] == 1

    # the study's agreement figures (what the app shows and the release publishes) include them
    shown = {(f.item, f.wave): f for f in figures(db)}
    speaking = shown[("events:speaking", None)]
    assert (speaking.units, speaking.coders, speaking.percent_agreement) == (4, 2, 1.0)
    assert shown[("events:decision", None)].percent_agreement == 0.5


def test_a_slice_must_have_a_width() -> None:
    with pytest.raises(ValueError, match="longer than zero"):
        slice_ratings(0)


def test_observations_of_one_unit_of_coding_are_one_meeting() -> None:
    """Two observers assigned to one unit are paired by it, whatever dates they typed;
    without a unit, the case, wave and date pair them."""
    from casebook.agreement.event_slices import meeting_key

    typed = {"case_id": 3, "wave_id": "baseline", "date": "2026-03-02", "unit_id": 7}
    assert meeting_key(typed) == meeting_key({**typed, "date": "2026-03-03"}) == "session:7"
    assert meeting_key({**typed, "unit_id": None}) == "3/baseline/2026-03-02"
