"""Frozen instrument versions: a version with data cannot change; a new version can, and
responses of both versions still open, from the stored definitions."""

from __future__ import annotations

import shutil

import pytest
from casebook.bootstrap import initialise
from casebook.instruments.model import label_text
from casebook.instruments.registry import get_instrument, list_versions
from casebook.instruments.yamlfile import InstrumentError
from casebook.responses import save_response

from tests.conftest import BUNDLED_INSTRUMENTS, login, make_app
from tests.study_fixtures import case_with_patient, interview, new_uuid, staff


@pytest.fixture
def copied(tmp_path):
    """A private copy of the bundled instruments that a test may edit."""
    folder = tmp_path / "instruments"
    shutil.copytree(BUNDLED_INSTRUMENTS, folder)
    return folder


def test_changing_a_version_that_holds_data_is_refused(tmp_path, copied):
    app = make_app(tmp_path, instruments=copied)
    database = app.config["CASEBOOK_DATABASE"]
    from casebook.db import connect

    db = connect(database)
    case_id, patient = case_with_patient(db)
    save_response(db, new_uuid(), interview(case_id, patient, version=2), staff(db), "interviewer")
    before = stored_hash(db, "patient-interview", 2)
    v2 = copied / "patient-interview" / "v2.yaml"
    v2.write_text(v2.read_text().replace("Length of the interview", "Interview length"))
    with pytest.raises(InstrumentError) as error:
        initialise(database, copied)
    message = str(error.value)
    assert "patient-interview/v2.yaml" in message
    assert "frozen" in message and "v3.yaml" in message
    assert stored_hash(db, "patient-interview", 2) == before
    labels = [label_text(i.label) for i in get_instrument(db, "patient-interview", 2).items()]
    assert "Length of the interview" in labels and "Interview length" not in labels


def stored_hash(db, instrument_id: str, version: int) -> str:
    return next(
        r["hash"]
        for r in list_versions(db)
        if r["instrument_id"] == instrument_id and r["version"] == version
    )


def test_comments_and_layout_do_not_count_as_a_change(tmp_path, copied):
    app = make_app(tmp_path, instruments=copied)
    from casebook.db import connect

    db = connect(app.config["CASEBOOK_DATABASE"])
    case_id, patient = case_with_patient(db)
    save_response(db, new_uuid(), interview(case_id, patient, version=2), staff(db), "interviewer")
    v2 = copied / "patient-interview" / "v2.yaml"
    v2.write_text("# a new comment at the top\n\n" + v2.read_text())
    report = initialise(app.config["CASEBOOK_DATABASE"], copied)
    assert "patient-interview v2" in report.instruments.unchanged


def test_a_new_version_is_accepted_and_both_versions_open(tmp_path, copied):
    app = make_app(tmp_path, instruments=copied)
    database = app.config["CASEBOOK_DATABASE"]
    from casebook.db import connect

    db = connect(database)
    case_id, patient = case_with_patient(db)
    old = new_uuid()
    save_response(db, old, interview(case_id, patient, version=2), staff(db), "interviewer")
    v3 = copied / "patient-interview" / "v3.yaml"
    text = (copied / "patient-interview" / "v2.yaml").read_text()
    v3.write_text(
        text.replace("version: 2", "version: 3").replace(
            "Length of the interview", "Interview length"
        )
    )
    report = initialise(database, copied)
    assert report.instruments.added == ["patient-interview v3"]
    new = new_uuid()
    later = interview(case_id, patient, version=3, wave="m12")  # one guide per wave
    save_response(db, new, later, staff(db), "interviewer")
    v3.unlink()  # the file is gone; responses still render from the stored definition
    (copied / "patient-interview" / "v2.yaml").unlink()
    client = app.test_client()
    login(client, "interviewer")
    for key, label in ((old, "Length of the interview"), (new, "Interview length")):
        page = client.get(f"/responses/{key}")
        assert page.status_code == 200
        assert label in page.get_data(as_text=True)


def test_broken_file_leaves_the_registry_untouched(tmp_path, copied):
    app = make_app(tmp_path, instruments=copied)
    from casebook.db import connect

    db = connect(app.config["CASEBOOK_DATABASE"])
    before = list_versions(db)
    (copied / "resource-coding" / "v2.yaml").write_text("id: resource-coding\nversion: [\n")
    with pytest.raises(InstrumentError):
        initialise(app.config["CASEBOOK_DATABASE"], copied)
    assert list_versions(db) == before
