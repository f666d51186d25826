"""Pronouns of published sentences made names in notes: romanised Cyrillic names, the sentences
kept, and the position and case of the name (`bench.noted_names`)."""

from __future__ import annotations

import random

from bench.noted_names import cases, plain, romanised


def test_cyrillic_names_are_romanised() -> None:
    assert romanised("Олександр", russian=False) == "Oleksandr"
    assert romanised("Юлія", russian=False) == "Iuliia"
    assert romanised("Григорий", russian=True) == "Grigorii"


def test_only_sentences_without_proper_nouns_or_inner_capitals_are_kept() -> None:
    tokens = [("Hon", "PRON", "_"), ("kom", "VERB", "_"), ("hem", "ADV", "_")]
    assert plain("Hon kom hem", tokens)
    assert not plain(
        "Hon kom till Lund", [*tokens[:2], ("till", "ADP", "_"), ("Lund", "PROPN", "_")]
    )
    assert not plain("Hon kom 1999", [*tokens[:2], ("1999", "NUM", "_")])


def test_a_pronoun_becomes_a_name_in_its_case_and_position() -> None:
    rows = [
        (
            "Jag gick med henne",
            [
                ("Jag", "PRON", "_"),
                ("gick", "VERB", "_"),
                ("med", "ADP", "_"),
                ("henne", "PRON", "_"),
            ],
        ),
        ("Hänelle riitti", [("Hänelle", "PRON", "_"), ("riitti", "VERB", "_")]),
    ]
    pool = {False: ["Jukka"], True: ["Jukka"]}
    (sv,) = cases("sv", rows[:1], pool, random.Random(1))
    assert sv[1] == "after-preposition"
    assert sv[2].endswith("Jag gick med Jukka")
    assert sv[3].endswith("Jag gick med henne")
    (fi,) = cases("fi", rows[1:], pool, random.Random(1))
    assert fi[1] == "opening"
    assert fi[4] == "Jukalle"
    assert fi[2].endswith("Jukalle riitti")
