"""Words naming a people, a language or a faith that are also names ("German", "Christian",
"Norman", "Irish", "Muslim") survive as adjectives before a noun, as published sentences use
them (found on `bench/real_sentences`, Universal Dependencies text with no name in it; every
sentence here is written for this test). The same words stay names where a person is meant:
before a verb, a function word or an adverb, after a title, or before a plural noun that could
be a verb ("Christian lives alone").
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.peoples import before_noun

from tests.deid_helpers import removed

REGISTRY = Registry(
    [
        NameEntry("p:1", "Love Lindqvist", "[participant P-1]"),
        NameEntry("p:2", "Will Andersson", "[participant P-2]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The interpreter said her German course was too fast.", "German"),
        ("They sat in the Norman chapel for an hour before the meeting.", "Norman"),
        ("She wants Irish music at the funeral, the son told us.", "Irish"),
        ("Her cousin runs the Christian youth club on Fridays.", "Christian"),
        ("According to Christian custom the family keeps a vigil.", "Christian"),
        ("The other Muslim mothers at the school helped with food.", "Muslim"),
        ("She moved away after German troops came, she told Love Lindqvist.", "German"),
        ("The finest German bedding was on sale, Love Lindqvist said.", "German"),
        ("They praised the best Irish cooking in town.", "Irish"),
        ("The oldest Christian building here is the chapel.", "Christian"),
    ],
)
def test_an_adjective_of_a_people_before_its_noun_is_kept(
    redactor: Redactor, text: str, word: str
) -> None:
    spans = removed(redactor, text)
    assert word not in spans
    if "Lindqvist" in text:
        assert "Love Lindqvist" in spans  # the registered person beside it is still caught


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Christian said he would come back on Monday.", "Christian"),
        ("Norman too was there when we arrived.", "Norman"),
        ("We met Christian yesterday at the library.", "Christian"),
        ("Christian lives alone since the divorce.", "Christian"),
        ("We met Christian working late at the office.", "Christian"),
        ("I stayed with Norman cooking dinner for the family.", "Norman"),
        ("She thanked Norman for the lift home.", "Norman"),
        ("Christian Berglund from the parish came late.", "Christian Berglund"),
    ],
)
def test_the_same_words_as_a_person_are_still_names(
    redactor: Redactor, text: str, word: str
) -> None:
    assert word in removed(redactor, text)


def test_only_a_listed_word_before_a_lower_case_noun_is_an_adjective() -> None:
    def check(text: str, previous: str | None = None) -> bool:
        return before_noun(text, text.lower(), 0, text.index(" "), previous)

    assert check("German lessons", "her") and check("Irish music")
    assert not check("German lessons")  # a plural could be a verb: "Norman works nights"
    assert check("German bedding", "the") and check("German cooking", "finest")
    assert not check("German cooking") and not check("German cooking", "with")
    assert not check("Christian said") and not check("Christian today")
    assert not check("Gunilla lessons", "her")  # not a people, a language or a faith
    assert not check("German Lessons", "her")  # a capitalised word goes on a name
