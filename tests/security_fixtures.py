"""A study with data of every kind, each identifying field and note carrying a marker string
of its own, so a test can tell exactly what a role was shown: interviews (complete, draft,
discarded) with identifying notes, contacts, consent, observations (draft, discarded), a
coding, a place, a word awaiting name review and an API token."""

from __future__ import annotations

import uuid
from collections import namedtuple
from dataclasses import dataclass, field

from casebook import places, study
from casebook.audit import Actor
from casebook.discard import discard_response
from casebook.release.reviews import record_found
from casebook.responses import ResponseInput, save_response
from casebook.tokens import create_token

from tests.study_fixtures import ROLE_IDS, staff

SYSTEM = Actor.system("tests")

# Marker strings, by what they stand for. Each appears in exactly one stored field.
PATIENT = "Qxpatient Quimby"
ALIAS = "Qxalias"
PHONE = "070-555 01 99"
EMAIL = "qxpatient@example.org"
OTHER_PATIENT = "Qxsecond Patient"
CONTACT = "Qxcontact Lind"
CONTACT_NICK = "Qxnick"
CONSENT = "QXCONSENT-v7"
INTERVIEW_NOTE = "QXINTERVIEWNOTE"
DRAFT_NOTE = "QXDRAFTNOTE"
DISCARDED_NOTE = "QXDISCARDEDNOTE"
OBSERVATION_NOTE = "QXOBSERVATIONNOTE"
DISCARDED_OBSERVATION_NOTE = "QXOBSDISCARDEDNOTE"
CODING_NOTE = "QXCODINGNOTE"
PLACE = "Qxplace Clinic"
REVIEW_WORD = "Qxreviewword"
TOKEN_NAME = "QXTOKENNAME"

IDENTITIES = {PATIENT, ALIAS, PHONE, EMAIL, OTHER_PATIENT, CONTACT, CONTACT_NICK, CONSENT}
INTERVIEW_NOTES = {INTERVIEW_NOTE, DRAFT_NOTE, DISCARDED_NOTE}
OBSERVER_NOTES = {OBSERVATION_NOTE, DISCARDED_OBSERVATION_NOTE, CODING_NOTE}
ADMIN_ONLY = {PLACE, REVIEW_WORD, TOKEN_NAME}
ALL_MARKERS = IDENTITIES | INTERVIEW_NOTES | OBSERVER_NOTES | ADMIN_ONLY


@dataclass
class FullStudy:
    case_id: int
    patient: int
    other_patient: int
    contact: int
    interviews: list[str] = field(default_factory=list)  # complete, draft, discarded
    observer_work: list[str] = field(default_factory=list)  # observations and a coding


def build_full_study(db) -> FullStudy:
    case_id = study.create_case(db, "RG07", "qx case label", SYSTEM)
    patient = _person(
        db,
        case_id,
        PATIENT,
        aliases=[ALIAS],
        phone=PHONE,
        email=EMAIL,
        contacts=[study.ContactInput(CONTACT, "daughter", [CONTACT_NICK])],
    )
    other = _person(db, case_id, OTHER_PATIENT)
    contact = db.execute("SELECT id FROM contacts WHERE participant_id = ?", [patient]).fetchone()
    built = FullStudy(case_id, patient, other, contact[0])
    interviewer, observer = staff(db), staff(db, "observer")
    built.interviews = [
        _interview(db, built, patient, "baseline", "complete", INTERVIEW_NOTE),
        _interview(db, built, patient, "m12", "draft", DRAFT_NOTE),
        _interview(db, built, other, "baseline", "draft", DISCARDED_NOTE),
    ]
    discard_response(
        db,
        built.interviews[2],
        {"id": interviewer.id, "role": "interviewer"},
        interviewer,
        "started by mistake",
    )
    built.observer_work = [
        _observation(db, built, "2026-02-10", OBSERVATION_NOTE),
        _observation(db, built, "2026-02-11", DISCARDED_OBSERVATION_NOTE),
        _coding(db, built),
    ]
    discard_response(
        db, built.observer_work[1], {"id": observer.id, "role": "observer"}, observer, ""
    )
    places.add_place(db, PLACE, [], SYSTEM)
    word = namedtuple("Found", "word contexts occurrences")
    record_found(db, [word(REVIEW_WORD, [f"... {REVIEW_WORD} said ..."], 1)])
    create_token(db, "interviewer", TOKEN_NAME, SYSTEM)
    return built


def _person(db, case_id: int, name: str, **details) -> int:
    data = study.ParticipantInput(
        case_id=case_id,
        role="patient",
        name=name,
        consent_date="2026-01-10",
        consent_version=CONSENT,
        **details,
    )
    return study.create_participant(db, data, ROLE_IDS, SYSTEM)


def _interview(db, built: FullStudy, person: int, wave: str, status: str, note: str) -> str:
    key = str(uuid.uuid4())
    answers = {
        "consent_confirmed": True,
        "interviewed_before": wave != "baseline",
        "life_now": {"covered": True, "notes": f"{note} said her daughter called."},
        "own_goals": {"covered": True, "notes": "Wants to work part-time."},
        "interview_setting": "home",
        "interview_duration": 40,
    }
    data = ResponseInput(
        instrument="patient-interview",
        version=2,
        case=built.case_id,
        participant=person,
        wave=wave,
        date="2026-02-01" if wave == "baseline" else "2027-02-01",
        status=status,
        answers=answers,
    )
    save_response(db, key, data, staff(db), "interviewer")
    return key


def _observation(db, built: FullStudy, date: str, note: str) -> str:
    key = str(uuid.uuid4())
    answers = {
        "attendee_count": 2,
        "process_scores": {"support": {"score": 3, "evidence": f"{note} seen in the room."}},
    }
    data = ResponseInput(
        instrument="meeting-observation",
        version=1,
        case=built.case_id,
        wave="baseline",
        date=date,
        answers=answers,
    )
    save_response(db, key, data, staff(db, "observer"), "observer")
    return key


def _coding(db, built: FullStudy) -> str:
    key = str(uuid.uuid4())
    data = ResponseInput(
        instrument="resource-coding",
        version=1,
        case=built.case_id,
        wave="baseline",
        date="2026-02-12",
        answers={"coder_memo": f"{CODING_NOTE} about the peers."},
    )
    save_response(db, key, data, staff(db, "observer"), "observer")
    return key
