"""A stranger in the Finnish genitive before a postposition of company or home or before a
relative (`casebook.deid.finnish_owners`); bodies, places and their genitives stay."""

from __future__ import annotations

import pytest
from casebook.deid.finnish_owners import owner
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_owner_reads_the_genitive_and_the_word_after() -> None:
    low = "asuu qendresan luona"
    assert owner(low, 5, 14)
    low = "asuu qendresa luona"  # no genitive ending
    assert not owner(low, 5, 13)
    low = "qendresan mukaan"  # "according to": bodies too
    assert not owner(low, 0, 9)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qendresan äiti soitti eilen illalla.", "Qendresa"),
        ("Hän asuu nyt Qendresan luona.", "Qendresa"),
        ("Kävin kaupassa Qendresan kanssa.", "Qendresa"),
        ("Qendresan veljensä ei tullut.", "Qendresa"),
    ],
)
def test_a_stranger_in_the_genitive_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Kelan mukaan asia on hoidossa.",  # a body, "according to"
        "Hän muutti Oulun luona olevaan kylään.",  # a town's genitive
        "Tampereen kautta pääsee nopeasti.",  # another postposition
    ],
)
def test_bodies_and_towns_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
