"""Figure 2b (issue 14): what republishing costs once a release exists. One publish, in a
process of its own, printed as JSON (seconds, peak memory comes from the caller's rusage, and
what was reused), and the changes a study lead makes between two publishes.

    python -m bench.republish publish INSTANCE OUT [--full]
    python -m bench.republish change-answer INSTANCE      # one response's note edited
    python -m bench.republish add-name INSTANCE            # a second person called "Anna"
    python -m bench.republish redactor INSTANCE            # the redactor alone, same texts
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTRUMENTS = ROOT / "instruments"


def publish(instance: Path, out: Path, full: bool) -> dict:
    from casebook.release.build import publish as build

    started = time.perf_counter()
    summary = build(
        instance / "casebook.db",
        INSTRUMENTS,
        out,
        instance,
        "bench",
        allow_unreviewed="benchmark: generated study, nobody reviews it",
        full=full,
    )
    reuse = summary.reuse
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = children.ru_maxrss * 1024
    return {
        "seconds": time.perf_counter() - started,
        # CPU seconds of this process (imports included) and its workers: the machine may be
        # shared, and wall seconds then say more about the others than about the build
        "cpu_seconds": time.process_time() + children.ru_utime + children.ru_stime,
        "workers_peak_rss": workers,  # the largest worker process's own peak (0: none)
        "full": reuse.full,
        "responses_copied": reuse.responses_copied,
        "responses_rebuilt": reuse.responses_rebuilt,
        "texts_reused": reuse.texts_reused,
        "texts_redone": reuse.texts_redone,
        "verified_reused": reuse.verified_reused,
        "verified_redone": reuse.verified_redone,
        "indexes_merged": reuse.merged,
        "responses": summary.rows.get("responses", 0),
    }


def change_answer(instance: Path) -> dict:
    """Edit the note of one topic of one complete interview (a correction), as the app does."""
    from casebook.audit import Actor
    from casebook.db import connect
    from casebook.responses import ResponseInput, get_response, save_response

    db = connect(instance / "casebook.db")
    try:
        key = db.execute(
            "SELECT uuid FROM responses WHERE status = 'complete' AND participant_id IS NOT NULL"
            " ORDER BY uuid LIMIT 1 OFFSET (SELECT count(*) / 2 FROM responses)"
        ).fetchone()[0]
        stored = get_response(db, key)
        answers = stored["answers"]
        topic = next(k for k, v in answers.items() if isinstance(v, dict) and v.get("notes"))
        answers[topic]["notes"] += " Corrected after the review meeting."
        data = ResponseInput(
            instrument=stored["instrument"],
            version=stored["version"],
            case=stored["case"],
            participant=stored["participant"],
            wave=stored["wave"],
            date=stored["date"],
            status=stored["status"],
            answers=answers,
            revision=stored["revision"],
        )
        name = db.execute(
            "SELECT username FROM users WHERE id = ?", [stored["collector_id"]]
        ).fetchone()[0]
        save_response(db, key, data, Actor(stored["collector_id"], name), "interviewer")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return {"response": key, "topic": topic}


def add_name(instance: Path) -> dict:
    """Register a new contact who shares a given name with a registered participant (a
    second "Anna" in the study): texts naming that participant must now be redone."""
    from casebook import study
    from casebook.audit import Actor
    from casebook.db import connect

    db = connect(instance / "casebook.db")
    try:
        participant, name = db.execute(
            "SELECT id, name FROM participants ORDER BY id LIMIT 1"
        ).fetchone()
        new = f"{name.split()[0]} Ahlgrensson"
        study.add_contact(
            db, participant, study.ContactInput(new, "friend", []), Actor.system("bench")
        )
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return {"added": "a contact sharing a registered participant's given name"}


def redactor_alone(instance: Path) -> dict:
    """The redactor alone, one process, over the distinct texts a full build redacts."""
    from casebook.db import connect_read_only
    from casebook.pseudonyms import release_key
    from casebook.release.flatten import Policy, flatten
    from casebook.release.identities import assign_identities
    from casebook.release.redaction import make_cleaner
    from casebook.release.source import read_responses, read_study
    from casebook.settings import load_settings

    private = connect_read_only(instance / "casebook.db")
    settings = load_settings(INSTRUMENTS)
    study = read_study(private)
    ids = assign_identities(study, settings, release_key(instance))
    cleaner = make_cleaner(ids.people, private, settings)
    texts: dict[str, None] = {}

    def collect(text: str) -> str:
        texts[text] = None
        return text

    for response in read_responses(private, settings.release.include_drafts):
        instrument = study.instruments[(response["instrument_id"], response["version"])]
        for _cell in flatten(instrument, response["answers"], Policy(0, collect)):
            pass
    private.close()
    built = time.perf_counter()
    redactor = cleaner.redactor
    built = time.perf_counter() - built
    started = time.perf_counter()
    for text in texts:
        redactor.redact(text)
    seconds = time.perf_counter() - started
    size = sum(len(t.encode()) for t in texts)
    return {"seconds": seconds, "build_seconds": built, "texts": len(texts), "bytes": size}


def main(argv: list[str]) -> None:
    command, instance = argv[0], Path(argv[1])
    if command == "publish":
        result = publish(instance, Path(argv[2]), "--full" in argv)
    elif command == "change-answer":
        result = change_answer(instance)
    elif command == "add-name":
        result = add_name(instance)
    else:
        result = redactor_alone(instance)
    print(json.dumps(result))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main(sys.argv[1:])
