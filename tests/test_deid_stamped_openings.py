"""A clocked entry stamped "at 09:15" or "klo 9:15" opens a sentence where its first word
stands before a common noun or a determiner (`stamped_openings.py`): a registered word-name
there is the word it modifies or the imperative it is, and elsewhere the person, as before.
Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, stamped_openings

REGISTRY = Registry(
    [
        NameEntry("p:1", "Sunny Okafor", "[P-1]"),
        NameEntry("p:2", "Hope Sandberg", "[P-2]"),
        NameEntry("p:3", "Chase Lindqvist", "[P-3]"),
        NameEntry("p:4", "Grace Bright", "[P-4]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def taken(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Visit log\nat 09:15 Sunny mornings suit the garden walk.\nat 09:40 Tea in the kitchen.",
        "Visit log\nat 14:05 Bright paint covers the old stain now.",
        "Visit log\nat 16:20 Chase the cat off the table, she wrote on the board.",
        "Käynnit\nklo 9:15 Sunny days ei ole suomea.",
    ],
)
def test_a_word_before_a_noun_or_article_opening_a_stamped_entry_is_kept(
    redactor: Redactor, text: str
) -> None:
    assert taken(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Visit log\nat 09:15 Sunny said the garden walk was too long.", "Sunny"),
        ("Visit log\nat 10:30 Hope was quiet after lunch.", "Hope"),
        ("Visit log\nat 11:00 Chase son of the neighbour came by.", "Chase"),
        ("We met at 10:05 Chase mornings are hard for her.", "Chase"),
        ("Visit log\nat 12:10 Grace Bright colours her hair again.", "Grace Bright"),
    ],
)
def test_the_person_opening_a_stamped_entry_is_still_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in taken(redactor, text)


def test_opens_reads_the_stamp_and_the_word_after() -> None:
    text = "at 10:05 Sunny weather\nat 10:10 Sunny days\n10:15 Sunny days"
    first = text.index("Sunny days")
    assert stamped_openings.opens(text, first, first + 5)
    assert not stamped_openings.opens(text, 0, 5)  # "weather" is a verb once in the treebanks
    last = text.rindex("Sunny")
    assert not stamped_openings.opens(text, last, last + 5)  # a bare stamp: sentence_start's
