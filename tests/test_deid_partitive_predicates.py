"""A Finnish noun that is a registered name, opening a sentence before "on"/"oli" and a
predicate in the partitive, is the word; before a nominative predicate it is the person
(`partitive_predicates.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry
from casebook.deid.partitive_predicates import partitive, partitive_predicate

REGISTRY = Registry(
    [
        NameEntry("p:1", "Toivo Salo", "[P1]"),
        NameEntry("p:2", "Ilta Lehto", "[P2]"),
        NameEntry("p:3", "Aina Koski", "[P3]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("tärkeää", True),
        ("huonoa", True),
        ("kaunista", True),
        ("tarpeellista", True),
        ("tärkeä", False),  # a nominative
        ("vapaa", False),  # a nominative in a long vowel, whose partitive is "vapaata"
        ("vasta", False),  # an adverb: no listed stem
        ("kotona", False),
    ],
)
def test_partitive_by_shape(word: str, expected: bool) -> None:
    assert partitive(word) is expected


def test_predicate_after_copula_negation_and_adverb() -> None:
    assert partitive_predicate("toivo on tärkeää", 5)
    assert partitive_predicate("aina ei ole edes helppoa", 4)
    assert partitive_predicate("ilta oli todella pitkää", 4)
    assert partitive_predicate("aina on toki mahdollista", 4)  # a sentence adverb between
    assert partitive_predicate("toivo on kai turhaa", 5)
    assert not partitive_predicate("aina on kai väsynyt", 4)
    assert not partitive_predicate("onni on varmasti samaa mieltä", 4)  # an opinion's holder
    assert not partitive_predicate("onni on samaa mieltä", 4)
    assert not partitive_predicate("toivo on tärkeä", 5)
    assert not partitive_predicate("toivo ei osaa uida", 5)  # no copula: a verb's object
    assert not partitive_predicate("Ilta on kokoa L nykyään", 4)  # a measure and its value
    assert not partitive_predicate("Ilta oli ikää 40 vuotta", 4)


@pytest.mark.parametrize(
    "text",
    [
        "Hän puhui pitkään. Toivo on tärkeää meille kaikille, hän sanoi.",
        "Hän nukkui huonosti. Ilta oli pitkää odottamista osastolla.",
        "Hän väsyi. Aina ei ole edes tarpeellista yrittää kaikkea.",
    ],
)
def test_noun_before_a_partitive_predicate_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Hän puhui pitkään. Toivo on väsynyt ja haluaa kotiin.",
        "Hän nukkui huonosti. Aina ei ole tullut kotiin tänään.",
    ],
)
def test_person_before_a_nominative_predicate_is_taken(redactor: Redactor, text: str) -> None:
    start = text.index(". ") + 2
    word = text[start : text.index(" ", start)]
    assert f". {word} " not in redactor.redact(text).text


# Nobody registered: the lexicon's names that are Finnish words, read the same way.
UNREGISTERED = Registry([NameEntry("p:1", "Opwonya Berg", "[P1]")])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hän nukkui huonosti. Onni oli lyhyttä, hän sanoi.", True),
        ("Hän nukkui huonosti. Toivo on tärkeää meille kaikille.", True),
        ("Hän nukkui huonosti. Onni oli väsynyt ja halusi kotiin.", False),
        ("Hän nukkui huonosti. Toivo on väsynyt ja haluaa kotiin.", False),
    ],
)
def test_name_nobody_registered_before_a_partitive_predicate(text: str, kept: bool) -> None:
    assert (redact_text(text) == text) is kept


def redact_text(text: str) -> str:
    return Redactor(UNREGISTERED).redact(text).text


def _taken_at(redactor: Redactor, text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start <= start < s.end for s in redactor.spans(text))


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # An existential sentence: the partitive noun after its genitive attribute.
        ("Minä olen täällä tänään. Aina on parantamisen varaa.", False),
        ("Työ on raskasta. Aina on ajan hukkaa.", False),
        # A person: a nominative predicate, a place.
        ("Minä olen täällä tänään. Aina on väsynyt tänään.", True),
        ("Minä olen täällä tänään. Aina on äidin luona.", True),
    ],
)
def test_a_genitive_before_the_partitive_predicate(
    redactor: Redactor, text: str, taken: bool
) -> None:
    assert _taken_at(redactor, text, "Aina") is taken
