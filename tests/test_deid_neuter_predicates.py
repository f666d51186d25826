"""A registered name that is a word, opening a Norwegian or Danish sentence before a copula and
an adjective in its neuter form: the word, a thing's predicate (`neuter_predicates`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.neuter_predicates import neuter_adjective, thing_predicate

REGISTRY = Registry(
    [
        NameEntry("p:1", "Eva Strøm", "[E]"),
        NameEntry("p:2", "Jens Vand", "[J]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Vi har snakket om regningen. Strøm er blevet dyrt, siger hun.",
        "Hun tænder ikke for ovnen. Strøm er dyrt, så hun fryser hellere.",
        "Det hjalp lidt. Strøm var blitt veldig dyrt, og han sparte.",
    ],
)
def test_a_thing_before_a_neuter_predicate_keeps_its_word(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # the bare form agrees with a person
        ("Vi ringede i går. Strøm er blevet syg, siger hun.", "[E] er blevet syg"),
        # a verb's participle in "-t" ("sender", "reiser" beside it)
        ("Vi ringede i går. Strøm er sendt hjem.", "[E] er sendt hjem."),
        ("Vi ringte i går. Strøm er reist.", "[E] er reist."),
        # an adverb in "-t" before the word it grades
        ("Vi ringte i går. Strøm ble godt mottatt.", "[E] ble godt mottatt."),
    ],
)
def test_a_person_before_a_copula_is_still_taken(
    redactor: Redactor, text: str, redacted: str
) -> None:
    assert redacted in redactor.redact(text).text


def test_the_neuter_form_is_read_from_the_lists() -> None:
    assert neuter_adjective("dyrt")
    assert not neuter_adjective("dyr")
    assert not neuter_adjective("sendt")  # "sender": a verb
    assert thing_predicate("strøm er blevet dyrt, så", len("strøm"))
    assert not thing_predicate("strøm er blevet dyrt mottatt", len("strøm"))
    assert not thing_predicate("strøm kom i går", len("strøm"))
