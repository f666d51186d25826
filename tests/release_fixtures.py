"""A study full of identifiers, for release tests: registered people whose names are also
ordinary English words, contacts with nicknames, a place, and interview notes that mention
them together with phone numbers, identity numbers, addresses and e-mail addresses."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from casebook import places, study
from casebook.audit import Actor
from casebook.release.publishing import ReleasePaths, publish_and_record
from casebook.responses import ResponseInput, save_response

from tests.study_fixtures import ROLE_IDS, staff

SYSTEM = Actor.system("tests")


def personnummer(birth: str, serial: str) -> str:
    """A personnummer YYMMDD-NNNC with a valid Luhn check digit C."""
    digits = birth + serial
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return f"{birth}-{serial}{(10 - total % 10) % 10}"


PNR = personnummer("850412", "123")
NOTES_BASELINE = (
    "Ellie says Majsan visits every Sunday. Elin's daughter Maja called from 070-123 45 67 "
    f"and wrote to maja.berg@example.org. Her personnummer is {PNR}. She lives at "
    "Storgatan 12, 123 45 Stockholm. In May she felt better and will mark the date in her "
    "calendar. She meets May Lind and Dr Mark Rose at Solrosen twice per week; her mood rose "
    "to the top after the group said she could lead. She loves the group. Jonte called too."
)
NOTES_FOLLOW_UP = (
    "Twelve months on, Elin describes the group as her own. May's support is steady; Mark "
    "Rose now comes every other meeting. Call +46 70 765 43 21 for Berg's new number. "
    "She has started singing with Gunnel from the choir at Tirsa's."
)
IDENTIFIERS = [
    "Elin",
    "Berg",
    "Ellie",
    "Majsan",
    "Maja",
    "May Lind",
    "Lind",
    "Mark Rose",
    "Solrosen",
    "Solrosens",
    "070-123 45 67",
    "maja.berg@example.org",
    PNR,
    "Storgatan 12",
    "123 45",
    "+46 70 765 43 21",
    "Jonte",
]
ORDINARY = [
    "In May",
    "mark the date",
    "rose",
    "to the top",
    "per week",
    "said she could lead",
    "loves the group",
]


@dataclass
class Study:
    case_id: int
    patient: int
    significant_other: int
    professional: int
    responses: dict[str, str] = field(default_factory=dict)


def person(db, case_id: int, role: str, name: str, **details) -> int:
    data = study.ParticipantInput(
        case_id=case_id,
        role=role,
        name=name,
        consent_date="2026-01-10",
        consent_version="v1",
        **details,
    )
    return study.create_participant(db, data, ROLE_IDS, SYSTEM)


def build_study(db) -> Study:
    case_id = study.create_case(db, "RG01", "north district", SYSTEM)
    patient = person(
        db,
        case_id,
        "patient",
        "Elin Berg",
        aliases=["Ellie"],
        phone="070-123 45 67",
        email="elin@example.org",
        gender="female",
        birth_year=1985,
        contacts=[study.ContactInput("Maja Berg", "daughter", ["Majsan"])],
    )
    other = person(db, case_id, "significant_other", "May Lind", gender="female", birth_year=1960)
    professional = person(db, case_id, "professional", "Mark Rose", gender="male", birth_year=1975)
    person(db, case_id, "patient", "Jonas Ek", aliases=["Jonte"], gender="male", birth_year=1990)
    places.add_place(db, "Solrosens dagverksamhet", ["Solrosen"], SYSTEM)
    built = Study(case_id, patient, other, professional)
    built.responses["baseline"] = interview(db, built, "baseline", "2026-02-01", NOTES_BASELINE)
    built.responses["m12"] = interview(db, built, "m12", "2027-02-03", NOTES_FOLLOW_UP)
    return built


def interview(db, built: Study, wave: str, date: str, notes: str) -> str:
    key = str(uuid.uuid4())
    answers = {
        "consent_confirmed": True,
        "interviewed_before": wave != "baseline",
        "life_now": {"covered": True, "notes": notes, "probes": {"housing": True}},
        "own_goals": {"covered": True, "notes": "Wants to work part-time."},
        "interview_setting": "home",
        "interview_duration": 55,
    }
    data = ResponseInput(
        instrument="patient-interview",
        version=2,
        case=built.case_id,
        participant=built.patient,
        wave=wave,
        date=date,
        status="complete",
        answers=answers,
    )
    save_response(db, key, data, staff(db), "interviewer")
    return key


def observation(db, built: Study, date: str = "2026-02-10") -> str:
    key = str(uuid.uuid4())
    answers = {
        "attendee_count": 2,
        "attendees": [
            {"role": "patient", "chaired": True},
            {"role": "case_manager", "chaired": False},
        ],
        "process_scores": {
            "support": {"score": 3, "evidence": "Elin was thanked by Maja."},
            "activation": {"score": 1, "evidence": "Quiet meeting."},
        },
        "hindering_scores": {"predominant_network": {"score": "not_observed"}},
    }
    data = ResponseInput(
        instrument="meeting-observation",
        version=1,
        case=built.case_id,
        wave="baseline",
        date=date,
        status="draft",
        answers=answers,
    )
    save_response(db, key, data, staff(db, "observer"), "observer")
    return key


FIXTURE_REASON = "tests: the fixture's unregistered words are reviewed in their own tests"


def release(
    app, tmp_path: Path, name: str = "release.db", allow_unreviewed: str | None = FIXTURE_REASON
):
    """Publish the app's private database into tmp_path, as `casebook publish` does (what it
    finds for review is recorded); returns (path, summary). By default words awaiting review
    are allowed (with a reason): pass `allow_unreviewed=None` for the safe default."""
    from casebook.config import instance_folder
    from casebook.db import connect

    out = tmp_path / name
    paths = ReleasePaths(
        Path(app.config["CASEBOOK_DATABASE"]),
        Path(app.config["CASEBOOK_INSTRUMENTS"]),
        instance_folder(app),
        out,
    )
    db = connect(paths.database)
    try:
        summary = publish_and_record(db, paths, SYSTEM, allow_unreviewed=allow_unreviewed)
    finally:
        db.close()
    return out, summary
