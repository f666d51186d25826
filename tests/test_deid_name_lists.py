"""A registered name that is an ordinary word, typed in lower case as one of a list of people,
is the person (`casebook.deid.name_lists`): joined by a comma or a conjunction of any of the
study's languages to names; a letter's closing, a pronoun and a word alone keep their words."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Mark Berg", "[M]"),
            NameEntry("p:2", "May Lund", "[Y]"),
            NameEntry("p:3", "Saga Holm", "[S]"),
            NameEntry("p:4", "Anna Ek", "[A]"),
            NameEntry("p:5", "Johan Dahl", "[J]"),
            NameEntry("p:6", "Love Åberg", "[L]"),
            NameEntry("p:7", "Hans Moen", "[H]"),
            NameEntry("p:8", "Rose Lind", "[R]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Periaatteessa Anna, Johan ja mark voi valita.", "[M]"),  # Finnish "ja"
        ("Anna og mark kom for sent.", "[M]"),  # Norwegian "og"
        ("Anna, may, Johan och Hans kom till mötet.", "[Y]"),  # inside a list
        ("mark, Anna och Johan kom i tid.", "[M]"),  # first, where the clause starts
        ("Men mark, Anna og Johan kastar dei.", "[M]"),  # first, after a conjunction
        ("Først vil saga, Anna og Johan sjå det.", "[S]"),  # an inverted subject
        ("möte med tiffany, saga och kuratorn om boendet.", "[S]"),  # a lexicon name
        ("I går kom tiffany, rose og kuratoren.", "[R]"),  # not after "i": a member
    ],
)
def test_a_name_in_a_list_of_people(registry: Registry, text: str, tag: str) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "With love, Anna and Johan",  # a letter's closing: first after a word
        "lots of love, Anna",
        "Anna, may I ask something?",  # no list: no conjunction
        "Anna, rose early and left.",  # a verb after it: no member of a list
        "Sadat och hans gelikar kom.",  # a possessive beside a name the registry lacks
        "We bought bread, rose and lilies.",  # no name in the list
        # a lexicon name after "i" is a time or a place (Sommer): no member of a list
        "I sommer, rose og lilje, alt blomstret i hagen.",
    ],
)
def test_words_beside_a_list_stay(registry: Registry, text: str) -> None:
    redacted = redact(text, registry).text
    for tag in ("[L]", "[Y]", "[R]", "[H]"):
        assert tag not in redacted
