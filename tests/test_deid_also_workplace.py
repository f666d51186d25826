"""A stranger named with the office they come from after an additive adverb that opens the
sentence ("Også Agnar Nystad i kommunen var med", `workplace_names`), and with "i" + a definite
noun or English "in the" as the workplace phrase. Ordinary words and a run after any other
opening word stay as they were."""

from __future__ import annotations

import pytest
from casebook.deid import workplace_names
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


def test_the_adverb_opens_the_sentence_before_the_run() -> None:
    text = "09:20 Også Agnar Nystad i kommunen var med en stund."
    assert workplace_names.named_by_workplace(text, 11, 23)
    text = "Vi var også Agnar Nystad i kommunen var med."
    assert not workplace_names.named_by_workplace(text, 12, 24)  # not opening the sentence
    text = "Kanske Agnar Nystad i kommunen var med."
    assert not workplace_names.named_by_workplace(text, 7, 19)  # no additive adverb
    text = "Også Agnar Nystad i dag var med."
    assert not workplace_names.named_by_workplace(text, 5, 17)  # no definite noun


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:20 Også Agnar Nystad i kommunen var med en stund.", "Agnar Nystad"),
        ("09:20 Også Agnar Nystad på kommunen var med en stund.", "Agnar Nystad"),
        ("Int: Även Agnar Nystad på kommunen ringde.", "Agnar Nystad"),
        ("Agnar Nystad i kommunen var med en stund.", "Agnar Nystad"),
        ("08:24 Also Agnar Nystad in the pharmacy stayed for a bit.", "Agnar Nystad"),
        # mid-sentence, no clause after: not this rule's, the rare-word pair's (`common_halves`)
        ("Vi såg Agnar Nystad i kommunen.", "Agnar Nystad"),
    ],
)
def test_a_stranger_after_also_before_an_office(redactor: Redactor, text: str, name: str) -> None:
    assert _names(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Även Svenska Kyrkan i kommunen var med.",  # ordinary words: no run of names
        "Även Nya Zeeland i kommunen var med.",
        "Also New York in the summer was hot.",
        "Også NAV KONTORET i kommunen var med.",  # capitals
    ],
)
def test_ordinary_openings_after_also_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []
