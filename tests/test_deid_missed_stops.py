"""A sentence whose full stop was left out (`note_language._missed_stop`): in Norwegian,
Danish and Finnish a capitalised ordinary word right after a word in lower case opens the
next sentence; a name the language's people bear stays a name there."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.mark.parametrize(
    "text",
    [
        "He ryntäsivät kaikki keittiöön Mutta vanhana haluan, että mulla on paksu harmaa letti.",
        "Virkaa hakevalta vaaditaan näyttöä opettajankyvyistään Mies palautti työkalut.",
        "Vi ventede længe på bussen Der kom ingen.",
    ],
)
def test_an_ordinary_word_after_a_missing_full_stop_is_kept(text: str) -> None:
    assert Redactor(Registry([])).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi ventede længe på bussen Dag kom ikke.", "Dag"),
        ("Han snakket lenge med legen Per kom ikke.", "Per"),
        ("Potilas nukkui hyvin yöllä Satu kävi aamulla.", "Satu"),
        ("Hän sanoi, että Satu ei tullut.", "Satu"),
        ("Kävin kaupassa Mäkisen kanssa.", "Mäkisen"),
        ("Lähdin kotiin Lahtisen autolla.", "Lahtisen"),
        ("Omobobola, Fredrik ja Sai se oli pikkusielu veljen mielestä.", "Sai"),
    ],
)
def test_a_name_its_people_bear_stays_a_name(text: str, name: str) -> None:
    assert name not in Redactor(Registry([])).redact(text).text
