"""A stranger's unknown name opening a sentence before a Swedish verb of doing
(`casebook.deid.opening_strangers`); definite nouns, plural nouns, an opener before a subject
pronoun, English, Norwegian, Danish, Finnish and German sentences stay."""

from __future__ import annotations

import pytest
from casebook.deid.clause_verbs import finite_verb
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moussa ryckte på axlarna.", "Moussa"),
        ("Vi satt tysta. Ige såg sig omkring och gick.", "Ige"),
        ("Tadesse tittade ut genom fönstret.", "Tadesse"),
        ("14:33 Yliimaz tittade in och hälsade.", "Yliimaz"),
        ("Jag väntade hela veckan. Abebech mailade i måndags.", "Abebech"),  # "maila", borrowed
    ],
)
def test_an_unknown_name_opening_a_sentence_before_a_swedish_verb_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Ömvänd använder jag kläder som personer har på sig.",  # verb second: "jag" the subject
        "Pappanns arbetstider gör att kvällar passar bäst.",  # a plural noun, no verb
        "Kuatorn antecknade delmål.",  # a definite noun, misspelt
        "Bussen kom sent.",
        "Duoderm applied to the sacrum.",  # English: a dressing
        "Somme ser eit paradoks i dette.",  # Nynorsk: a pronoun
        "Særleg gjekk dei ugifte kvinnene i bresjen.",
        "Ansvarleg for medielinja var han.",  # "for": a preposition here
        "Hovietiketti ei sallinut sitä.",  # Finnish is not read
        "Spotify har ändrat priset.",  # "har": a thing as often
        "Teams kraschade igen.",
    ],
)
def test_words_opening_a_sentence_that_are_no_stranger_stay(redactor: Redactor, text: str) -> None:
    assert "[name]" not in redact(text, redactor).text


@pytest.mark.parametrize(
    ("word", "finite"),
    [
        ("ryckte", True),
        ("lyssnar", True),
        ("sätter", True),
        ("bodde", True),
        ("såg", True),
        ("arbetstider", False),  # a plural noun: no "arbetstida" to be its infinitive
        ("möjligheter", False),
        ("applied", False),
        ("for", False),
    ],
)
def test_a_finite_swedish_verb_is_told_by_its_shape_and_infinitive(word: str, finite: bool) -> None:
    assert finite_verb(word) is finite


@pytest.mark.parametrize("verb", ["mailade", "chattade", "googlade"])
def test_an_english_verb_in_the_swedish_past_is_a_finite_verb(verb: str) -> None:
    assert finite_verb(verb)


@pytest.mark.parametrize("word", ["managern", "teamet", "mailades"])
def test_a_borrowed_noun_or_passive_is_no_finite_verb(word: str) -> None:
    assert not finite_verb(word)


@pytest.mark.parametrize(
    "text",
    [
        "Printlist bygger ihop hela listan med rubriken sist.",  # a function
        "Sortnames ordnar listan efter efternamnen.",
        "Openfile öppnar filen och läser första raden.",
    ],
)
def test_an_identifier_of_two_english_words_opening_a_sentence_stays(
    redactor: Redactor, text: str
) -> None:
    assert "[name]" not in redact(text, redactor).text


def test_english_pairs_need_two_long_words_that_are_no_names() -> None:
    from casebook.deid import lexicon, vocab, wordforms

    english, names = vocab.common_words(("en",)), lexicon.all_names()
    assert wordforms.english_pair("printlist", english, names)
    assert not wordforms.english_pair("bayram", english, names)  # "bay" + "ram": too short
    assert not wordforms.english_pair("ashton", english, names)


def test_a_registered_name_opening_a_sentence_before_an_identifier_verb_is_removed() -> None:
    from casebook.deid.registry import NameEntry

    registered = Redactor(Registry([NameEntry("p:1", "Halvard Brink", "[P-1]")]))
    out = redact("Halvard skriver ut hela namnet. Tadesse ordnar listan.", registered).text
    assert "Halvard" not in out and "Tadesse" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Elbolagen höjer priserna igen.",  # firms: the definite plural of "bolag"
        "Kreditkortsföretagen skickar påminnelser.",
        "Kredittsföretaget svarar aldrig i telefon.",  # misspelt, still a firm
    ],
)
def test_a_compound_ending_in_the_firm_or_firms_is_no_person(redactor: Redactor, text: str) -> None:
    assert "[name]" not in redact(text, redactor).text
