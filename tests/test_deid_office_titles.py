"""A name nobody registered after an English title of office (`cued_names.OFFICE_TITLES`):
"Judge Scalia", "Secretary Cardona", "Officer Baker"; a body's or a rank's name that opens
with the same word stays ("Justice Department", "Secretary General"), as does the title alone."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _removed(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The custody case went to Judge Scalia in March.", "Scalia"),
        ("Then Officer Baker came to the door with the papers.", "Baker"),
        ("So Secretary Cardona again invoked the act.", "Cardona"),
        ("Mayor Zbyszka Kowalski opened the new school.", "Zbyszka Kowalski"),
        ("the judge scalia said the hearing is moved", "scalia"),
    ],
)
def test_the_holder_named_after_an_office_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in _removed(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department said no.",
        "The Secretary General spoke at the meeting.",
        "He went to Officer Training School last year.",
        "It is hard to judge whether he is right.",
        "The president said no. The mayor will decide in May.",
        "He met the Governor of Virginia.",
    ],
)
def test_a_body_a_rank_or_the_title_alone_stays(redactor: Redactor, text: str) -> None:
    assert _removed(redactor, text) == []


def test_after_a_capitalised_office_a_lower_case_word_is_no_family_name(
    redactor: Redactor,
) -> None:
    text = "Han meinte at president Obama kunne leie an i den prosessen."
    assert _removed(redactor, text) == ["Obama"]
