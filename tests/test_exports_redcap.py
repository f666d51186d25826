"""Each instrument as a REDCap data dictionary: the 18 standard columns in REDCap's order,
one row per field of the instrument model, branching logic from show_if in REDCap's own
syntax, identifiers flagged, and what REDCap cannot say reported instead of guessed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from casebook.cli import main
from casebook.exports.branching import Untranslatable, branching_logic
from casebook.exports.redcap import data_dictionary, write_dictionary
from casebook.instruments.loader import load_folder
from casebook.instruments.model import label_text
from click.testing import CliRunner

from tests.conftest import BUNDLED_INSTRUMENTS

# REDCap's data dictionary columns, in the order REDCap writes and reads them.
REDCAP_COLUMNS = [
    "Variable / Field Name",
    "Form Name",
    "Section Header",
    "Field Type",
    "Field Label",
    "Choices, Calculations, OR Slider Labels",
    "Field Note",
    "Text Validation Type OR Show Slider Number",
    "Text Validation Min",
    "Text Validation Max",
    "Identifier?",
    "Branching Logic (Show field only if...)",
    "Required Field?",
    "Custom Alignment",
    "Question Number (surveys only)",
    "Matrix Group Name",
    "Matrix Ranking?",
    "Field Annotation",
]
_SETTINGS, INSTRUMENTS = load_folder(BUNDLED_INSTRUMENTS)
BY_ID = {(i.id, i.version): i for i in INSTRUMENTS}


def export(instrument_id: str, out: Path, *extra: str, folder: Path = BUNDLED_INSTRUMENTS):
    env = {"CASEBOOK_INSTANCE": str(out.parent / "instance"), "CASEBOOK_INSTRUMENTS": str(folder)}
    args = ["export", "redcap", instrument_id, "--out", str(out), *extra]
    return CliRunner().invoke(main, args, env=env)


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def expected_fields(instrument) -> list[str]:
    """The fields the model says an instrument has, in order (repeats and live-coded events
    have none)."""
    names = ["record_id"]
    for item in instrument.items():
        if item.type == "topic":
            names.append(f"{item.id}_covered")
            names += [f"{item.id}_probes"] if item.probe_ticks and item.probes else []
            names.append(f"{item.id}_notes")
        elif item.type == "checklist":
            names += [f"{item.id}_{row.id}" for row in item.rows]
            for row in item.rows:
                names += [f"{item.id}_{row.id}_evidence"] if item.evidence else []
                names.append(f"{item.id}_{row.id}_reason")
        elif item.type not in ("repeat", "events"):
            names.append(item.id)
            names += [item.other_id] if getattr(item, "other", False) else []
    return names


@pytest.mark.parametrize("key", sorted(BY_ID), ids=lambda k: f"{k[0]}-v{k[1]}")
def test_every_instrument_has_the_standard_columns_and_a_row_per_field(key, tmp_path):
    instrument = BY_ID[key]
    out = tmp_path / "dictionary.csv"
    write_dictionary(data_dictionary(instrument), out)
    header, rows = read(out)
    assert header == REDCAP_COLUMNS
    assert [row["Variable / Field Name"] for row in rows] == expected_fields(instrument)
    assert {row["Form Name"] for row in rows} == {instrument.id.replace("-", "_")}
    items = instrument.answerable()
    for row in rows:
        item = items.get(row["Variable / Field Name"])
        if item is not None and item.type in ("choice", "multichoice"):
            pairs = [c.value for c in instrument.choices_for(item)]
            codes = [pair.split(",")[0] for pair in row[REDCAP_COLUMNS[5]].split(" | ")]
            assert codes == pairs
            assert row["Field Type"] == {"choice": "radio", "multichoice": "checkbox"}[item.type]
        if item is not None:
            assert row["Field Label"] == label_text(item.label, instrument.languages[0]).strip()
            assert row["Required Field?"] == ("y" if item.required else "")


def test_show_if_becomes_branching_logic_and_identifiers_are_flagged(tmp_path):
    out = tmp_path / "patient.csv"
    result = export("patient-interview", out)  # the newest version, v2
    assert result.exit_code == 0, result.output
    assert "patient-interview v2" in result.output
    _header, rows = read(out)
    by_name = {row["Variable / Field Name"]: row for row in rows}
    # An item's own show_if: attends_day_centre == true
    assert by_name["day_centre_name"][REDCAP_COLUMNS[11]] == "[attends_day_centre] = '1'"
    # A section's show_if reaches every field of the section.
    assert by_name["changes_since_last_notes"][REDCAP_COLUMNS[11]] == "[interviewed_before] = '1'"
    # The identifier item, and only it, is flagged.
    flagged = [name for name, row in by_name.items() if row["Identifier?"] == "y"]
    assert flagged == ["day_centre_name"]
    # "Other, please specify" is shown when "other" is chosen.
    assert by_name["interview_setting_other"][REDCAP_COLUMNS[11]] == (
        "[interview_setting] = 'other'"
    )


def test_checklists_become_matrix_groups_and_counts_become_sums(tmp_path):
    out = tmp_path / "observation.csv"
    result = export("meeting-observation", out, "--partial")
    assert result.exit_code == 0, result.output
    _header, rows = read(out)
    observation = BY_ID[("meeting-observation", 1)]
    checklist = observation.answerable()["process_scores"]
    matrix = [row for row in rows if row["Matrix Group Name"] == "process_scores"]
    assert [row["Variable / Field Name"] for row in matrix] == [
        f"process_scores_{row.id}" for row in checklist.rows
    ]
    assert len({row[REDCAP_COLUMNS[5]] for row in matrix}) == 1  # one shared set of choices
    assert matrix[0][REDCAP_COLUMNS[5]].endswith("not_observed, not observed | left_out, left out")
    coding = BY_ID[("resource-coding", 1)]
    logic = branching_logic(coding, "count(resources_used) > 1")
    ticks = ", ".join(
        f"[resources_used({c.value})]"
        for c in coding.choices_for(coding.answerable()["resources_used"])
    )
    assert logic == f"sum({ticks}) > 1"


def test_a_repeat_or_an_untranslatable_show_if_is_refused_unless_partial(tmp_path):
    folder = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, folder)
    path = folder / "resource-coding" / "v1.yaml"
    path.write_text(
        path.read_text().replace(
            'show_if: material_type == "service_document"', "show_if: coder_memo < 3"
        )
    )
    out = tmp_path / "coding.csv"
    refused = export("resource-coding", out, folder=folder)
    assert refused.exit_code == 1
    assert "document_date: show_if `coder_memo < 3` not translated" in refused.output
    assert not out.exists()
    written = export("resource-coding", out, "--partial", folder=folder)
    assert written.exit_code == 0, written.output
    observation = data_dictionary(BY_ID[("meeting-observation", 1)])
    assert observation.problems == [
        "attendees: a repeat is left out (REDCap repeats whole instruments, not groups of "
        "fields inside one)"
    ]
    assert any("attendees: constraint" in line for line in observation.unchecked)
    live = data_dictionary(BY_ID[("meeting-observation", 2)])
    assert [p for p in live.problems if "live-coded events" in p] == [
        "meeting_events: live-coded events are left out (REDCap has no clock of timed taps; "
        "the release's events and event_states tables hold them)"
    ]


TRANSLATED = [
    ('material_type == "meeting"', "[material_type] = 'meeting'"),
    ('material_type != "meeting"', "[material_type] <> 'meeting'"),
    ('not material_type == "meeting"', "[material_type] <> 'meeting'"),
    ("material_type == null", "[material_type] = ''"),
    ('"peers" in relationships_used', "[relationships_used(peers)] = '1'"),
    ('"peers" not in relationships_used', "[relationships_used(peers)] = '0'"),
    ('has(relationships_used, "family")', "[relationships_used(family)] = '1'"),
    (
        'material_type in ["meeting", "interview"]',
        "[material_type] = 'meeting' or [material_type] = 'interview'",
    ),
    (
        'not (material_type == "meeting" or has(relationships_used, "peers"))',
        "([material_type] <> 'meeting') and ([relationships_used(peers)] = '0')",
    ),
    ("answered(coder_memo)", "[coder_memo] <> ''"),
    ('document_date >= "2026-01-01"', "[document_date] <> '' and [document_date] >= '2026-01-01'"),
]


@pytest.mark.parametrize(("expression", "logic"), TRANSLATED)
def test_show_if_translations(expression, logic):
    assert branching_logic(BY_ID[("resource-coding", 1)], expression) == logic


def test_orderings_keep_casebooks_meaning_for_missing_and_not_observed():
    observation = BY_ID[("meeting-observation", 1)]
    score = "[process_scores_support]"
    assert branching_logic(observation, "process_scores.support.score >= 2") == (
        f"{score} <> '' and {score} <> 'not_observed' and {score} <> 'left_out' and {score} >= 2"
    )
    assert branching_logic(observation, "not process_scores.support.score >= 2") == (
        f"{score} = '' or {score} = 'not_observed' or {score} = 'left_out' or {score} < 2"
    )
    assert branching_logic(observation, "attendee_count") == (
        "[attendee_count] <> '' and [attendee_count] <> 0"
    )


@pytest.mark.parametrize(
    "expression",
    [
        "material_type < 3",  # a code ordered like a number
        "goals_discussed == 1",  # not an item of this instrument
        'coder_memo == "it\'s"',  # quotes REDCap cannot escape
        "count(coder_memo) > 1",  # count() of text
        "relationships_used == 'peers'",  # a checkbox compared as a whole
        "true",  # a constant
    ],
)
def test_what_redcap_cannot_say_is_refused(expression):
    with pytest.raises(Untranslatable):
        branching_logic(BY_ID[("resource-coding", 1)], expression)
