"""Blindness on the ways data leaves the private database in bulk: while a unit of coding is
open, the audit export withholds the values of its codings (with a note saying why), the
agreement figures leave the unit out, a release publishes none of its codings (not even as a
draft), and live taps go into a coding only while its own coder may still change it (issue 11).
The web and API routes are walked in test_blind_walk.py."""

from __future__ import annotations

import csv
import io

import pytest
from casebook.accounts import add_user
from casebook.agreement.figures import figures
from casebook.live_events import append_events, correct_event, events_of
from casebook.release.source import read_responses
from casebook.response_errors import NotAllowed
from click.testing import CliRunner

from tests.conftest import PASSWORD
from tests.live_fixtures import ITEM, complete_answers, tap
from tests.study_fixtures import ROLE_IDS, new_uuid, staff
from tests.test_coding_units import (  # noqa: F401
    A_SCORES,
    API,
    B_SCORES,
    CLI,
    DATE,
    body,
    meeting,
)

MARK_A, MARK_B = "Zqxa-first-coder-note", "Zqxb-second-coder-note"


def audit_export(tmp_path) -> list[dict[str, str]]:
    from casebook.cli import main

    result = CliRunner().invoke(
        main, ["audit", "export"], env={"CASEBOOK_INSTANCE": str(tmp_path / "instance")}
    )
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_the_audit_export_withholds_an_open_units_codings_until_every_coder_completes(
    db,
    meeting,  # noqa: F811
    tmp_path,
):
    a, b = meeting["a"], meeting["b"]
    uuid_a, uuid_b = new_uuid(), new_uuid()
    assert a.put(f"/responses/{uuid_a}", body(meeting, "complete", A_SCORES, MARK_A)).status_code
    draft = body(meeting, "draft", {}, "")
    draft["answers"] = {"process_scores": {"support": {"score": 2, "evidence": MARK_B}}}
    assert b.put(f"/responses/{uuid_b}", draft).status_code == 201

    rows = audit_export(tmp_path)
    text = "\n".join(",".join(r.values()) for r in rows)
    assert MARK_A not in text and MARK_B not in text
    withheld = [r for r in rows if r["row"].startswith((uuid_a, uuid_b))]
    assert {r["table"] for r in withheld} == {"responses", "answers"}
    for row in withheld:  # who and when stay; the values are withheld, saying why
        assert row["actor"] in ("observer", "observer2") and row["at"]
        assert row["after"].startswith(f"withheld: a coding of unit {meeting['unit']}")
        assert "blind coding" in row["after"]
    assert any(r["table"] == "coding_units" and r["action"] == "create" for r in rows)

    done = body(meeting, "complete", B_SCORES, MARK_B, revision=1)
    assert b.put(f"/responses/{uuid_b}", done).status_code == 200
    text = "\n".join(",".join(r.values()) for r in audit_export(tmp_path))
    assert MARK_A in text and MARK_B in text and "withheld" not in text


@pytest.fixture
def three_coders(app, db, meeting):  # noqa: F811
    """The meeting's unit again, with a third observer: two complete, the third still codes."""
    third = add_user(db, "observer3", "observer", PASSWORD, CLI)
    made = meeting["admin"].client.post(
        API + "/units",
        json={
            "kind": "session",
            "instrument": "meeting-observation",
            "case": meeting["case"],
            "wave": "baseline",
            "date": DATE,
            "coders": [meeting["first"], meeting["second"], third],
        },
        headers=meeting["admin"].headers,
    )
    assert made.status_code == 201, made.get_json()
    unit = {**meeting, "unit": made.get_json()["id"]}
    for who, scores in (("a", A_SCORES), ("b", B_SCORES)):
        sent = body(unit, "complete", scores, who)
        assert unit[who].put(f"/responses/{new_uuid()}", sent).status_code == 201
    return unit


def test_agreement_figures_wait_until_every_coder_of_a_unit_has_completed(app, db, three_coders):
    admin = three_coders["admin"]
    assert admin.get("/agreement").get_json() == []  # two of three: figures would tell
    assert "process_scores.openness" not in three_coders["lead"].get("/agreement").text

    assert list(figures(db)) == []


def test_a_release_never_publishes_a_coding_of_an_open_unit_even_with_drafts(
    app,
    db,
    meeting,  # noqa: F811
):
    admin = meeting["admin"]
    made = admin.client.post(
        API + "/units",
        json={
            "kind": "session",
            "instrument": "meeting-observation",
            "case": meeting["case"],
            "wave": "baseline",
            "date": "2026-03-05",
            "coders": [meeting["first"]],
        },
        headers=admin.headers,
    )
    assert made.status_code == 201
    alone = {**meeting, "unit": made.get_json()["id"]}
    key = new_uuid()
    draft = {**body(alone, "draft", {}, ""), "date": "2026-03-05"}
    assert meeting["a"].put(f"/responses/{key}", draft).status_code == 201

    def published() -> set[str]:
        return {r["uuid"] for r in read_responses(db, include_drafts=True)}

    assert key not in published()  # a draft of an open unit, even when drafts are published
    complete = {**body(alone, "complete", A_SCORES, "Alone"), "date": "2026-03-05"}
    assert meeting["a"].put(f"/responses/{key}", {**complete, "revision": 1}).status_code == 200
    assert key in published()  # the one coder of the unit has completed: it is closed


def v2_body(meeting: dict, status: str, revision: int | None = None) -> dict:  # noqa: F811
    data = {
        **body(meeting, "draft", {}, ""),
        "status": status,
        "version": 2,
        "answers": complete_answers() if status == "complete" else {},
    }
    if revision is not None:
        data["revision"] = revision
    return data


def test_live_taps_go_only_into_a_coding_its_own_coder_may_still_change(
    app,
    db,
    meeting,  # noqa: F811
):
    a, b = meeting["a"], meeting["b"]
    uuid_a, uuid_b = new_uuid(), new_uuid()
    assert a.put(f"/responses/{uuid_a}", v2_body(meeting, "draft")).status_code == 201
    assert b.put(f"/responses/{uuid_b}", v2_body(meeting, "draft")).status_code == 201

    def add(key: str, role: str, account: str):
        taps = {ITEM: [tap(12_000, "decision")]}
        return append_events(db, key, taps, staff(db, account), role, ROLE_IDS)

    assert add(uuid_a, "observer", "observer").added == 1  # A's own open coding
    for key, role, account in ((uuid_a, "observer", "observer2"), (uuid_a, "admin", "admin")):
        with pytest.raises(NotAllowed, match="its own coder only"):
            add(key, role, account)
    assert a.put(f"/responses/{uuid_a}", v2_body(meeting, "complete", 1)).status_code == 200
    assert b.put(f"/responses/{uuid_b}", v2_body(meeting, "complete", 1)).status_code == 200
    # The unit has closed: its codings are frozen, taps and corrections included.
    with pytest.raises(NotAllowed, match="frozen"):
        add(uuid_a, "observer", "observer")
    event = events_of(db, uuid_a)[0]
    for account, role in (("observer", "observer"), ("admin", "admin")):
        with pytest.raises(NotAllowed):
            correct_event(db, event["id"], {"voided": True}, staff(db, account), role, ROLE_IDS)
    assert [e["voided"] for e in events_of(db, uuid_a, include_voided=True)] == [False]
