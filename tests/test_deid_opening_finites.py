"""A registered given name that is a Swedish, Norwegian, Danish or English word, opening a
sentence before a finite verb, is the person (`opening_finites.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.opening_finites import answer_particle, person

REGISTRY = Registry(
    [
        NameEntry("p:1", "Frank Dahl", "[P1]"),
        NameEntry("p:2", "Dag Eide", "[P2]"),
        NameEntry("p:3", "Mark Price", "[P3]"),
        NameEntry("p:4", "Rose Moss", "[P4]"),
        NameEntry("p:5", "Alla Holm", "[P5]"),
        NameEntry("p:6", "Ask Lund", "[P6]"),
        NameEntry("p:7", "Tove Berg", "[P7]"),
        NameEntry("p:8", "Ole Vik", "[P8]"),
        NameEntry("p:9", "Jo Strand", "[P9]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def _taken(redactor: Redactor, text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start <= start < s.end for s in redactor.spans(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Swedish: a weak past, a strong past, a present whose infinitive the lists hold.
        ("- Han åt lite.\n- Frank strålade när han fick kaffet.", "Frank"),
        ("10:42 Dag drog fram fotografiet ur fickan.", "Dag"),
        ("Samtal på mottagningen. Mark utreder hur han ska söka bostad.", "Mark"),
        # English: an "-ed" past of a listed verb, an irregular past.
        ("• We spoke about the flat.\n• Rose denied this.", "Rose"),
        ("Assessment\nAsk wrote a letter to the housing office.", "Ask"),
        # Norwegian and Danish: a weak past of the lists.
        ("- Han var sliten.\n- Tove ringte til kontoret om morgenen.", "Tove"),
        # A strong past of the grammars' tables.
        ("- Han var redd.\n- Ole løp hjem etter skolen og låste døren.", "Ole"),
        ("Jo ringde i morse om tiden.", "Jo"),
    ],
)
def test_a_finite_verb_after_the_opening_word_makes_it_the_person(
    redactor: Redactor, text: str, word: str
) -> None:
    assert _taken(redactor, text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A quantifier is a subject of its own.
        ("- Vi pratade länge.\n- Alla nickade och gick hem.", "Alla"),
        # A noun before what it governs: no verb follows.
        ("Samtal idag. Mark och skog kring huset är sålda.", "Mark"),
        ("Besök. Ask med papper stod i hallen.", "Ask"),
        # An answer particle before its comma and the clause it answers with.
        ("Frågade om boendet.\n- Jo, hyran är betald nu.", "Jo"),
        ("Spurte om leiligheten. Jo, det stemmer at hun flytter.", "Jo"),
    ],
)
def test_the_word_stays_where_no_finite_verb_says_person(
    redactor: Redactor, text: str, word: str
) -> None:
    assert not _taken(redactor, text, word)


def test_reading_asks_for_a_finite_verb_and_no_pronoun_after_it() -> None:
    text = "Frank strålade."
    assert person(text, text.lower(), 0, 5)
    text = "Mina tankar snubblade."
    assert not person(text, text.lower(), 0, 4)  # a possessive before a plural in "-ar"
    text = "Over charged again."
    assert not person(text, text.lower(), 0, 4)  # a preposition before a participle
    text = "Ask denied it."
    assert person(text, text.lower(), 0, 3)
    text = "Ask is tired."
    assert not person(text, text.lower(), 0, 3)  # a weak verb: `names.py` asks for more
    text = "Dag kom han hem."
    assert not person(text, text.lower(), 0, 3)  # verb second after a fronted word
    text = "Alla nickade."
    assert not person(text, text.lower(), 0, 4)  # a quantifier, a subject of its own


def test_an_answer_particle_needs_its_comma_and_a_clause() -> None:
    assert answer_particle("jo, det stemmer.", 0, 2)
    assert not answer_particle("jo ringde.", 0, 2)
    assert not answer_particle("jo, Per och jag.", 0, 2)  # a list of people
    assert not answer_particle("per, det stemmer.", 0, 3)


@pytest.fixture(scope="module")
def verb_redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:kan", "Kan Öztürk", "[PK]")]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Kan inte komma på torsdag, skriver hon i sms:et.",
        "Kan inte svara på det nu.",
    ],
)
def test_a_verb_before_the_negation_is_no_subject(verb_redactor: Redactor, sentence: str) -> None:
    # "inte" is the negation, no weak past of a verb: the word before it is the finite verb
    note = f"Vi väntade länge på svar.\n{sentence}"
    assert verb_redactor(note) == note


@pytest.mark.parametrize(
    "sentence", ["Kan kom inte på torsdag.", "Kan ringde inte tillbaka.", "Kan sa inget mer."]
)
def test_the_person_before_a_verb_and_the_negation_stays(
    verb_redactor: Redactor, sentence: str
) -> None:
    out = verb_redactor(f"Vi väntade länge på svar.\n{sentence}")
    assert out.split("\n")[1].startswith("[PK] "), out
