"""One response's rows in a release, by table: what a build writes for a response it does
not copy from the previous release (`casebook.release.rebuild`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from casebook.release import tables
from casebook.release.event_rows import event_rows
from casebook.release.flatten import Policy, flatten, shift_date
from casebook.release.source import PrivateStudy

if TYPE_CHECKING:
    from casebook.release.build import Build


def date_offset(build: Build, response: dict[str, Any]) -> int:
    participant = response["participant_id"]
    if participant is not None:
        return build.ids.participant_offsets[participant]
    return build.ids.case_offsets[response["case_id"]]


def role_of(study: PrivateStudy, participant_id: int | None) -> str | None:
    return study.roles.get(participant_id) if participant_id is not None else None


def response_rows(
    build: Build, response: dict[str, Any], code: str, clean: Callable[[str], str]
) -> dict[str, list[dict[str, Any]]]:
    """Every release row of one response, by table, in the order they are written."""
    key = (response["instrument_id"], response["version"])
    instrument = build.study.instruments[key]
    participant = response["participant_id"]
    offset = date_offset(build, response)
    cells = list(flatten(instrument, response["answers"], Policy(offset, clean)))
    case = build.ids.cases[response["case_id"]]
    person = build.ids.participants.get(participant)
    role = role_of(build.study, participant)
    date = shift_date(response["date"], offset) if response["date"] else None
    rows: dict[str, list[dict[str, Any]]] = {}
    rows["responses"] = [
        {
            "response": code,
            "instrument": instrument.id,
            "version": instrument.version,
            "kind": instrument.kind,
            "case": case,
            "participant": person,
            "role": role,
            "wave": response["wave_id"],
            "date": date,
            "status": response["status"],
            "collector": build.ids.staff.get(response["collector_id"]),
        }
    ]
    which = {"response": code, "instrument": instrument.id, "version": instrument.version}
    rows["answers"] = tables.answer_rows(which, cells)
    context = {**which, "case": case, "wave": response["wave_id"]}
    rows["topics"] = tables.topic_rows(
        {**context, "participant": person, "role": role}, instrument, cells
    )
    rows["checklist_scores"] = tables.checklist_rows({**context, "date": date}, instrument, cells)
    rows["codes"] = tables.code_rows({**context, "kind": instrument.kind}, instrument, cells)
    rows["events"], rows["event_states"] = event_rows(
        {"response": code, "case": case, "wave": response["wave_id"], "date": date},
        instrument,
        response.get("live_events") or [],
        build.ids.staff,
    )
    wide = {
        "response": code,
        "case": case,
        "participant": person,
        "wave": response["wave_id"],
        "date": date,
    }
    rows[tables.wide_table_name(instrument)] = [
        tables.wide_row(wide, cells, instrument, response["answers"])
    ]
    return rows
