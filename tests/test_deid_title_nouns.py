"""A common word of a neighbour language after a formal title in lower case is the word, not a
stranger's name, where none of that language's people bears it (`caseless.after_titles`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry([NameEntry("p:1", "Vera Lund", "[P1]")])


@pytest.mark.parametrize(
    "text",
    [
        "Ja, fru formand, jeg vil gerne først give dem en kompliment for den betænkning.",
        "Derfor, fru formand, anmoder jeg dem om at bede kommissionen om at udtale sig.",
        "Fru formand, forelæggelsen af kommissionens politiske program er vigtig.",
    ],
    ids=["ja", "derfor", "opening"],
)
def test_danish_noun_after_title_kept(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name nobody registered after the title stays a name, in Danish as elsewhere.
        ("Tak, fru lynne, for deres indlæg i dag.", "Tak, fru [name], for deres indlæg i dag."),
        (
            "Tak, fru schroedter, for deres indlæg i dag.",
            "Tak, fru [name], for deres indlæg i dag.",
        ),
        ("Spoke to dr. hollis about the dose today.", "Spoke to dr. [name] about the dose today."),
    ],
    ids=["lynne", "schroedter", "english"],
)
def test_names_after_title_still_found(text: str, expected: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The tired doctor sighed heavily and sat down.",
        "When we came in, the old doctor winced.",
        "Our doctor shrugged, then wrote the referral.",
    ],
    ids=["adverb", "stop", "comma"],
)
def test_english_past_after_title_is_its_verb(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spoke to dr ahmed today.", "Spoke to dr [name] today."),  # a name in "-ed"
        ("Spoke to dr hollis.", "Spoke to dr [name]."),
    ],
    ids=["ahmed", "hollis"],
)
def test_a_name_after_title_before_the_end_stays(text: str, expected: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == expected
