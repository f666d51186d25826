"""The release as SPSS, Stata and CSV files: the bundled instruments' demo study, published
by the real release builder, exported, and the files read back with pyreadstat. Every
variable label and value label must be the instrument's own (read here from the YAML
files, independently of the release), every value the release's."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pyreadstat
import pytest
from casebook.cli import main
from casebook.db import connect
from casebook.demo import fill_demo_study
from casebook.exports.file_names import MAX_NAME, RESERVED, file_names
from casebook.exports.release_exports import export_release
from casebook.exports.release_file import ExportError
from casebook.instruments.loader import load_folder
from casebook.instruments.model import label_text
from casebook.release.tables import wide_columns, wide_table_name
from click.testing import CliRunner

from tests.conftest import BUNDLED_INSTRUMENTS, make_app
from tests.release_fixtures import release
from tests.study_fixtures import ROLE_IDS

READERS = {"spss": (pyreadstat.read_sav, ".sav"), "stata": (pyreadstat.read_dta, ".dta")}
LABEL_LIMITS = {"spss": 255, "stata": 80}


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The demo study on the bundled instruments, published: the release file."""
    folder = tmp_path_factory.mktemp("exports")
    app = make_app(folder)
    db = connect(app.config["CASEBOOK_DATABASE"])
    fill_demo_study(db, ROLE_IDS)
    db.close()
    path, _ = release(app, folder)
    return path


@pytest.fixture(scope="module")
def instruments() -> dict[str, object]:
    """The bundled instruments as their YAML files say, by wide table."""
    _settings, found = load_folder(BUNDLED_INSTRUMENTS)
    return {wide_table_name(i): i for i in found}


def release_rows(path: Path, table: str) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
    finally:
        conn.close()


@pytest.mark.parametrize("package", ["spss", "stata"])
def test_files_carry_the_instruments_variable_and_value_labels(
    published, instruments, tmp_path, package
):
    files = export_release(published, package, tmp_path)
    read, suffix = READERS[package]
    assert {p.name for p in files} == {
        *(f"{table}{suffix}" for table in instruments),
        f"responses{suffix}",
        f"participants{suffix}",
        "codebook.csv",
    }
    observation = next(  # the version the demo study's observations were made with
        i
        for i in instruments.values()
        if i.id == "meeting-observation" and release_rows(published, wide_table_name(i))
    )
    table = wide_table_name(observation)
    frame, meta = read(str(tmp_path / f"{table}{suffix}"), output_format="polars")
    names = file_names(list(frame.columns))  # names in the file are already short
    assert names == {n: n for n in frame.columns}
    columns = file_names(list(release_rows(published, table)[0]))
    labels = meta.column_names_to_labels
    # Variable labels: the item labels, as the instrument says them (cut to the format's limit).
    for column, description in wide_columns(observation).items():
        stored = labels[columns[column]]
        assert description.startswith(stored.rstrip("…")), (column, stored)
        assert len(stored.encode()) <= LABEL_LIMITS[package]
    # A choice item: each choice's position, labelled with the choice's label.
    chaired = observation.answerable()["chaired_by"]
    expected = {
        position: label_text(choice.label)
        for position, choice in enumerate(observation.choices_for(chaired), start=1)
    }
    assert meta.variable_value_labels["chaired_by"] == expected
    # A checklist row's score: the scale's anchors; its blank: why there is no score.
    checklist = observation.answerable()["process_scores"]
    scale = observation.scale_for(checklist)
    score = columns["process_scores__support__score"]
    assert meta.variable_value_labels[score] == {
        point: label_text(label) for point, label in scale.anchors.items()
    }
    blank = meta.variable_value_labels[columns["process_scores__support__blank"]]
    assert set(blank.values()) == {"not observed", "left out", "not scored"}
    # Yes/no: 1 and 0.
    assert meta.variable_value_labels["goals_discussed"] == {1: "yes", 0: "no"}
    # Values: the release's, choice codes turned into their positions.
    rows = release_rows(published, table)
    assert len(frame) == len(rows) > 0
    codes = {c.value: p for p, c in enumerate(observation.choices_for(chaired), start=1)}
    for row, record in zip(rows, frame.iter_rows(named=True), strict=True):
        assert record["response"] == row["response"]
        if row["chaired_by"] is None:
            assert record["chaired_by"] is None
        else:
            assert record["chaired_by"] == codes[row["chaired_by"]]
        if row["process_scores__support__score"] is not None:
            assert record[score] == row["process_scores__support__score"]
        assert record[columns["process_scores__support__evidence"]] == (
            row["process_scores__support__evidence"] or ""
        )


def test_a_multichoice_has_one_labelled_tick_per_option_in_stata(published, instruments, tmp_path):
    export_release(published, "stata", tmp_path)
    coding = next(i for i in instruments.values() if i.id == "resource-coding")
    table = wide_table_name(coding)
    frame, meta = pyreadstat.read_dta(str(tmp_path / f"{table}.dta"), output_format="polars")
    columns = file_names(list(release_rows(published, table)[0]))
    item = coding.answerable()["resources_used"]
    for choice in coding.choices_for(item):
        name = columns[f"resources_used__{choice.value}"]
        assert meta.variable_value_labels[name] == {1: "chosen", 0: "not chosen"}
        assert label_text(choice.label)[:20] in meta.column_names_to_labels[name]
    rows = release_rows(published, table)
    ticked = [r[f"resources_used__{coding.choices_for(item)[0].value}"] for r in rows]
    first = columns[f"resources_used__{coding.choices_for(item)[0].value}"]
    assert [None if v is None else int(v) for v in frame[first]] == ticked


def test_csv_files_hold_the_release_and_the_codebook_its_labels(published, instruments, tmp_path):
    export_release(published, "csv", tmp_path)
    for table in [*instruments, "responses", "participants"]:
        with (tmp_path / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
            written = list(csv.DictReader(handle))
        rows = release_rows(published, table)
        assert len(written) == len(rows)
        for got, row in zip(written, rows, strict=True):
            assert got == {k: "" if v is None else str(v) for k, v in row.items()}
    with (tmp_path / "codebook.csv").open(encoding="utf-8", newline="") as handle:
        codebook = list(csv.DictReader(handle))
    coding = next(i for i in instruments.values() if i.id == "resource-coding")
    table = wide_table_name(coding)
    expertise = [r for r in codebook if r["dataset"] == table and r["variable"] == "expertise"]
    item = coding.answerable()["expertise"]
    assert expertise[0]["label"] == label_text(item.label)
    assert expertise[0]["value"] == ""
    assert [(r["value"], r["code_in_sav_dta"], r["value_label"]) for r in expertise[1:]] == [
        (c.value, str(p), label_text(c.label))
        for p, c in enumerate(coding.choices_for(item), start=1)
    ]
    described = {r["variable"] for r in codebook if r["dataset"] == table}
    assert set(wide_columns(coding)) <= described


def test_a_release_built_before_releases_carried_their_instruments_is_refused(published, tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes(published.read_bytes())
    conn = sqlite3.connect(old)
    conn.execute("ALTER TABLE instruments DROP COLUMN definition")
    conn.commit()
    conn.close()
    with pytest.raises(ExportError, match="publish it again"):
        export_release(old, "spss", tmp_path / "out")
    with pytest.raises(ExportError, match="No release"):
        export_release(tmp_path / "missing.db", "csv", tmp_path / "out")


def test_file_names_fit_both_packages_and_stay_unique():
    columns = [
        "process_scores__support__score",
        "process_scores__support__blank",
        "hindering_scores__implementation_problems__evidence",
        "hindering_scores__implementation_problems__reason",
        "in",
        "with",
        "str12",
        "a" * 40,
        "a" * 41,
    ]
    names = file_names(columns)
    assert len(set(names.values())) == len(columns)
    for column, name in names.items():
        assert len(name) <= MAX_NAME
        assert name.lower() not in RESERVED and name != "str12"
        if len(column) <= MAX_NAME and column not in ("in", "with", "str12"):
            assert name == column
    assert names["process_scores__support__score"].startswith("process__support__score")
    assert file_names(columns) == names  # the same in every export


def test_the_command_line_writes_each_format_and_refuses_without_a_release(
    published, instruments, tmp_path
):
    env = {"CASEBOOK_INSTANCE": str(tmp_path / "instance")}
    out = tmp_path / "stata"
    args = ["export", "stata", "--release", str(published), "--out", str(out)]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, result.output
    # one file per instrument version's wide table, responses, participants, the codebook
    assert f"{len(instruments) + 3} file(s) written" in result.output
    _frame, meta = pyreadstat.read_dta(str(out / "responses.dta"), output_format="polars")
    assert meta.column_names_to_labels["response"] == "Pseudonym of the response"
    missing = CliRunner().invoke(main, ["export", "csv", "--out", str(tmp_path / "csv")], env=env)
    assert missing.exit_code == 1
    assert "No release at" in missing.output and "casebook publish" in missing.output
