"""Registered names typed in lower case as the person met, called or spoken to, in English,
Swedish, Norwegian, Danish, Finnish and German (`casebook.deid.spoken_to`); the ordinary
words those names also are stay where no such verb stands before them."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    names = ["May Berg", "Liv Dahl", "Per Lind", "Bill Ek", "Rose Strand", "Mark Öberg",
             "Hope Wallén", "Saga Nilsson", "Klara Ek", "Stig Berg", "Will Nyman",
             "Alla Vallin"]  # fmt: skip
    return Registry([NameEntry(f"p:{i}", n, f"[P{i}]") for i, n in enumerate(names)])


def _removed(text: str, registry: Registry) -> list[str]:
    return [text[s.start : s.end] for s in redact(text, registry).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i spoke to may about the rent arrears", "may"),
        ("rang mark after lunch about the forms", "mark"),
        ("told will that the meeting moved", "will"),
        ("sa till mark att mötet flyttats", "mark"),
        ("hälsade på liv efter jobbet", "liv"),
        ("snakket med may i går om husleien", "may"),
        ("møtte bill på stasjonen", "bill"),
        ("ringte rose i morges", "rose"),
        ("sa til mark at møtet var flyttet", "mark"),
        ("talte med may i går om huslejen", "may"),
        ("mødte bill på stationen", "bill"),
        ("ringede til rose i morges", "rose"),
        ("sagde til klara at mødet var flyttet", "klara"),
        ("soitin stig eilen illalla", "stig"),
        ("tapasin saga asemalla", "saga"),
        ("ich sprach gestern mit may über die miete", "may"),
        ("habe bill am bahnhof getroffen", "bill"),
        ("rief rose heute morgen an", "rose"),
        ("sagte zu mark, dass das treffen verschoben ist", "mark"),
    ],
)
def test_person_met_called_or_spoken_to(registry: Registry, text: str, name: str) -> None:
    assert _removed(text, registry) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "may i call you back later",
        "we will mark the form as done",
        "he paid the bill and left",
        "i hope so, said the nurse",
        "hon har haft ett svårt liv",
        "barnen lekte på marken",
        "två gånger per dag",
        "hun har hatt et vanskelig liv",
        "børnene legede på marken",
        "die saga der familie ist lang",
        "ringde per telefon i morse",
        # Not "bill kam später": German has no word "bill", so there it is the registered
        # Bill (`neighbour_homographs.py`); "will" is a German word.
        "habe die rechnung bezahlt, will aber nicht mehr warten",
        # A pronoun or quantifier after the preposition is the word, whoever bears it.
        "Jag sa det till alla.",
        "hon berättade det för oss och sa till alla i går att hon skulle flytta",
    ],
)
def test_ordinary_words_stay(registry: Registry, text: str) -> None:
    assert _removed(text, registry) == []
