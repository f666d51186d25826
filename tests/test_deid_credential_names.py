"""A given and family name before a post-nominal credential (`casebook.deid.credential_names`),
capitalised with a misspelt given name or an Irish family name, and in capitals; wards, roles
and shifts before the credential stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Afterwards Micheal O'donnell MD explained the consent form.", ("Micheal", "O'donnell")),
        ("PETER HANSEN MD MET THE FAMILY AFTER THE SESSION.", ("PETER", "HANSEN")),
    ],
)
def test_the_name_before_the_credential_is_removed(
    redactor: Redactor, text: str, gone: tuple[str, ...]
) -> None:
    out = redact(text, redactor).text
    assert "[name]" in out
    for word in gone:
        assert word not in out


@pytest.mark.parametrize(
    "text",
    [
        "Night Float MD aware of the change.",
        "CARDIOLOGY FELLOW MD AWARE. ICU RN CALLED.",
        "Team Leader RN notified; Charge Nurse RN covering.",
        "WHAT THEY CAN DO. THE PA LINE WAS OUT.",
    ],
)
def test_roles_before_the_credential_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
