"""One table of pseudonym prefixes (casebook.pseudonyms.PREFIXES): cases, contacts, staff,
places, responses and participants whose role is gone have fixed prefixes, participants take
theirs from their role in study.yaml, and study.yaml may not give a role one of the fixed
ones, written as `code` or derived from the role's id. Otherwise a patient could be
`C-4K7Q` beside a case `C-8Q2M`, and an analyst could not tell them apart."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from casebook.instruments.yamlfile import InstrumentError
from casebook.pseudonyms import PREFIXES
from casebook.release.identities import assign_identities
from casebook.release.source import PrivateStudy
from casebook.settings import load_settings

WAVES = "waves: [{id: baseline, label: Baseline}]\n"


def settings_with(tmp_path: Path, roles: str):
    (tmp_path / "study.yaml").write_text(f"title: T\nroles: {roles}\n{WAVES}", encoding="utf-8")
    return load_settings(tmp_path)


def problems(tmp_path: Path, roles: str) -> str:
    with pytest.raises(InstrumentError) as caught:
        settings_with(tmp_path, roles)
    return "\n".join(str(problem) for problem in caught.value.problems)


def test_the_table_holds_each_fixed_prefix_once():
    assert sorted(PREFIXES.values()) == ["C", "K", "L", "R", "T", "X"]


@pytest.mark.parametrize(("kind", "prefix"), sorted(PREFIXES.items()))
def test_a_role_code_that_another_kind_uses_is_refused_at_load(tmp_path, kind, prefix):
    text = problems(tmp_path, f"[{{id: patient, label: Patient, code: {prefix}}}]")
    assert f"start {prefix}-, which is kept for {kind}" in text
    assert "study.yaml:2" in text  # the line of the role
    assert "not C, K, L, R, T, X" in text  # and what to choose instead


def test_a_prefix_derived_from_the_role_id_is_refused_too(tmp_path):
    text = problems(tmp_path, "[{id: patient, label: P, code: P}, {id: relative, label: R}]")
    assert "role 'relative' has no `code`" in text and "kept for responses" in text


def test_roles_with_codes_of_their_own_load(tmp_path):
    roles = "[{id: relative, label: R, code: RE}, {id: carer, label: C, code: CA}, "
    roles += "{id: patient, label: P}]"
    settings = settings_with(tmp_path, roles)
    assert settings.pseudonym_prefixes() == {"relative": "RE", "carer": "CA", "patient": "P"}


def test_the_release_codes_follow_the_table(tmp_path):
    settings = settings_with(tmp_path, "[{id: patient, label: Patient, code: P}]")
    person = {"name": "Elin Berg", "aliases": []}
    private = PrivateStudy(
        cases=[{"id": 1}],
        participants=[
            {"id": 1, "role": "patient", **person},
            {"id": 2, "role": "gone", "name": "Ove Lund", "aliases": []},
        ],
        contacts=[{"id": 1, "name": "Maja Berg", "aliases": []}],
        staff=[{"id": 1, "display_name": "Karin Holm"}],
        places=[{"id": 1, "name": "Solrosen", "aliases": []}],
        waves=[],
        instruments={},
        hashes={},
    )
    ids = assign_identities(private, settings, secrets.token_bytes(32))
    assert ids.cases[1].startswith(PREFIXES["cases"] + "-")
    assert ids.participants[1].startswith("P-")
    assert ids.participants[2].startswith(
        PREFIXES["participants whose role is not in study.yaml"] + "-"
    )
    assert ids.staff[1].startswith(PREFIXES["staff"] + "-")
    tags = " ".join(p.tag for p in ids.people)
    assert f"[contact {PREFIXES['contacts']}-" in tags and f"[place {PREFIXES['places']}-" in tags
