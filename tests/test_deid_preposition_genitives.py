"""A name's final "s" before a preposition belongs to the name: a genitive stands before its
head noun, never before a preposition (`closed_words.preposition`, `data/prepositions.tsv`
from UD treebanks). Nordic family names end in "-ås", "-hus", "-vis": "Alwa Rosås på
kommunen" is Rosås, not Roså's. A genitive before its noun keeps its "s" outside the span,
for strangers and registered names alike."""

from __future__ import annotations

import pytest
from casebook.deid import closed_words
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


def _spans(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.tag) for s in redactor.spans(text) if s.kind == "name"]


def test_the_prepositions_are_the_closed_class() -> None:
    for word in ("på", "i", "hos", "vid", "ved", "frå", "fra", "af", "at", "from", "with"):
        assert closed_words.preposition(word)
    for word in ("bil", "mamma", "said", "och", "var", "lägenhet", "om"):
        assert not closed_words.preposition(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Int: Mødet blev ledet af Hansine Åsås på kommunen.", "Hansine Åsås"),
        ("Int: Enligt Alwa Rosås på kommunen är det fullt.", "Alwa Rosås"),
        ("Også Solfrid Langås på NAV-kontoret var med en stund.", "Solfrid Langås"),
        ("Vi pratade med Alwa Rosås i kommunen igår.", "Alwa Rosås"),
        ("We met Alwa Rosås at the pharmacy.", "Alwa Rosås"),
    ],
)
def test_a_strangers_s_before_a_preposition_is_the_name(text: str, name: str) -> None:
    assert _spans(Redactor(Registry([])), text) == [(name, "[name]")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Enligt Alwa Rosås bil är det fullt.", "Alwa Roså"),
        ("Vi såg Bertils mamma i går.", "Bertil"),
        ("Vi tok Karins bil i går.", "Karin"),
    ],
)
def test_a_genitive_before_its_noun_keeps_its_s_outside(text: str, name: str) -> None:
    assert _spans(Redactor(Registry([])), text) == [(name, "[name]")]


def test_registered_names_before_a_preposition_and_a_noun() -> None:
    langas = Redactor(Registry([NameEntry("p1", "Solfrid Langås", "[P1]", ())]))
    text = "Også Langås på NAV-kontoret var med en stund."
    assert _spans(langas, text) == [("Langås", "[P1]")]
    langa = Redactor(Registry([NameEntry("p2", "Alwa Langå", "[P2]", ())]))
    assert _spans(langa, "Vi tok Langås bil i dag.") == [("Langå", "[P2]")]
