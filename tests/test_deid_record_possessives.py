"""A registered name whose form with a genitive "s" is itself an ordinary word ("dags",
"marks", "jacks") is the person before what a care note keeps as a person's own: the
journal, an application, the person's view, the guardian (`casebook.deid.record_possessives`
through `namecontext.owner_possessive`); "det är dags att", "dags för", a lower-case
genitive of a word ("hela livs mål") and an English plural keep their words."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Dag Holm", "[D]"),
            NameEntry("p:2", "Mark Berg", "[M]"),
            NameEntry("p:3", "Jack Lund", "[J]"),
            NameEntry("p:4", "Liv Dahl", "[L]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Noterat i Dags journal igår.", "[D]s journal"),
        ("• Marks ansökan om LSS-boende är skickad.", "[M]s ansökan"),
        ("Jacks bild av läget skiljer sig från patientens.", "[J]s bild"),
        ("Dags gode man har inte betalat hyran.", "[D]s gode man"),
        ("Marks behandling fortsätter enligt plan.", "[M]s behandling"),
    ],
)
def test_a_genitive_before_a_persons_own_is_the_person(
    registry: Registry, text: str, tag: str
) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "Nu är det dags att ringa.",
        "Det är dags för möte.",
        "Dags för lunch.",
        "Hela livs mål var att resa.",
        "He bought two Marks and a pair of jacks.",
    ],
)
def test_the_words_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text
