"""A fictional demo study, so a newcomer opens a living app: resource groups with
participants of every role, some consented, complete and draft interviews, observations
and codings. Every name is invented. Answers are generated from the instrument model, so
the demo follows the instruments whatever they ask."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

import sqlite_utils

from casebook import study
from casebook.accounts import add_user, find_user
from casebook.audit import Actor
from casebook.instruments.answers import check_answers, normalise, prune_hidden
from casebook.instruments.expressions import parse, references
from casebook.instruments.model import Instrument
from casebook.instruments.registry import get_instrument, newest_versions
from casebook.items import kind_of
from casebook.passwords import generate_password
from casebook.responses import ResponseInput, save_response

SEED = 20261122
GROUPS = [
    (
        "RG01",
        "Resource group, north district",
        [
            ("patient", "Elin Berg", ["Ellie"]),
            ("significant_other", "Sven Berg", []),
            ("professional", "Karin Lund", []),
            ("professional", "Ahmed Nouri", []),
        ],
    ),
    (
        "RG02",
        "Resource group, day-centre team",
        [
            ("patient", "Jonas Ek", ["Jonte"]),
            ("significant_other", "Maria Ek", ["Mia"]),
            ("professional", "Lena Holm", []),
        ],
    ),
    (
        "RG03",
        "Resource group, newly started",
        [
            ("patient", "Sara Lind", []),
            ("significant_other", "Per Lind", []),
            ("professional", "Oskar Strand", []),
        ],
    ),
]
CONTACTS = {"Elin Berg": ("Maja", "daughter", ["Majsan"]), "Jonas Ek": ("Bosse", "neighbour", [])}


def demo_is_needed(db: sqlite_utils.Database) -> bool:
    """The demo fills only an empty study (no cases)."""
    return db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def fill_demo_study(db: sqlite_utils.Database, role_ids: list[str]) -> dict[str, int]:
    """Create the demo cases, participants, staff and responses; returns counts."""
    rng = random.Random(SEED)
    actor = Actor.system("casebook demo")
    staff = {role: _staff(db, f"demo-{role}", role, actor) for role in ("interviewer", "observer")}
    instruments = [get_instrument(db, i, v) for i, v in newest_versions(db).items()]
    counts = {"cases": 0, "participants": 0, "responses": 0}
    for code, label, people in GROUPS:
        case_id = study.create_case(db, code, label, actor)
        counts["cases"] += 1
        members = [
            _participant(db, case_id, person, role_ids, actor, consent=code != "RG03")
            for person in people
        ]
        counts["participants"] += len(members)
        counts["responses"] += _responses(db, rng, case_id, members, instruments, staff)
    return counts


def _staff(db: sqlite_utils.Database, username: str, role: str, actor: Actor) -> Actor:
    user = find_user(db, username)
    if user is None:
        # A random password nobody knows: set one with `casebook users passwd` to log in as it.
        name = f"Demo {role}"
        user_id = add_user(db, username, role, generate_password(username), actor, name)
        return Actor(user_id, username)
    return Actor(user["id"], username)


def _participant(
    db: sqlite_utils.Database,
    case_id: int,
    person: tuple[str, str, list[str]],
    role_ids: list[str],
    actor: Actor,
    consent: bool,
) -> dict[str, Any]:
    role, name, aliases = person
    contact = CONTACTS.get(name)
    data = study.ParticipantInput(
        case_id=case_id,
        role=role,
        name=name,
        aliases=aliases,
        phone="070-000 00 00",
        email=f"{name.split()[0].lower()}@example.org",
        consent_date="2026-01-15" if consent or role != "patient" else None,
        consent_version="v2.1" if consent or role != "patient" else "",
        contacts=[study.ContactInput(*contact)] if contact else [],
    )
    participant_id = study.create_participant(db, data, role_ids, actor)
    return study.get_participant(db, participant_id)


def _responses(
    db: sqlite_utils.Database,
    rng: random.Random,
    case_id: int,
    members: list[dict[str, Any]],
    instruments: list[Instrument],
    staff: dict[str, Actor],
) -> int:
    made = 0
    for instrument in instruments:
        if instrument.about_participant:
            for person in members:
                if person["role"] in instrument.roles and study.has_consent(person):
                    complete = rng.random() < 0.6
                    _save(db, rng, instrument, case_id, person, complete, staff["interviewer"])
                    made += 1
        elif rng.random() < 0.8:
            _save(db, rng, instrument, case_id, None, rng.random() < 0.5, staff["observer"])
            made += 1
    return made


def _save(
    db: sqlite_utils.Database,
    rng: random.Random,
    instrument: Instrument,
    case_id: int,
    person: dict[str, Any] | None,
    complete: bool,
    actor: Actor,
) -> None:
    answers = fake_answers(instrument, rng, person["name"] if person else "the patient")
    if complete and check_answers(instrument, answers, complete=True):
        complete = False
    day = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randrange(60))
    data = ResponseInput(
        instrument=instrument.id,
        version=instrument.version,
        case=case_id,
        participant=person["id"] if person else None,
        wave=instrument.waves[0],
        date=day.isoformat(),
        status="complete" if complete else "draft",
        answers=answers,
    )
    role = "interviewer" if instrument.about_participant else "observer"
    save_response(db, str(uuid.UUID(int=rng.getrandbits(128))), data, actor, role)


def fake_answers(instrument: Instrument, rng: random.Random, name: str) -> dict[str, Any]:
    """Plausible answers for every visible item that pass the instrument's own checks."""
    answers: dict[str, Any] = {}
    for item in instrument.items():
        value = fake_value(instrument, item, rng, name)
        if value is not None:
            answers[item.id] = value
    answers = prune_hidden(instrument, normalise(instrument, answers))
    for item_id in _failing_items(instrument, answers):
        _repair(instrument, answers, item_id)
    return answers


def _failing_items(instrument: Instrument, answers: dict[str, Any]) -> list[str]:
    problems = check_answers(instrument, answers, complete=True)
    return sorted({key.split(".")[0].split("[")[0] for key in problems})


def _repair(instrument: Instrument, answers: dict[str, Any], item_id: str) -> None:
    """Make a failing answer pass its constraint by trying other values, first for the item
    itself, then for the items its constraint names (e.g. a count it must match); if none
    works, leave the answer out."""
    items = instrument.answerable()
    constraint = getattr(items.get(item_id), "constraint", None)
    names = [item_id] + [
        r.split(".")[0] for r in (references(parse(constraint)) if constraint else [])
    ]
    for name in dict.fromkeys(n for n in names if n in items):
        kept = answers.get(name)
        for value in kind_of(items[name]).candidates(instrument, items[name]):
            answers[name] = value
            if item_id not in _failing_items(instrument, answers):
                return
        if kept is None:
            answers.pop(name, None)
        else:
            answers[name] = kept
    answers.pop(item_id, None)


def fake_value(instrument: Instrument, item: Any, rng: random.Random, name: str) -> Any:
    """One plausible value in the documented shape of the item's type (None for notes)."""
    return kind_of(item).fake(instrument, item, rng, name)
