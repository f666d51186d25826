"""A registered name typed in lower case that is a common Norwegian or Danish word, inside a
sentence of those languages: the word unless it stands where a person's name does
(`nordic_lower.common_here`, `nordic_lower.argument_slot`); and a lower-case registered word
closing a noun phrase before "who" is the noun (`person_cues`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Bjørn Haugen", "[B]"),
        NameEntry("p:2", "Ane Kjær", "[A]"),
        NameEntry("p:3", "Helle Vang", "[H]"),
        NameEntry("p:4", "Rune Dalby", "[R]"),
        NameEntry("p:5", "Guy Lambert", "[G]"),
        NameEntry("p:6", "Olav Bakken", "[O]"),
        NameEntry("p:7", "Eva Strøm", "[E]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Vi så spor etter bjørn i skogen i fjor, sa jegeren.",  # after a preposition of things
        "Der var både ulv og bjørn i området den vinter.",  # joined to a bare noun
        "Det er ikke let at ane, hvad hun tænker på.",  # after the infinitive marker
        "Man kunne kun ane lyset bag gardinet i stuen.",  # a modal's verb after an adverb
        "Træet ved skuret var helle, og ingen kunne fanges der.",  # predicative after "var"
        "Vi løb hen til lygtepælen, som var helle i legen.",  # after a relative's copula
        "Stenen bar en gammel rune fra vikingetiden.",  # after an article and an adjective
        "Hun tegnede bogstav, rune og symbol på tavlen.",  # among bare nouns
        "Forvaltningsområdet for bjørn ble utvidet i fjor.",  # "for" after a definite noun
        "Muren ble bygd opp igjen, stein på stein, av frivillige.",  # a set phrase
        # a preposition after an article's noun, though spelt as a verb ("ved", "under")
        "Det gikk en kraftig strøm ved utløpet av elva i fjor.",
        "Vi fant en gammel rune under mosen på steinen.",
        # the way after a preposition of path, a noun in its definite form
        "Sykkelen trillet ned bakken og inn i gjerdet.",
        "Vi gikk sakte oppover bakken mot hytta.",
        "Hun gikk opp bakken til skolen hver morgen.",  # "opp" after "gå": the way up
        # "på" after an adverb of place or a verb of position: the place
        "Oppe på bakken, ved gjerdet, spiste vi niste.",
        "Hytta ligger på bakken bak låven.",
        "Vi satt på bakken og så utover vannet.",
    ],
)
def test_the_common_word_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("I går kom bjørn forbi kontoret.", "I går kom [B] forbi kontoret."),
        ("Vi snakket med bjørn om flyttingen.", "Vi snakket med [B] om flyttingen."),
        ("Det var rune som ringede i morges.", "Det var [R] som ringede i morges."),
        ("ane og jeg gik en tur efter mødet.", "[A] og jeg gik en tur efter mødet."),
        ("Hej ane, tak for sidst.", "Hej [A], tak for sidst."),
        ("Han venter på rune ved stationen.", "Han venter på [R] ved stationen."),
        ("Hvis helle kommer i morgen, ringer jeg.", "Hvis [H] kommer i morgen, ringer jeg."),
        ("Jeg så helle i går på biblioteket.", "Jeg så [H] i går på biblioteket."),
        ("Vi fik en mail fra ane i morges.", "Vi fik en mail fra [A] i morges."),
        ("Mødet blev ledet af helle i går.", "Mødet blev ledet af [H] i går."),  # an agent
        # "opp" is a particle before an object as well: the person called back
        ("Jeg ringte opp bakken i går kveld.", "Jeg ringte opp [O] i går kveld."),
        ("Vi har snakket med bakken om husleia.", "Vi har snakket med [O] om husleia."),
        # "på" after another verb opens its object: the person waited for
        ("Vi venter på bakken ved inngangen.", "Vi venter på [O] ved inngangen."),
        ("Hun tenkte på bakken hele kvelden.", "Hun tenkte på [O] hele kvelden."),
        ("Etter møtet kom strøm inn på kontoret.", "Etter møtet kom [E] inn"),
        ("Det er viktig for bjørn å være med.", "Det er viktig for [B] å være med."),
        ("Ikke bare er rune glad, han er også rask.", "Ikke bare er [R] glad"),
        # a word alone on its line is a chat's contact, no sentence's word
        ("Beskeder\nhelle\n[10:02] Mig: Det går fint nu, tak.", "Beskeder\n[H]\n"),
    ],
)
def test_the_person_is_still_taken(redactor: Redactor, text: str, redacted: str) -> None:
    assert redacted in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "We talked to the guy who fixed the roof last spring.",
        "There was one old guy who sold fish by the harbour.",
    ],
)
def test_a_noun_phrase_before_who_keeps_its_noun(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_person_before_who_is_still_taken(redactor: Redactor) -> None:
    out = redactor.redact("I spoke with guy, who knows the family well.").text
    assert out == "I spoke with [G], who knows the family well."
