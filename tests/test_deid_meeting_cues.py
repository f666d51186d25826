"""A stranger's name typed in lower case right after a verb of meeting or speaking with
someone, in English and the Nordic languages (`casebook.deid.cued_names.MEETING_CUES`): "Spoke
with eloise today", "Vi traff kornel i gangen"; the pronouns, frequent words and relation or
time words that stand there as often stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from tests.deid_helpers import name_spans as _names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]), month_first=True)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Spoke with eloise today. The tree fell across the street.", ["eloise"]),
        ("Vi traff kornel i gangen. Det var fint.", ["kornel"]),
        ("Vi snakket med anatolijs i gangen etter møtet.", ["anatolijs"]),
        ("Jag träffade sander igår. Det var bra.", ["sander"]),
        ("Talked with yasmina about the rent. Fine.", ["yasmina"]),
        ("Vi talte med zlatko ved indgangen i går.", ["zlatko"]),
    ],
)
def test_name_after_a_verb_of_meeting(redactor: Redactor, text: str, names: list[str]) -> None:
    assert _names(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "We met him in the corridor. It was fine.",
        "Vi traff noen i gangen. Det var fint.",
        "Vi traff henne i gangen. Det var fint.",
        "Spoke with the nurse today. Good.",
        "We met Friday in the corridor. Good.",
        "We met grace in the corridor. Good.",
        "Jag träffade honom igår. Bra.",
        "Jag träffade mamma igår. Bra.",
        "Spoke with housing today about it. Fine.",
        "We met twice last week. Fine.",
        "Met criteria for discharge today.",
        "Talked to everyone in the group. Fine.",
        "Vi talte med dem ved indgangen i går.",
        "Trupperna mötte logistiska utmaningar i norr.",
        "On the way out we met ST-läkaren, who lives on the same staircase.",
        "Patienten hade enligt honom pratat med ST-läkaren igår.",
        "Pat träffade bernen i helgen för första gången.",
        "spoke with sicu resident who would like foley flushed",
        "Meeting With Anna About Housing",
    ],
)
def test_words_after_a_verb_of_meeting_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []
