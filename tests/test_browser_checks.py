"""checks.js in a real Chromium against the server's own checks, on the same cases: typed
text converted (app/casebook/forms/typed_text.py) and answers checked (check_answers), so a form
filled offline gives exactly the messages the server gives (issue 8)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from casebook.forms.typed_text import DateText, DurationText, NumberText, TimeText
from casebook.instruments.answers import check_answers, hidden_items
from casebook.instruments.loader import load_instrument
from casebook.script_text import script_text
from casebook.views.collect.page_data import checklist_checks, checks

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "app" / "casebook" / "static" / "casebook"
INSTRUMENTS = ROOT / "instruments"

CONVERSIONS = [
    ("number", "12", False),
    ("number", " -3 ", False),
    ("number", "1,5", True),
    ("number", "1.5", False),
    ("number", "1.0", False),
    ("number", "12a", False),
    ("number", "about ten", True),
    ("duration", "45", False),
    ("duration", "4 5", False),
    ("duration", "-1", False),
    ("duration", "5o", False),
    ("date", "2025-03-31", False),
    ("date", "2025-02-30", False),
    ("date", "31/03/2025", False),
    ("time", "9:30", False),
    ("time", "09:30:15", False),
    ("time", "24:00", False),
    ("time", "12:60", False),
    ("time", "noon", False),
]
FIELDS = {"number": NumberText, "duration": DurationText, "date": DateText, "time": TimeText}


def python_conversion(kind: str, text: str, decimal: bool) -> dict[str, Any]:
    field = SimpleNamespace(decimal=decimal)  # what convert() reads of its field
    try:
        return {"value": FIELDS[kind].convert(field, text.strip())}
    except ValueError as error:
        return {"error": str(error)}


@pytest.fixture(scope="module")
def page(browser: Any) -> Any:
    """One blank page with expressions.js and checks.js for every case of the module, and
    the catalogue of script text every page carries (casebook/script_text.py, in English here)."""
    context = browser.new_context()
    page = context.new_page()
    catalogue = json.dumps(script_text()).replace("</", "<\\/")
    page.set_content(
        "<!doctype html><title>checks</title>"
        f'<script type="application/json" id="cb-text">{catalogue}</script>'
    )
    page.add_script_tag(path=str(STATIC / "messages.js"))
    page.add_script_tag(path=str(STATIC / "expressions.js"))
    page.add_script_tag(path=str(STATIC / "checks.js"))
    yield page
    context.close()


def test_typed_text_is_read_as_the_server_reads_it(page: Any) -> None:
    got = page.evaluate(
        """cases => cases.map(([kind, text, decimal]) =>
             window.CasebookChecks.convert(kind, text, {decimal: decimal}))""",
        [list(case) for case in CONVERSIONS],
    )
    wrong = [
        f"{case}: browser={browser_side} python={python_conversion(*case)}"
        for case, browser_side in zip(CONVERSIONS, got, strict=True)
        if browser_side != python_conversion(*case)
    ]
    assert not wrong, "\n".join(wrong)


def specs(instrument: Any) -> list[dict[str, Any]]:
    """What page_data.client_items gives the page, without needing a form."""
    found = []
    for section in instrument.sections:
        for item in section.items:
            if item.type == "note":
                continue
            spec: dict[str, Any] = {
                "id": item.id,
                "type": item.type,
                "name": item.id,
                "field": item.id,
                "check": checks(item),
            }
            if item.type == "checklist":
                spec["rows"] = [[row.id, row.id] for row in item.rows]
                spec["check"] |= checklist_checks(instrument, item)
            if item.type == "repeat":
                spec["items"] = [
                    {"id": s.id, "type": s.type, "key": s.id, "check": checks(s, in_row=True)}
                    for s in item.items
                    if s.type != "note"
                ]
            if getattr(item, "other", False):
                spec["other"] = {"id": item.other_id, "name": item.other_id}
            found.append(spec)
    return found


ANSWER_CASES = [
    ("patient-interview", 2, {"consent_confirmed": False}, False),
    ("patient-interview", 2, {"interview_duration": 999, "consent_confirmed": True}, False),
    ("patient-interview", 2, {"attends_day_centre": True, "day_centre_name": "Å" * 201}, False),
    ("patient-interview", 2, {}, True),
    ("patient-interview", 2, {"interview_setting": "other", "interviewed_before": True}, True),
    ("meeting-observation", 1, {"attendee_count": 0}, False),
    ("meeting-observation", 1, {"attendee_count": 31.0}, False),
    (
        "meeting-observation",
        1,
        {"attendee_count": 3, "attendees": [{"role": "patient"}, {"chaired": True}]},
        True,
    ),
    ("meeting-observation", 1, {"meeting_duration": 301, "goals_discussed": False}, True),
    (
        "meeting-observation",
        1,
        {
            "process_scores": {
                "support": {"score": 3},
                "openness": {"score": "not_observed"},
                "activation": {"score": "left_out"},
                "integration": {"score": "left_out", "reason": "The observer left early."},
            }
        },
        True,
    ),
]


@pytest.mark.parametrize("instrument_id, version, answers, complete", ANSWER_CASES)
def test_answers_get_the_servers_messages(
    page: Any, instrument_id: str, version: int, answers: dict, complete: bool
) -> None:
    instrument = load_instrument(INSTRUMENTS / instrument_id / f"v{version}.yaml")
    python = {  # item paths as field names: attendees[1].role, process_scores.support.score
        path.replace("].", "-").replace("[", "-").replace(".", "-"): messages
        for path, messages in check_answers(instrument, answers, complete).items()
    }
    rows = {
        spec["id"]: [
            {"prefix": f"{spec['name']}-{i}-", "answers": row}
            for i, row in enumerate(answers.get(spec["id"]) or [])
        ]
        for spec in specs(instrument)
        if spec["type"] == "repeat"
    }
    page_state = {
        "specs": specs(instrument),
        "answers": answers,
        "hidden": sorted(hidden_items(instrument, answers)),
        "raws": {k: str(v) for k, v in answers.items() if not isinstance(v, dict | list)},
        "rows": rows,
        "complete": complete,
    }
    got = page.evaluate(
        """state => window.CasebookChecks.problems({
             specs: state.specs, answers: state.answers, hidden: new Set(state.hidden),
             raw: (name) => state.raws[name] === undefined ? "" : state.raws[name],
             rows: (spec) => state.rows[spec.id] || [], complete: state.complete,
           })""",
        page_state,
    )
    assert got == python
