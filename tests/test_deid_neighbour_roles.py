"""A common Finnish, Norwegian or Danish noun that is a family name somewhere, opening a
sentence before a given name, is the person's role ("Naapuri Rauha": the neighbour Rauha),
as "Grannen Semre" is in Swedish (`note_language.role_before_given`)."""

from __future__ import annotations

import pytest
from deid_helpers import name_spans, numbered_redactor

ROLES = numbered_redactor(["Rauha Korhonen"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Naapuri Rauha oli nähnyt kaiken.", ["Rauha"]),  # the neighbour, then the person
        ("Hän soitti. Naapuri Rauha tuli illalla.", ["Rauha"]),
        ("Naapuri Pirkko Lahtinen oli nähnyt kaiken.", ["Pirkko Lahtinen"]),
        ("Naapuri Evabritt Metsavaara oli nähnyt kaiken.", ["Evabritt Metsavaara"]),
        ("V: Naapuri Rauha oli nähnyt kaiken.", ["Rauha"]),  # after a speaker's label
    ],
)
def test_common_noun_before_a_given_name_is_a_role(text: str, names: list[str]) -> None:
    assert name_spans(ROLES, text) == names


def test_a_given_name_that_is_a_word_still_opens_the_name() -> None:
    # "Sisko" (sister) is a given name Finns bear: the first of two given names.
    assert "Sisko" in name_spans(ROLES, "Sisko Rauha soitti eilen.")
