"""Analysts query the release through real Datasette (its in-process client): only analysts
and admins get in, with Casebook logins or API tokens; descriptions come from the
instruments; canned queries, search, value labels and the codebook work."""

from __future__ import annotations

import asyncio
import random
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from casebook.config import instance_folder
from casebook.datasette_plugin.server import build_datasette
from casebook.demo import fake_answers
from casebook.instruments.registry import get_instrument
from casebook.responses import ResponseInput, save_response
from casebook.tokens import create_token

from tests.conftest import PASSWORD, app_on_copy, prepared_folder
from tests.release_fixtures import SYSTEM, build_study, release
from tests.study_fixtures import staff

ROOT = Path(__file__).resolve().parent.parent
SCORES = {"support": 3, "activation": 1}


def complete(db, instrument_id: str, case_id: int, overrides: dict, role: str = "observer"):
    """A complete observation or coding with generated answers and some fixed ones."""
    instrument = get_instrument(db, instrument_id, 1)
    answers = fake_answers(instrument, random.Random(7), "the patient") | overrides
    data = ResponseInput(
        instrument=instrument_id,
        version=1,
        case=case_id,
        wave="baseline",
        date="2026-02-10",
        status="complete",
        answers=answers,
    )
    save_response(db, str(uuid.uuid4()), data, staff(db, role), role)


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The study below and its release, built once for the module (each test gets a copy)."""
    folder = tmp_path_factory.mktemp("published")
    return prepared_folder(folder, lambda app, db: publish_study(app, db, folder))


@pytest.fixture
def app(published, tmp_path):
    return app_on_copy(published, tmp_path)


@pytest.fixture
def ds(app, tmp_path):
    return build_datasette(
        tmp_path / "release.db",
        Path(app.config["CASEBOOK_DATABASE"]),
        instance_folder(app),
        ROOT / "datasette-metadata.json",
    )


def publish_study(app, db, folder: Path) -> None:
    built = build_study(db)
    # every row must be accounted for before an observation completes
    scores = {row: {"score": "not_observed"} for row in ("acknowledgement", "openness")}
    scores["integration"] = {"score": "left_out", "reason": "The observer had to leave."}
    scores |= {row: {"score": s, "evidence": f"Seen: {row}."} for row, s in SCORES.items()}
    complete(db, "meeting-observation", built.case_id, {"process_scores": scores})
    complete(
        db,
        "resource-coding",
        built.case_id,
        {
            "resources_used": ["experiential_knowledge", "social_relationships"],
            "relationships_used": ["peers", "family"],
        },
    )
    release(app, folder)


def token(db, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_token(db, role, 'tests', SYSTEM).secret}"}


def run(awaitable):
    """Run a Datasette client call in a thread of its own: the session's Playwright browser
    keeps an event loop running in this one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, awaitable).result()


def get(ds, path: str, **kwargs):
    return run(ds.client.get(path, **kwargs))


PROTECTED = [
    "/",
    "/release",
    "/release.json",
    "/release/answers",
    "/release/answers.json",
    "/release/answers.csv?_stream=on&_size=max",
    "/release.db",
    "/-/codebook",
    "/-/metadata.json",
    "/release.json?sql=select+1",
]


def test_anonymous_visitors_are_refused_everywhere(ds):
    for path in PROTECTED:
        response = get(ds, path)
        assert response.status_code in (401, 403), (path, response.status_code)
        html = get(ds, path, headers={"Accept": "text/html"})
        assert html.status_code in (302, 401, 403), path
        if html.status_code == 302:
            assert "/-/casebook-login" in html.headers["location"]


@pytest.mark.parametrize("role", ["interviewer", "observer"])
def test_collectors_are_refused_even_with_a_valid_token(ds, db, role):
    headers = token(db, role)
    for path in PROTECTED:
        assert get(ds, path, headers=headers).status_code == 403, path


def test_a_bad_token_is_401(ds):
    assert get(ds, "/release.json", headers={"Authorization": "Bearer nope"}).status_code == 401


@pytest.mark.parametrize("role", ["analyst", "admin"])
def test_analysts_and_admins_get_in_with_a_token(ds, db, role):
    headers = token(db, role)
    for path in PROTECTED:
        response = get(ds, path, headers=headers)
        assert response.status_code == 200, (path, response.status_code)


def test_analysts_log_in_with_their_casebook_account(ds):
    page = get(ds, "/-/casebook-login")
    csrf = re.search(r'name="csrftoken" value="([^"]+)"', page.text)[1]
    cookies = {"ds_csrftoken": page.cookies["ds_csrftoken"]}
    form = {"username": "analyst", "password": PASSWORD, "csrftoken": csrf}
    logged_in = run(ds.client.post("/-/casebook-login", data=form, cookies=cookies))
    assert logged_in.status_code == 302
    session = {"casebook_release": logged_in.cookies["casebook_release"]}
    assert get(ds, "/release/answers.json", cookies=session).status_code == 200
    wrong = run(
        ds.client.post(
            "/-/casebook-login", cookies=cookies, data={**form, "password": "wrong password"}
        )
    )
    assert wrong.status_code == 401 and "Wrong username or password" in wrong.text
    refused = run(
        ds.client.post(
            "/-/casebook-login", cookies=cookies, data={**form, "username": "interviewer"}
        )
    )
    assert refused.status_code == 401 and "Only analysts and admins" in refused.text


def test_the_private_database_is_not_attached(ds):
    assert set(ds.databases) <= {"release", "_internal"}


def test_columns_are_described_by_the_items_labels(ds, db):
    headers = token(db, "analyst")
    metadata = get(ds, "/-/metadata.json", headers=headers).json()
    tables = metadata["databases"]["release"]["tables"]
    wide = tables["wide_patient_interview_v2"]["columns"]
    instrument = get_instrument(db, "patient-interview", 2)
    from casebook.instruments.model import label_text

    for item in instrument.items():
        simple = item.type in ("text", "longtext", "boolean", "choice", "duration")
        if simple and not item.identifier:
            assert wide[item.id] == label_text(item.label), item.id
    assert "Patient interview" in tables["wide_patient_interview_v2"]["description"]
    page = get(ds, "/release/wide_patient_interview_v2", headers=headers).text
    assert label_text(instrument.answerable()["interview_setting"].label) in page


def test_canned_queries_answer_the_studys_questions(ds, db):
    headers = token(db, "analyst")
    scores = get(
        ds,
        "/release/meeting_observation__process_scores_by_case_and_wave.json?_shape=array",
        headers=headers,
    ).json()
    by_row = {row["row_label"]: row["mean_score"] for row in scores}
    assert by_row["Experience of support"] == 3
    assert by_row["Activation"] == 1
    blanks = {r["row_label"]: (r["not_observed"], r["left_out"], r["not_scored"]) for r in scores}
    assert blanks["Openness"] == (1, 0, 0)
    assert blanks["Integration into everyday life"] == (0, 1, 0)
    assert blanks["Activation"] == (0, 0, 0)
    crosstab = get(
        ds,
        "/release/resource_coding__resources_used_by_relationships_used.json?_shape=array",
        headers=headers,
    ).json()
    # every combination is listed (zeros too); the coding chose 2 x 2 of them
    coding = get_instrument(db, "resource-coding", 1)
    options = [
        coding.choices_for(coding.answerable()[i]) for i in ("resources_used", "relationships_used")
    ]
    assert len(crosstab) == len(options[0]) * len(options[1])
    assert sorted(row["codings"] for row in crosstab if row["codings"]) == [1, 1, 1, 1]
    interviews = get(
        ds, "/release/interviews_by_role_and_wave.json?_shape=array", headers=headers
    ).json()
    assert {(r["role"], r["wave"], r["interviews"]) for r in interviews} == {
        ("patient", "baseline", 1),
        ("patient", "m12", 1),
    }


def test_the_search_box_finds_redacted_text(ds, db):
    headers = token(db, "analyst")
    found = get(ds, "/release/topics.json?_search=calendar&_shape=array", headers=headers).json()
    assert len(found) == 1 and "[patient P-" in found[0]["notes"]
    assert get(ds, "/release/topics.json?_search=Majsan&_shape=array", headers=headers).json() == []


def test_coded_values_render_with_their_labels(ds, db):
    headers = token(db, "analyst")
    page = get(ds, "/release/wide_patient_interview_v2", headers=headers).text
    assert 'home <span class="casebook-label">(The participant' in page
    codes = get(ds, "/release/codes", headers=headers).text
    assert "casebook-label" in codes


def test_codebook_page_lists_items_and_choices(ds, db):
    page = get(ds, "/-/codebook", headers=token(db, "analyst")).text
    assert "Resource-group meeting observation" in page
    assert "Experience of support" in page and "not observed" in page
    assert "drop" in page  # the identifier item's policy is shown


def test_codes_open_faceted_by_instrument(ds, db):
    """Counts per code are per instrument from the first click (with the deployment's file)."""
    codes = get(ds, "/release/codes.json", headers=token(db, "analyst")).json()
    assert "instrument" in codes["facet_results"]
    assert {"resource-coding"} <= {
        row["value"] for row in codes["facet_results"]["instrument"]["results"]
    }
