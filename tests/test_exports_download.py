"""Analysts download the release as SPSS, Stata and CSV zips from a real `casebook
datasette` process serving the published demo study: after logging in with their Casebook
account they get the files with their labels; anonymous visitors and collectors (with a
valid token, or trying the login form) are refused; every download is on the record."""

from __future__ import annotations

import io
import os
import re
import subprocess
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pyreadstat
import pytest
from casebook.db import connect
from casebook.demo import fill_demo_study
from casebook.exports.qdpx import validate
from casebook.security_events import RELEASE_DOWNLOADED, list_events
from casebook.tokens import create_token

from tests.conftest import BUNDLED_INSTRUMENTS, PASSWORD, make_app
from tests.release_fixtures import SYSTEM, release
from tests.study_fixtures import ROLE_IDS
from tests.test_cli import CASEBOOK, _free_port, _wait_for


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`casebook datasette` on the published demo study: (base URL, private database,
    an observer's token)."""
    folder = tmp_path_factory.mktemp("downloads")
    app = make_app(folder)
    private = Path(app.config["CASEBOOK_DATABASE"])
    db = connect(private)
    fill_demo_study(db, ROLE_IDS)
    observer_token = create_token(db, "observer", "not an analyst", SYSTEM).secret
    db.close()
    path, _ = release(app, folder)
    port = _free_port()
    env = {
        **os.environ,
        "CASEBOOK_INSTANCE": str(private.parent),
        "CASEBOOK_INSTRUMENTS": str(BUNDLED_INSTRUMENTS),
    }
    log = (folder / "server.log").open("w")
    process = subprocess.Popen(
        [CASEBOOK, "datasette", "--port", str(port), "--release", str(path)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/-/casebook-login")
        yield base, private, observer_token
    finally:
        process.terminate()
        process.wait(timeout=15)
        log.close()


@contextmanager
def logged_in(base: str, username: str) -> Iterator[httpx.Client]:
    """A client that has gone through the login form as `username`."""
    with httpx.Client(base_url=base, timeout=60) as client:
        form = client.get("/-/casebook-login")
        token = re.search(r'name="csrftoken" value="([^"]+)"', form.text)[1]
        client.post(
            "/-/casebook-login",
            data={"username": username, "password": PASSWORD, "csrftoken": token, "next": "/"},
        )
        yield client


def test_an_analyst_downloads_the_release_as_spss_with_its_labels(server, tmp_path):
    base, private, _ = server
    with logged_in(base, "analyst") as client:
        page = client.get("/-/exports")
        assert page.status_code == 200
        assert 'href="/-/exports/spss.zip"' in page.text
        assert 'href="/-/exports/stata.zip"' in page.text
        response = client.get("/-/exports/spss.zip")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert 'filename="release-spss.zip"' in response.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path)
    assert "release-spss/codebook.csv" in names
    assert "release-spss/wide_resource_coding_v1.sav" in names
    sav = tmp_path / "release-spss/wide_resource_coding_v1.sav"
    frame, meta = pyreadstat.read_sav(str(sav), output_format="polars")
    assert len(frame) > 0
    assert meta.column_names_to_labels["reciprocity"] == "Reciprocity"
    assert meta.variable_value_labels["reciprocity"][2.0].startswith("Mutual")
    db = connect(private)
    try:
        downloads = [(e["username"], e["subject"]) for e in list_events(db, RELEASE_DOWNLOADED)]
    finally:
        db.close()
    assert ("analyst", "/-/exports/spss.zip") in downloads


def test_a_stata_download_reads_back_too(server, tmp_path):
    base, _, _ = server
    with logged_in(base, "admin") as client:
        response = client.get("/-/exports/stata.zip")
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        archive.extractall(tmp_path)
    dta = tmp_path / "release-stata/wide_resource_coding_v1.dta"
    _frame, meta = pyreadstat.read_dta(str(dta), output_format="polars")
    assert meta.variable_value_labels["reciprocity"][2].startswith("Mutual")


def test_an_analyst_downloads_the_notes_as_a_refi_qda_project(server, tmp_path):
    """The .qdpx download is the project `casebook export qdpx` writes: valid against the
    REFI-QDA schema, and on the record like every other download."""
    base, private, observer_token = server
    with logged_in(base, "analyst") as client:
        assert 'href="/-/exports/release.qdpx"' in client.get("/-/exports").text
        response = client.get("/-/exports/release.qdpx")
    assert response.status_code == 200
    assert 'filename="release.qdpx"' in response.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        project = archive.read("project.qde")
        assert any(name.startswith("sources/") for name in archive.namelist())
    validate(project)  # raises on any schema error
    db = connect(private)
    try:
        downloads = [(e["username"], e["subject"]) for e in list_events(db, RELEASE_DOWNLOADED)]
    finally:
        db.close()
    assert ("analyst", "/-/exports/release.qdpx") in downloads
    with httpx.Client(base_url=base, timeout=60) as collector:
        bearer = {"Authorization": f"Bearer {observer_token}"}
        assert collector.get("/-/exports/release.qdpx", headers=bearer).status_code == 403


def test_no_one_else_downloads_the_release(server):
    base, _, observer_token = server
    with httpx.Client(base_url=base, timeout=60) as anonymous:
        assert anonymous.get("/-/exports/spss.zip").status_code == 401
        page = anonymous.get("/-/exports", headers={"accept": "text/html"})
        assert page.status_code == 302
        assert page.headers["location"].startswith("/-/casebook-login")
    with httpx.Client(base_url=base, timeout=60) as collector:
        bearer = {"Authorization": f"Bearer {observer_token}"}
        refused = collector.get("/-/exports/csv.zip", headers=bearer)
        assert refused.status_code == 403
        assert refused.headers["content-type"].startswith("application/json")
    with logged_in(base, "observer") as observer:
        assert observer.get("/-/exports/csv.zip").status_code == 401
    with logged_in(base, "analyst") as analyst:
        assert analyst.get("/-/exports/sas.zip").status_code == 404
