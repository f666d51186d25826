"""Pseudonym and response codes cannot spell a name: a generated study whose registry is full
of short names (Maja, Kim, Jan, Eva, Ola...) is published under many release keys and never
refused because a code happens to contain one."""

from __future__ import annotations

import random
import re
import secrets
import sqlite3
import uuid
from pathlib import Path

from casebook import study
from casebook.deid import NameEntry, Registry, verify_texts
from casebook.pseudonyms import ALPHABET, CODE, RELEASE_KEY_FILE, Pseudonyms
from casebook.release.publishing import ReleasePaths, publish_and_record
from casebook.responses import ResponseInput, save_response

from tests.release_fixtures import SYSTEM
from tests.study_fixtures import ROLE_IDS, staff

GIVEN = "Maja Kim Jan Eva Ola Åsa Ida Max Kaj Tor Siv Ulf Ali Amir Leo Liv Noa Maj Bo Per".split()
FAMILY = "Ek Berg Lund Holm Dahl Sjö Kaya Nord Lind Wik Falk Ryd Björk Strand Moberg".split()
# Release keys the study is published under. Each key gives every response code and
# pseudonym anew, so 20 keys put thousands of fresh codes through the release's own check, far
# more than it takes to meet a two-letter name (Bo, Ek) if the alphabet ever let vowels back
# in; the alphabet itself is checked over 20,000 codes above. (50 keys cost 30 s of the suite
# and cover no case that 20 do not.)
KEYS = 20
RESPONSES = 160
PARTICIPANTS = 3 * (RESPONSES // 3 + 1)  # one in three is a patient


def generated_study(db, rng: random.Random) -> None:
    """Participants named from short given and family names, with nicknames, and interviews
    with short notes that mention them (one per patient and wave, as Casebook allows)."""
    case_id = study.create_case(db, "RG01", "generated", SYSTEM)
    people = []
    for index in range(PARTICIPANTS):
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        data = study.ParticipantInput(
            case_id=case_id,
            role=ROLE_IDS[index % 3],
            name=name,
            aliases=[name.split()[0][:2] + rng.choice("aeiou")],
            consent_date="2026-01-10",
            consent_version="v1",
        )
        people.append((study.create_participant(db, data, ROLE_IDS, SYSTEM), name))
    patients = [(pid, name) for pid, name in people if ROLE_IDS[(pid - 1) % 3] == "patient"]
    interviewer = staff(db)
    for index in range(RESPONSES):
        pid, name = patients[index // 3]
        answers = {
            "consent_confirmed": True,
            "interviewed_before": False,
            "life_now": {"covered": True, "notes": f"{name} spoke about the week."},
            "own_goals": {"covered": True, "notes": "Work."},
        }
        data = ResponseInput(
            instrument="patient-interview",
            version=2,
            case=case_id,
            participant=pid,
            wave=["baseline", "m12", "m24"][index % 3],
            date="2026-02-01",
            status="complete",
            answers=answers,
        )
        save_response(db, str(uuid.uuid4()), data, interviewer, "interviewer")


def test_codes_have_no_vowels_and_are_recognised_as_codes():
    assert not set("AEIOUYLV") & set(ALPHABET) and set("0123456789") <= set(ALPHABET)
    coder = Pseudonyms(secrets.token_bytes(32), "response", "R", 8)
    codes = [coder.code(n) for n in range(20000)]
    assert all(CODE.fullmatch(code) for code in codes)
    assert not any(re.search(r"[AEIOUY]", code[2:]) for code in codes)
    assert (
        CODE.search("[patient P-4K7Q]") and not CODE.search("P-MAJA") and not CODE.search("x-4K7Q")
    )
    registry = Registry(
        [
            NameEntry(f"p{i}", f"{given} {FAMILY[i % len(FAMILY)]}", "[x]")
            for i, given in enumerate(GIVEN)
        ]
    )
    cells = [("responses", "response", n, code) for n, code in enumerate(codes)]
    assert verify_texts(cells, registry) == []


def test_a_study_full_of_short_names_publishes_under_every_key(app, db, tmp_path):
    generated_study(db, random.Random(9))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rng = random.Random(2026)
    codes: set[str] = set()
    for attempt in range(KEYS):
        instance = tmp_path / f"key-{attempt}"
        instance.mkdir()
        (instance / RELEASE_KEY_FILE).write_text(rng.randbytes(32).hex())
        paths = ReleasePaths(
            Path(app.config["CASEBOOK_DATABASE"]),
            Path(app.config["CASEBOOK_INSTRUMENTS"]),
            instance,
            instance / "release.db",
        )
        summary = publish_and_record(db, paths, SYSTEM, allow_unreviewed="generated study")
        assert summary.rows["responses"] == RESPONSES
        release = sqlite3.connect(paths.out)
        codes.update(code for (code,) in release.execute("SELECT response FROM responses"))
        release.close()
    assert len(codes) == KEYS * RESPONSES  # a new key gives new codes every time
