"""An unknown capitalised word in an English genitive whose noun is left unsaid, at the end
of a clause inside a sentence, is its owner's name (`owner_genitives._standing_alone`):
"Dealers like cleaning Hennie's." stood for "cleaning Hennie's car"; a shop or a home after a
preposition of place, a word after a determiner, a word in capitals and the start of a
sentence stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from tests.deid_helpers import name_spans as _names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]), month_first=True)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dealers like cleaning Hennie's. The dealer drove using theirs.", ["Hennie"]),
        ("It was better than Wójcikaw's, though, and cheaper.", ["Wójcikaw"]),
        ("We borrowed Oduya's; ours was broken.", ["Oduya"]),
    ],
)
def test_an_owner_with_the_noun_left_unsaid(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert _names(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "We went to Tesco's. Fine.",
        "She shopped at Sainsbury's, then went home.",
        "We met at the Tullgarn's. Fine.",
        "The dealer drove using the BBC'S. Fine.",
        "Tesco's, the shop, was closed.",
        "The child's toy was under the table. Fine.",
    ],
)
def test_other_genitives_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []
