"""Finnish given names that are nouns (Onni, luck; Satu, fairy tale) opening a sentence before
a predicate only a thing takes: a that-clause fused with the negation verb ("Onni oli, ettei
...") and "jäi kesken" (was left unfinished), a noun of thing or matter ("on tärkeä asia"),
and after a noun of weather (Lumi, snow; Myrsky, storm) the weather's strength ("oli märkä
koko aamupäivän") or a verb of its course ("yltyi yön aikana", "puhalsi pohjoisesta"). A
person opening the same verbs is still found. Sentences written for
this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry

from tests.deid_helpers import name_spans

_NOTE = "Kävimme puistossa aamupäivällä ja söimme eväät penkillä. {} Illalla satoi vettä."


def _registered() -> Redactor:
    entries = [
        NameEntry("p0", "Onni Virta", "[P0]"),
        NameEntry("p1", "Satu Laine", "[P1]"),
        NameEntry("p2", "Toivo Heino", "[P2]"),
        NameEntry("p3", "Lumi Rantanen", "[P3]"),
        NameEntry("p4", "Myrsky Salo", "[P4]"),
    ]
    return Redactor(Registry(entries))


def _unregistered() -> Redactor:
    return Redactor(Registry([NameEntry("p", "Anna Berg", "[P]")]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Onni oli, ettei kukaan kaatunut liukkaalla tiellä.",
        "Toivo on, etteivät he luovuta.",
        "Satu jäi kesken, kun puhelin soi.",
        "Satu jäi kesken.",
        "Onni on jäänyt kesken.",
        # A general noun of thing or matter as the predicate noun: no person is an "asia".
        "Toivo on meille kaikille tärkeä asia.",
        "Onni oli lopulta ratkaiseva seikka.",
        "Toivo on hyvä juttu, sanoi opettaja.",
        # A noun of weather with the weather's strength, alone or before a time adverbial.
        "Lumi oli märkä koko aamupäivän.",
        "Myrsky oli raju yöllä.",
        "Myrsky on navakka.",
        "Lumi oli niin sakea, ettei tietä nähnyt.",
        # A noun of weather before a verb of the weather's course: rose, abated, drifted, blew.
        "Myrsky yltyi yön aikana.",
        "Myrsky laantui vasta aamulla.",
        "Lumi tuiversi pihalla.",
        "Lumi pyrytti koko päivän.",
        "Myrsky puhalsi pohjoisesta.",
        "Myrsky puhalsi koko yön.",
    ],
)
def test_the_noun_before_a_thing_predicate_stays(sentence: str) -> None:
    text = _NOTE.format(sentence)
    assert name_spans(_registered(), text) == []
    assert name_spans(_unregistered(), text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Onni oli iloinen, ettei kukaan kaatunut.",
        "Satu jäi kotiin, kun puhelin soi.",
        "Satu jäi kesken matkan pois bussista.",
        "Satu kertoi, että hän tulee huomenna.",
        "Onni tuli myöhässä kouluun.",
        "Toivo oli paikalla koko päivän.",
        "Toivo on meille kaikille tärkeä ihminen.",  # a person's noun
        "Onni oli minun asiani hoitaja.",  # a noun after the possessive: no closing "asia"
        "Lumi oli märkä ja väsynyt lenkin jälkeen.",  # "ja" goes on: no weather predicate
        "Myrsky oli kova tyttö jo pienenä.",  # "kova" with a noun: tough, said of a person
        "Myrsky oli kova tekemään töitä.",  # "kova" with an infinitive: keen, of a person
        "Lumi oli väsynyt koko päivän.",  # an adjective said of people
        "Myrsky yltyi huutamaan naapurille.",  # with an infinitive: what a person goes on to do
        "Lumi puhalsi kynttilät sammuksiin.",  # blowing with an object: a person
        "Lumi puhalsi saippuakuplia pihalla.",
    ],
)
def test_the_person_opening_the_sentence_is_still_found(sentence: str) -> None:
    text = _NOTE.format(sentence)
    assert name_spans(_registered(), text) == [sentence.split()[0]]


def test_a_line_wrapped_after_the_opening_word_reads_on() -> None:
    """A registered word at the end of a line whose sentence goes on below ("Satu\\nluettiin")
    is read with the next line's word, as if a space stood there."""
    wrapped = "Kävimme puistossa aamupäivällä. Satu\njäi kesken, kun puhelin soi. Illalla satoi."
    assert name_spans(_registered(), wrapped) == []
    person = "Kävimme puistossa aamupäivällä. Satu\nkertoi, että hän tulee huomenna."
    assert name_spans(_registered(), person) == ["Satu"]
