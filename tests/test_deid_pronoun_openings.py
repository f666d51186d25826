"""A registered name that is a pronoun or quantifier of its sentence's language ("alla",
everyone) is a subject of its own before a verb: the verb says nothing of a person
(`opening_finites.subject_word`, asked by `names.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.opening_finites import subject_word

REGISTRY = Registry(
    [
        NameEntry("p:1", "Alla Haddad", "[P1]"),
        NameEntry("p:2", "Frank Dahl", "[P2]"),
        NameEntry("p:3", "Dag Eide", "[P3]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def _taken(redactor: Redactor, text: str, word: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return any(s.start <= start < s.end for s in redactor.spans(text))


@pytest.mark.parametrize(
    "text",
    [
        # Swedish "alla" opening a sentence before a verb of saying or doing: everyone.
        "Köpte du den på marknaden? Alla säger att han ser ut precis som sin far.",
        "Jag är trött idag. Alla sa samma sak till mig.",
        "Vi var på klubben. Alla verkar gilla golf.",
        "Mötet gick bra. Alla pratade om det.",
        # In lower case after a conjunction, before the clause's verb.
        "Jag tycker om det jobbet. Jag önskar att alla tyckte om mig.",
    ],
)
def test_a_swedish_quantifier_before_a_verb_stays(redactor: Redactor, text: str) -> None:
    assert not _taken(redactor, text, "lla")


@pytest.mark.parametrize(
    ("text", "nth"),
    [
        # The note names the person in full: the same word before a verb is she.
        ("Samtal med Alla Haddad. Alla sa att hon var trött.", 1),
        # English has no such word: the person.
        ("I met her today. Alla said she was tired.", 0),
        # Norwegian and Danish write "alle": "Alla" is no word of theirs.
        ("Vi snakket lenge om skolen. Alla fortalte om flyttingen hit.", 0),
    ],
)
def test_the_person_is_still_found(redactor: Redactor, text: str, nth: int) -> None:
    assert _taken(redactor, text, "Alla", nth)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Names that are no pronoun keep their reading before a verb of saying or doing.
        ("- Han åt lite.\n- Frank sa att han var mätt.", "Frank"),
        ("Vi pratade länge. Dag berättade om flytten.", "Dag"),
    ],
)
def test_other_names_before_a_verb_are_unchanged(redactor: Redactor, text: str, word: str) -> None:
    assert _taken(redactor, text, word)


def test_subject_word_asks_the_sentences_language() -> None:
    text = "Mötet gick bra. Alla pratade om det."
    at = text.index("Alla")
    assert subject_word(text, text.lower(), at, at + 4)
    text = "Vi snakket lenge om skolen. Alla fortalte om flyttingen hit."
    at = text.index("Alla")
    assert not subject_word(text, text.lower(), at, at + 4)  # Norwegian says "alle"
    text = "Vi var på klubben. Frank pratade om det."
    at = text.index("Frank")
    assert not subject_word(text, text.lower(), at, at + 5)  # no pronoun


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A determiner that takes a noun is no subject alone: before a verb, the person.
        ("Hon träffar honom sällan.\nInga träffade sin son i helgen.", "Inga"),
        # A possessive takes its noun too ("Mina tankar"): before a verb, the person.
        ("Vi pratade länge. Mina sa att hon var trött.", "Mina"),
    ],
)
def test_a_determiner_or_possessive_before_a_verb_is_still_the_person(text: str, word: str) -> None:
    redactor = Redactor(
        Registry([NameEntry("p:1", "Inga Sara", "[P1]"), NameEntry("p:2", "Mina Ek", "[P2]")])
    )
    assert _taken(redactor, text, word)
