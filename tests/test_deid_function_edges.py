"""Pronouns, articles and greetings at the edge of a stranger's name are the sentence's words
(`function_edges.py`): "Good Morning Debra" loses "Debra", "Sinä Inkku" loses "Inkku", a
Finnish "Minä" or "Kenen" opening a sentence is no name. The name itself stays removed, "Best"
stays a family name unless "regards" follows, "Monet" stays a name outside Finnish, and a
registered name is never cut. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Anna Lindqvist", "[patient P-1]")]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Good Morning Debra - I expect to finish the review by Friday.", ["Debra"]),
        ("The draft is attached. Thx Debra Perlingiere", ["Debra Perlingiere"]),
        ("Kathleen, Best regards, Debra Perlingiere", ["Kathleen", "Debra Perlingiere"]),
        ("Hän on hyvä ystävä. Sinä Inkku et ymmärrä tästä asiasta mitään.", ["Inkku"]),
        ("Hän lähti kotiin aikaisin. Minä jäin vielä hetkeksi istumaan pihalle.", []),
        ("He said that a radical Shiite Muslim cleric has expressed solidarity with them.", []),
        ("Kenen Suomen presidentin poika on ollut pääministerinä?", []),
        (
            "Sie hat gestern gesagt, dass sie nicht kommt. Das Choclet ist ein guter Ort.",
            ["Choclet"],
        ),
    ],
)
def test_the_function_word_goes_back_to_the_sentence(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "Best" is a family name unless a sign-off follows
        ("We spoke with Mr Best yesterday and he will call again.", ["Best"]),
        # a given name that is also a faith's word, followed by a family name, stays
        ("We met Christian Muslim yesterday at the clinic.", ["Christian Muslim"]),
        ("She thanked Norman for the lift home and then went to bed.", ["Norman"]),
        # a registered name is never cut
        ("Hi Anna Lindqvist, the meeting is moved to Tuesday.", ["Anna Lindqvist"]),
        # a particle before its family name stays with it
        (
            "Gestern hat Frau Ursula von der Leyen lange mit uns gesprochen.",
            ["Ursula von der Leyen"],
        ),
    ],
)
def test_names_are_left_alone(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names
