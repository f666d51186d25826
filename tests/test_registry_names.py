"""Registry hygiene: nicknames and aliases shorter than two letters are refused everywhere they
can be entered, and the names of participants and contacts can be corrected in the web app
and through the API, each change audited with who, when, before and after."""

from __future__ import annotations

import json
import sqlite3

import pytest
from casebook import study
from casebook.audit import history
from casebook.tokens import create_token

from tests.conftest import csrf_token, login
from tests.release_fixtures import SYSTEM, build_study, interview, release
from tests.test_api import Api

TOO_SHORT = "“G” is too short: a nickname or other name needs at least 2 letters"


@pytest.fixture
def built(db):
    return build_study(db)


def contact_of(db, participant_id: int) -> dict:
    return study.contacts_of(db, participant_id)[0]


def test_the_services_refuse_a_one_letter_alias(db, built):
    data = study.ParticipantInput(case_id=built.case_id, role="patient", name="Gun Ek")
    for aliases in (["G"], ["J."], ["Gunnis", " x "]):
        data.aliases = aliases
        with pytest.raises(study.StudyError) as refused:
            study.create_participant(db, data, ["patient"], SYSTEM)
        assert "is too short" in refused.value.fields["aliases"]
    with pytest.raises(study.StudyError):
        study.add_contact(db, built.patient, study.ContactInput("Ann Ek", "", ["A"]), SYSTEM)
    from casebook import places

    with pytest.raises(study.StudyError):
        places.add_place(db, "Ward seven", ["7", "W"], SYSTEM)
    names = [row[0] for row in db.execute("SELECT name FROM participants")]
    assert "Gun Ek" not in names


def test_the_web_forms_refuse_a_one_letter_alias(app, db, built):
    client = app.test_client()
    login(client, "interviewer")
    path = f"/cases/{built.case_id}/participants/new"
    token = csrf_token(client, path)
    added = client.post(
        path,
        data={"role": "patient", "name": "Gun Ek", "aliases": "Gunnis, G", "csrf_token": token},
    )
    assert added.status_code == 200 and TOO_SHORT in added.get_data(as_text=True)
    contact = client.post(
        f"/participants/{built.patient}/contacts",
        data={"name": "Ann Ek", "aliases": "G", "csrf_token": token},
    )
    assert contact.status_code == 422 and TOO_SHORT in contact.get_data(as_text=True)
    names = client.post(
        f"/participants/{built.patient}/names",
        data={"name": "Elin Berg", "aliases": "Ellie, G", "csrf_token": token},
    )
    assert names.status_code == 422 and TOO_SHORT in names.get_data(as_text=True)
    login(client, "admin")
    place = client.post(
        "/places", data={"name": "Ward seven", "aliases": "G", "csrf_token": csrf_token(client)}
    )
    assert TOO_SHORT in place.get_data(as_text=True)
    assert study.get_participant(db, built.patient)["aliases"] == ["Ellie"]
    assert db.execute("SELECT count(*) FROM places WHERE name = 'Ward seven'").fetchone()[0] == 0


@pytest.mark.parametrize("role", ["admin", "interviewer"])
def test_names_are_corrected_in_the_web_app_and_audited(app, db, built, role):
    client = app.test_client()
    login(client, role)
    page = client.get(f"/participants/{built.patient}").get_data(as_text=True)
    assert f"/participants/{built.patient}/names" in page
    token = csrf_token(client, f"/participants/{built.patient}/names")
    done = client.post(
        f"/participants/{built.patient}/names",
        data={"name": "Elin  Bergh", "aliases": "Ellie, Lina", "csrf_token": token},
        follow_redirects=True,
    )
    assert "Names corrected" in done.get_data(as_text=True)
    person = study.get_participant(db, built.patient)
    assert (person["name"], person["aliases"]) == ("Elin Bergh", ["Ellie", "Lina"])
    change = history(db, "participants", built.patient)[-1]
    assert change["actor"] == role and change["action"] == "update" and change["at"]
    assert json.loads(change["before"]) == {"name": "Elin Berg", "aliases": '["Ellie"]'}
    assert json.loads(change["after"]) == {"name": "Elin Bergh", "aliases": '["Ellie", "Lina"]'}

    contact = contact_of(db, built.patient)
    edit = f"/contacts/{contact['id']}/names"
    assert edit in page
    client.post(
        edit,
        data={"name": "Maja Berg", "relation": "daughter", "aliases": "Majsan, Majan"}
        | {"csrf_token": token},
    )
    assert contact_of(db, built.patient)["aliases"] == ["Majsan", "Majan"]
    change = history(db, "contacts", contact["id"])[-1]
    assert change["actor"] == role
    assert json.loads(change["before"]) == {"aliases": '["Majsan"]'}  # only what changed


def test_observers_and_analysts_cannot_correct_names(app, db, built):
    client = app.test_client()
    for role in ("observer", "analyst"):
        login(client, role)
        token = csrf_token(client, "/login")
        answer = client.post(
            f"/participants/{built.patient}/names",
            data={"name": "X Y", "csrf_token": token},
        )
        assert answer.status_code == 403
    assert study.get_participant(db, built.patient)["name"] == "Elin Berg"


def test_names_are_corrected_through_the_api_and_audited(app, db, built):
    api = Api(app, create_token(db, "interviewer", "script", SYSTEM).secret)
    answer = api("PATCH", f"/participants/{built.patient}", {"aliases": ["Ellie", "Lina"]})
    assert answer.status_code == 200, answer.get_json()
    body = answer.get_json()
    assert body["name"] == "Elin Berg" and body["aliases"] == ["Ellie", "Lina"]
    change = history(db, "participants", built.patient)[-1]
    assert change["actor"] == "interviewer"
    assert json.loads(change["after"]) == {"aliases": '["Ellie", "Lina"]'}

    refused = api("PATCH", f"/participants/{built.patient}", {"name": " ", "aliases": ["G"]})
    assert refused.status_code == 422
    fields = {d["field"]: d["message"] for d in refused.get_json()["error"]["details"]}
    assert set(fields) == {"name", "aliases"} and fields["aliases"].startswith(TOO_SHORT)
    assert study.get_participant(db, built.patient)["aliases"] == ["Ellie", "Lina"]

    contact = contact_of(db, built.patient)
    answer = api("PATCH", f"/contacts/{contact['id']}", {"relation": "eldest daughter"})
    assert answer.get_json() == {
        "id": contact["id"],
        "name": "Maja Berg",
        "relation": "eldest daughter",
        "aliases": ["Majsan"],
    }
    change = history(db, "contacts", contact["id"])[-1]
    assert json.loads(change["before"]) == {"relation": "daughter"}
    assert api("PATCH", "/contacts/999", {"name": "Nobody"}).status_code == 404
    assert api("PATCH", f"/contacts/{contact['id']}", {"nick": ["x"]}).status_code == 422
    observer = Api(app, create_token(db, "observer", "script", SYSTEM).secret)
    assert observer("PATCH", f"/participants/{built.patient}", {"name": "X"}).status_code == 403


def test_the_api_refuses_one_letter_aliases_when_creating(app, db, built):
    api = Api(app, create_token(db, "admin", "script", SYSTEM).secret)
    person = api.post(
        "/participants",
        {
            "case": built.case_id,
            "role": "patient",
            "name": "Gun Ek",
            "aliases": ["G"],
            "contacts": [{"name": "Ann Ek", "aliases": ["Annie", "A"]}],
        },
    )
    assert person.status_code == 422
    fields = [d["field"] for d in person.get_json()["error"]["details"]]
    assert fields == ["aliases", "contacts[0].aliases"]
    place = api.post("/places", {"name": "Ward seven", "aliases": ["W"]})
    assert place.status_code == 422


def test_a_corrected_nickname_is_redacted_in_the_next_release(app, db, built, tmp_path):
    interview(db, built, "m24", "2028-02-01", "Lina says the group is hers now.")
    api = Api(app, create_token(db, "admin", "script", SYSTEM).secret)
    api("PATCH", f"/participants/{built.patient}", {"aliases": ["Ellie", "Lina"]})
    path, _ = release(app, tmp_path)
    notes = sqlite3.connect(path).execute("SELECT notes FROM topics WHERE wave = 'm24'")
    assert notes.fetchone()[0].startswith("[patient P-")
