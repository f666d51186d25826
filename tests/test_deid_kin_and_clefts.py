"""A registered name that is also a word, where the sentence leaves it no reading as the word:
the genitive before a Norwegian or Danish kin word ("Jacks datter", `names.py` rule 1) and
the one lower-case word a Scandinavian cleft lifts out when no Scandinavian language has it
("Det var may som öppnade dörren", `lowercase_registered.cleft`). The words stay words
elsewhere."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Jack", "[JACK]"),
            NameEntry("p:2", "May", "[MAY]"),
            NameEntry("p:3", "Will", "[WILL]"),
            NameEntry("p:4", "Liv", "[LIV]"),
            NameEntry("p:5", "Hans", "[HANS]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[11:12] Jacks datter ringede to gange.", "[11:12] [JACK]s datter ringede to gange."),
        ("Jacks søster kom i går.", "[JACK]s søster kom i går."),
        ("Det var may som öppnade dörren.", "Det var [MAY] som öppnade dörren."),
        ("IP: det er will der bestemmer.", "IP: det er [WILL] der bestemmer."),
        ("Jeg tror det var may som ringede.", "Jeg tror det var [MAY] som ringede."),
    ],
)
def test_the_setting_leaves_only_the_person(registry: Registry, text: str, expected: str) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The jacks were still in the box.",
        "Det var liv som gällde på festen.",  # "liv" is a Swedish word: lifted out as one
        "Det var hans som gick sönder.",  # "his": a pronoun
        "Hans datter ringede to gange.",  # Danish "his daughter"
        "I think it may well be so.",
        "Det var may.",  # no relative clause: no cleft
    ],
)
def test_the_words_stay_words(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text
