"""A deterministic synthetic study at a chosen scale, for the benchmarks.

Scale 1 is the size of the real study: 8 cases, 74 interviews over the three roles and three
waves, 26 meeting observations (each with a resource coding). Scale N repeats that in N blocks
of 8 cases, each block with its own people (drawn, like the corpus of `tests/deid_corpus.py`,
from Swedish given and family names, a third of them names that are ordinary words, with
nicknames). Answers come from `casebook.demo.fake_answers`, so they follow the registered
instruments; every free-text answer that a release redacts (topic notes, long text, checklist
evidence) is then replaced by interview notes written with the sentence writer of
`tests/deid_corpus.py`, which plants names, nicknames, places, e-mail addresses, phone and
identity numbers in their many formats, addresses, URLs and dates, and records where. About
3,000 words per interview.

Everything goes through the app's own write paths (`study.create_case`, `create_participant`,
`add_place`, `responses.save_response`), so the private database holds exactly what the app
would store (audit rows included). What was planted, and where, is written beside the database
as `planted.json`: per response UUID and item path, every identifier's span, kind and form.

python -m bench.study --scale 1 --out bench/.cache/study-1"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from casebook import study as study_mod  # noqa: E402
from casebook.accounts import add_user  # noqa: E402
from casebook.audit import Actor  # noqa: E402
from casebook.bootstrap import initialise  # noqa: E402
from casebook.db import connect  # noqa: E402
from casebook.demo import fake_answers  # noqa: E402
from casebook.instruments.answers import check_answers  # noqa: E402
from casebook.instruments.registry import get_instrument  # noqa: E402
from casebook.places import add_place  # noqa: E402
from casebook.responses import ResponseInput, save_response  # noqa: E402

import tests.deid_corpus as corpus  # noqa: E402  (the corpus writer; not duplicated here)

GENERATOR_VERSION = 1  # bump when the output changes, so caches are rebuilt
INSTRUMENTS = ROOT / "instruments"
CASES_PER_BLOCK = 8
OBSERVATIONS_PER_BLOCK = 26
WAVES = ("baseline", "m12", "m24")
WAVE_YEAR = {"baseline": 2024, "m12": 2025, "m24": 2026}
ROLE_IDS = {
    "patient": "patient",
    "significant other": "significant_other",
    "professional": "professional",
}
GUIDES = {
    "patient": "patient-interview",
    "significant_other": "significant-other-interview",
    "professional": "professional-interview",
}
WORDS_PER_INTERVIEW = (2500, 3500)
DENSITY = 0.25  # identifiers in about one sentence in ten, like real notes
PASSWORD = "bench-password-not-secret-0"


@dataclass
class Plant:
    response: str
    path: str  # item id, "item.notes" or "item.row.evidence"
    start: int
    end: int
    kind: str
    form: str
    value: str
    exact: bool
    participant: int | None  # names: the registered participant's id in the private database


@dataclass
class GeneratedStudy:
    folder: Path
    database: Path
    planted: Path
    scale: int
    seed: int
    cases: int
    participants: int
    interviews: int
    observations: int
    codings: int
    text_bytes: int
    identifiers: int
    seconds: float

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("folder", "database", "planted"):
            data[key] = str(data[key])
        return data


class NoteWriter:
    """Writes interview notes about one case's people with `tests/deid_corpus.py`'s writer."""

    def __init__(self, rng: random.Random, places: list[Any]):
        self.rng = rng
        self.places = places

    def note(self, people: list[Any], target_chars: int) -> tuple[str, list[Any], list[Any]]:
        rng = self.rng
        writer = corpus._Writer(rng, people, self.places)
        cell = corpus._Cell(0)
        corpus.write_note(rng, writer, cell, people, target_chars, DENSITY)
        text = cell.text().rstrip()
        planted = [p for p in cell.planted if p.end <= len(text)]
        ordinary = [o for o in cell.ordinary if o.end <= len(text)]
        return text, planted, ordinary


def _text_slots(instrument: Any, answers: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(path, item type, container) of every free-text answer a release redacts."""
    items = instrument.answerable()
    slots = []
    for item_id, value in answers.items():
        item = items.get(item_id)
        if item is None or getattr(item, "identifier", False):
            continue
        if item.type == "longtext":
            slots.append((item_id, "longtext", None))
        elif item.type == "topic" and isinstance(value, dict):
            slots.append((f"{item_id}.notes", "topic", None))
        elif item.type == "checklist" and isinstance(value, dict):
            for row_id, row in value.items():
                if isinstance(row, dict) and "evidence" in row:
                    slots.append((f"{item_id}.{row_id}.evidence", "evidence", None))
    return slots


def _set_path(answers: dict[str, Any], path: str, text: str) -> None:
    parts = path.split(".")
    target = answers
    for part in parts[:-1]:
        target = target[part]
    if len(parts) == 1:
        answers[path] = text
    else:
        target[parts[-1]] = text


def generate(folder: Path, scale: int, seed: int = 2026, log=print) -> GeneratedStudy:
    """Generate the study into `folder` (replacing what is there)."""
    started = time.perf_counter()
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    database = folder / "casebook.db"
    initialise(database, INSTRUMENTS, "bench study generator")
    db = connect(database)
    system = Actor.system("bench study generator")
    role_ids = list(ROLE_IDS.values())
    staff = {}
    for role in ("interviewer", "observer", "admin", "analyst"):
        user_id = add_user(db, f"bench-{role}", role, PASSWORD, system, f"Bench {role}")
        staff[role] = Actor(user_id, f"bench-{role}")
    versions = {
        row["instrument_id"]: sorted(
            r["version"]
            for r in db.query(
                "SELECT version FROM instrument_versions WHERE instrument_id = ?",
                [row["instrument_id"]],
            )
        )
        for row in db.query("SELECT DISTINCT instrument_id FROM instrument_versions")
    }
    place_entries = corpus._make_registry(random.Random(seed), CASES_PER_BLOCK)[1]
    places = [e for e in place_entries if e.kind == corpus.PLACE]
    for place in places:
        add_place(db, place.canonical, list(place.aliases), system)
    plants: list[Plant] = []
    ordinary: list[dict[str, Any]] = []
    counts = {
        "cases": 0,
        "participants": 0,
        "interviews": 0,
        "observations": 0,
        "codings": 0,
        "bytes": 0,
    }
    for block in range(scale):
        rng = random.Random(f"{seed}:{block}")
        people, _entries = corpus._make_registry(rng, CASES_PER_BLOCK)
        writer = NoteWriter(rng, places)
        by_case: dict[int, list[Any]] = {}
        for person in people:
            by_case.setdefault(person.case, []).append(person)
        ids: dict[str, int] = {}  # corpus key -> participant id
        case_ids = []
        members: dict[int, dict[str, list[Any]]] = {}
        for case in range(CASES_PER_BLOCK):
            code = f"B{block:03d}-RG{case + 1:02d}"
            case_id = study_mod.create_case(db, code, f"Resource group {code}", system)
            case_ids.append(case_id)
            counts["cases"] += 1
            members[case] = {}
            for person in by_case[case]:
                role = ROLE_IDS[person.role]
                data = study_mod.ParticipantInput(
                    case_id=case_id,
                    role=role,
                    name=person.entry.canonical,
                    aliases=list(person.entry.aliases),
                    phone="070-000 00 00",
                    email=f"p{len(ids)}@example.org",
                    birth_year=rng.randint(1950, 2000),
                    gender=rng.choice(["woman", "man"]),
                    consent_date="2024-01-15",
                    consent_version="v2.1",
                )
                pid = study_mod.create_participant(db, data, role_ids, system)
                ids[person.entry.key] = pid
                members[case].setdefault(role, []).append((person, pid))
                counts["participants"] += 1
        interviews = _interview_plan(members)
        for case, (person, pid), wave in interviews:
            role = ROLE_IDS[person.role]
            instrument_id = GUIDES[role]
            all_versions = versions[instrument_id]
            version = all_versions[0] if wave == "baseline" else all_versions[-1]
            instrument = get_instrument(db, instrument_id, version)
            words = rng.randint(*WORDS_PER_INTERVIEW)
            _save(
                db,
                rng,
                writer,
                instrument,
                case_ids[case],
                pid,
                wave,
                by_case[case],
                words * 6,
                staff["interviewer"],
                ids,
                plants,
                ordinary,
                counts,
            )
            counts["interviews"] += 1
        observation = get_instrument(db, "meeting-observation", versions["meeting-observation"][-1])
        coding = (
            get_instrument(db, "resource-coding", versions["resource-coding"][-1])
            if "resource-coding" in versions
            else None
        )
        for index in range(OBSERVATIONS_PER_BLOCK):
            case = index % CASES_PER_BLOCK
            wave = WAVES[(index // CASES_PER_BLOCK) % len(WAVES)]
            _save(
                db,
                rng,
                writer,
                observation,
                case_ids[case],
                None,
                wave,
                by_case[case],
                rng.randint(3000, 6000),
                staff["observer"],
                ids,
                plants,
                ordinary,
                counts,
            )
            counts["observations"] += 1
            if coding is not None:
                _save(
                    db,
                    rng,
                    writer,
                    coding,
                    case_ids[case],
                    None,
                    wave,
                    by_case[case],
                    rng.randint(1000, 2000),
                    staff["observer"],
                    ids,
                    plants,
                    ordinary,
                    counts,
                )
                counts["codings"] += 1
        if log and (block + 1) % max(1, scale // 10) == 0:
            log(f"  generated block {block + 1}/{scale} ({counts['bytes'] / 1e6:.1f} MB of notes)")
    db.close()
    planted_path = folder / "planted.json"
    with planted_path.open("w", encoding="utf-8") as out:
        json.dump(
            {"planted": [asdict(p) for p in plants], "ordinary": ordinary}, out, ensure_ascii=False
        )
    result = GeneratedStudy(
        folder,
        database,
        planted_path,
        scale,
        seed,
        counts["cases"],
        counts["participants"],
        counts["interviews"],
        counts["observations"],
        counts["codings"],
        counts["bytes"],
        len(plants),
        time.perf_counter() - started,
    )
    (folder / "study.json").write_text(json.dumps(result.as_json(), indent=2) + "\n")
    return result


def _interview_plan(members: dict[int, dict[str, list[Any]]]) -> list[tuple[int, Any, str]]:
    """74 interviews per 8 cases: the patient, one significant other and one professional of
    every case in every wave (72), plus a second significant other (or professional) at
    baseline in the first two cases that have one."""
    plan = []
    extra = []
    for case in sorted(members):
        roles = members[case]
        for role in ("patient", "significant_other", "professional"):
            if roles.get(role):
                for wave in WAVES:
                    plan.append((case, roles[role][0], wave))
        for role in ("significant_other", "professional"):
            for member in roles.get(role, [])[1:]:
                extra.append((case, member, "baseline"))
    missing = 74 - len(plan)
    return plan + extra[:missing]


def _save(
    db,
    rng,
    writer,
    instrument,
    case_id,
    pid,
    wave,
    people,
    target,
    actor,
    ids,
    plants,
    ordinary,
    counts,
) -> None:
    name = people[0].entry.canonical
    answers = fake_answers(instrument, rng, name)
    slots = _text_slots(instrument, answers)
    key = str(uuid.UUID(int=rng.getrandbits(128)))
    per_slot = max(400, target // max(1, len(slots)))
    for path, _type, _ in slots:
        size = per_slot if _type != "evidence" else max(300, per_slot // 3)
        text, planted, kept = writer.note(people, rng.randint(size * 3 // 4, size * 5 // 4))
        _set_path(answers, path, text)
        counts["bytes"] += len(text.encode("utf-8"))
        for p in planted:
            plants.append(
                Plant(
                    key,
                    path,
                    p.start,
                    p.end,
                    p.kind,
                    p.form,
                    p.value,
                    p.exact,
                    ids.get(p.key) if p.key else None,
                )
            )
        ordinary.extend(
            {
                "response": key,
                "path": path,
                "start": o.start,
                "end": o.end,
                "word": o.word,
                "form": o.form,
            }
            for o in kept
        )
    status = "complete" if not check_answers(instrument, answers, complete=True) else "draft"
    year = WAVE_YEAR[wave]
    date = f"{year}-{rng.randint(2, 10):02d}-{rng.randint(1, 28):02d}"
    data = ResponseInput(
        instrument=instrument.id,
        version=instrument.version,
        case=case_id,
        participant=pid,
        wave=wave,
        date=date,
        status=status,
        answers=answers,
    )
    role = "interviewer" if instrument.about_participant else "observer"
    # a group meets several times a wave: two meetings may fall on one (random) date
    save_response(db, key, data, actor, role, start_anyway=True)


def cached(scale: int, seed: int = 2026, cache: Path | None = None, log=print) -> GeneratedStudy:
    """The generated study for (scale, seed), generated once and kept under bench/.cache."""
    cache = cache or ROOT / "bench" / ".cache"
    folder = cache / f"study-x{scale}-seed{seed}-g{GENERATOR_VERSION}"
    info = folder / "study.json"
    if info.exists():
        data = json.loads(info.read_text())
        for key in ("folder", "database", "planted"):
            data[key] = Path(data[key])
        return GeneratedStudy(**data)
    if log:
        log(f"generating the synthetic study at {scale}x into {folder} (cached for next time)")
    return generate(folder, scale, seed, log=log)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    result = generate(args.out, args.scale, args.seed)
    print(json.dumps(result.as_json(), indent=2))


if __name__ == "__main__":
    main()
