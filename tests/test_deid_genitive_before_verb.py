"""A registered name with an "s" after it is read as a genitive, the "s" left after the tag
("[M]s mamma"); before a verb or an adverb no genitive stands, so the "s" is the name's own
letter and goes with it ("Enligt Marks har det blivit bättre":
`owner_genitives.whole_before_verb`)."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry([NameEntry("p:1", "Mark Simpson", "[M]")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enligt Marks har det blivit bättre.", "Enligt [M] har det blivit bättre."),
        ("Vi tror att Marks kan komma i morgon.", "Vi tror att [M] kan komma i morgon."),
        ("Marks mamma ringde i går.", "[M]s mamma ringde i går."),
        ("Vi pratade om Marks skola och om Mark.", "Vi pratade om [M]s skola och om [M]."),
    ],
)
def test_the_s_goes_with_the_name_only_before_a_verb(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected
