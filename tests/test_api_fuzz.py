"""Property-based fuzzing of the JSON API v1: schemathesis reads the API's own OpenAPI
document (`/api/v1/openapi.json`, with the answer schema of every registered instrument
version), generates valid and invalid requests for every operation and calls the WSGI app
directly. No response may be a 5xx, an undocumented status or content type, or a body that
breaks the documented schema (error bodies included).

Deterministic (derandomized, no example database) and bounded (MAX_EXAMPLES per operation and
generation mode), so the run is the same every time and takes well under a minute."""

from __future__ import annotations

import collections
import os

import hypothesis
import pytest
import schemathesis
from casebook import study
from casebook.audit import Actor
from casebook.tokens import create_token
from hypothesis import HealthCheck
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.conftest import make_app

MAX_EXAMPLES = int(os.environ.get("CASEBOOK_FUZZ_EXAMPLES", 50))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
TESTER = Actor.system("fuzz")


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    """A Casebook whose small ids all exist, so generated requests reach the storage code: case
    1 (RG01) with a consented participant of each role (ids 1-3), each with a contact (ids
    1-3), and an admin token."""
    app = make_app(tmp_path_factory.mktemp("fuzz"))
    app.config["PROPAGATE_EXCEPTIONS"] = True  # an unexpected exception fails loudly
    with app.app_context():
        from casebook.db import get_db

        db = get_db()
        case_id = study.create_case(db, "RG01", "fuzzing", TESTER)
        for role in ("patient", "significant_other", "professional"):
            data = study.ParticipantInput(
                case_id=case_id,
                role=role,
                name=f"Fuzz {role}",
                consent_date="2026-01-10",
                consent_version="v1",
            )
            pid = study.create_participant(db, data, [role], TESTER)
            study.add_contact(db, pid, study.ContactInput(f"Fuzz contact {role}"), TESTER)
        app.config["FUZZ_TOKEN"] = create_token(db, "admin", "fuzz", TESTER).secret
    return app


@pytest.fixture(scope="module")
def api_schema(fuzz_app):
    headers = {"Authorization": f"Bearer {fuzz_app.config['FUZZ_TOKEN']}"}
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", fuzz_app, headers=headers)
    schema.config.generation.update(modes=["positive", "negative"], deterministic=True)
    return schema


# In this order, so that reads run when the writes before them have stored something.
OPERATIONS = [
    ("GET", "/instruments"),
    ("GET", "/instruments/{id}/{version}"),
    ("POST", "/cases"),
    ("GET", "/cases"),
    ("POST", "/participants"),
    ("GET", "/participants"),
    ("PATCH", "/participants/{id}"),
    ("PATCH", "/contacts/{id}"),
    ("POST", "/places"),
    ("GET", "/places"),
    ("PUT", "/responses/{uuid}"),
    ("GET", "/responses/{uuid}"),
    ("GET", "/responses"),
    ("POST", "/responses/{uuid}/events"),
    ("GET", "/responses/{uuid}/events"),
    ("GET", "/units"),
    ("POST", "/units"),
    ("PATCH", "/units/{id}"),
    ("GET", "/units/{id}/reconciliation"),
    ("POST", "/units/{id}/consensus"),
    ("GET", "/agreement"),
    ("GET", "/openapi.json"),
]


# Generated ids rarely name anything that exists, so half of the valid requests are steered
# towards the seeded study: case 1, the participant whose role the interview is for, a
# registered instrument version, and a small pool of response UUIDs (so that updates,
# identical resends and stale revisions happen too). The answers stay as generated.
RESPONSE_POOL = ["3f1c2a4e-0000-4000-8000-000000000001", "3f1c2a4e-0000-4000-8000-000000000002"]
PARTICIPANT_FOR = {
    "patient-interview": 1,
    "significant-other-interview": 2,
    "professional-interview": 3,
}
VERSIONS = [
    ("meeting-observation", 1),
    ("patient-interview", 1),
    ("patient-interview", 2),
    ("resource-coding", 1),
    ("professional-interview", 1),
]


def steer(case, pick: int) -> None:
    if "uuid" in (case.path_parameters or {}):
        case.path_parameters["uuid"] = RESPONSE_POOL[pick % len(RESPONSE_POOL)]
    if "version" in (case.path_parameters or {}):
        case.path_parameters["id"], case.path_parameters["version"] = VERSIONS[pick % 5]
    elif "id" in (case.path_parameters or {}):  # participants and contacts 1-3 exist
        case.path_parameters["id"] = 1 + pick % 3
    body = case.body if isinstance(case.body, dict) else None
    if body is not None and "case" in body:
        body["case"] = 1 if pick % 2 else "RG01"
        if body.get("instrument") in PARTICIPANT_FOR:
            body["participant"] = PARTICIPANT_FOR[body["instrument"]]
        if "revision" in body and pick % 3 == 0:
            body["revision"] = 1 + pick % 2
        if "role" in body:
            body["role"] = ["patient", "significant_other", "professional"][pick % 3]


# schemathesis's own pytest integration (`schema.parametrize()` with a fixture-loaded schema)
# does not work with pytest 9, so Hypothesis drives schemathesis's strategies directly.
@pytest.mark.parametrize("mode", ["valid", "steered", "invalid"])
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_request_breaks_the_api_or_its_documented_schema(
    api_schema, fuzz_app, method, path, mode
):
    operation = api_schema[path][method]
    generation = GenerationMode.NEGATIVE if mode == "invalid" else GenerationMode.POSITIVE
    headers = {"Authorization": f"Bearer {fuzz_app.config['FUZZ_TOKEN']}"}
    statuses: list[int] = []

    @hypothesis.settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate, hypothesis.Phase.shrink],
    )
    @hypothesis.given(
        case=operation.as_strategy(generation_mode=generation), pick=st.integers(0, 29)
    )
    def run(case, pick: int) -> None:
        if mode == "steered":
            steer(case, pick)
        response = case.call_and_validate(headers=headers, checks=CHECKS)
        statuses.append(response.status_code)

    run()
    assert statuses and all(status < 500 for status in statuses)
    if mode == "steered" and method == "PUT":  # the run still reaches storage and conflicts
        assert {200, 201} <= set(statuses) and 409 in statuses, statuses
    if os.environ.get("CASEBOOK_FUZZ_REPORT"):
        print(f"\n{method} {path} {mode}: {sorted(collections.Counter(statuses).items())}")


def test_the_document_is_valid_openapi_and_covers_every_operation(api_schema):
    api_schema.validate()  # against the OpenAPI 3.1 schema
    for component in api_schema.raw_schema["components"]["schemas"].values():
        Draft202012Validator.check_schema(component)
    operations = {
        (result.ok().method.upper(), result.ok().path) for result in api_schema.get_all_operations()
    }
    # schemathesis leaves out the document's own address when it lists operations
    assert operations | {("GET", "/openapi.json")} == set(OPERATIONS)
