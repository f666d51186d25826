"""Inflected words of Norwegian, Danish and Finnish that their word lists lack stay in a
release (`neighbour_forms.py`, read by `note_language.py`; found on `bench/real_sentences`'
Nynorsk, Bokmål, Danish and Finnish text, where words like these were removed). Every
sentence here was written for this test.

- A lower-case past tense, present or participle of the sentence's language after "ho" or
  "med" is no stranger's name ("ho klaga", "med jamne mellomrom").
- Nynorsk "ho" (she) is no house officer in a Norwegian sentence; in an English note it is.
- A pair after "med" whose second word is an ordinary word of the language is no name.
- An inflected word opening a sentence before a name is no part of the name ("Kiistämättä
  Hurskainen", "Rensdyret Rudolf"): the name alone is removed.
- Spoken Finnish typed as said ("Mä aattelin et ...", `data/spoken_fi.txt`) is Finnish.
- A name inflected, or a family name built of words ("Haugen", "Solberg", "Mikolle"), is
  no inflected word; nor is a Finnish weak grade whose strong grade is a name ("Virran",
  Virta's), while one whose strong grade is a listed word is ("kyydeistä" of "kyyti").
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, neighbour_forms

from tests.deid_helpers import removed

REGISTRY = Registry([NameEntry("p:1", "Even Lindqvist", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ho spytta på golvet og gjekk ut av rommet utan å seie noko.", []),
        ("Etter møtet sa ho at ho hevdar det same som før.", []),
        ("Vi har snakka om det med jamne mellomrom heile hausten.", []),
        ("Det er viktig å jobbe med reproduktiv helse i kommunen.", []),
        ("Kiistämättä Hurskainen on nyt päivän henkilö, ja kaikki puhuvat.", ["Hurskainen"]),
        ("Rensdyret Rudolf er det mest kendte af dem, og børnene elsker det.", ["Rudolf"]),
        ("Eilen oli kiire. Mä aattelin et mä voisin tulla huomenna uudestaan.", []),
        ("Vi hadde møte i dag.\nMor (10:02): Arresteringen skjedde uten at noen ble skadet.", []),
        ("Vi hadde møte i dag.\nMor (10:02): Dekorøren kom ikke som avtalt.", []),
        ("Vi hadde møte i dag.\nMor (10:02): Helsing kom ikke som avtalt.", ["Helsing"]),
    ],
)
def test_inflected_words_of_the_sentence_language_stay(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("HO Falco notified of the change.", ["Falco"]),
        ("pt seen, ho wyman aware", ["wyman"]),
        ("Jeg snakket med niklas lindbäck i går om saken.", ["niklas lindbäck"]),
    ],
)
def test_names_after_the_same_words_are_still_found(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("word", "lang", "form"),
    [
        ("spytta", "nb", True),
        ("hevdar", "nb", True),
        ("rensdyret", "da", True),
        ("kiistämättä", "fi", True),
        ("teemallisesti", "fi", True),
        ("haugen", "nb", False),
        ("solberg", "nb", False),
        ("nordbakken", "nb", False),
        ("mikolle", "fi", False),
        ("virtaselle", "fi", False),
        # Consonant gradation undone: the weak grade before an ending, the strong one listed.
        ("kyydeistä", "fi", True),  # kyyti (a ride), elative plural
        ("koulukyydeistä", "fi", True),  # a compound of it
        ("pennut", "fi", True),  # pentu (a pup), plural
        ("virran", "fi", False),  # Virta's: a name's strong grade is no word's
        ("aallon", "fi", False),  # Aalto's
        ("keida", "fi", False),  # no weak grade of "keitä": back and front vowels disagree
        ("aldi", "fi", False),  # "ld" is no weak grade of "lt" ("ll" is)
        ("spytta", "sv", False),
        # The "-se-", "-s-" and "-si-" stems of a listed word in "-nen" (nainen, ihminen).
        ("naiset", "fi", True),
        ("muukalaisia", "fi", True),
        ("muukalaisten", "fi", True),
        ("virtaset", "fi", False),  # the Virtanens: a family name's stem is no word's
        ("hämäläiset", "fi", False),  # a word, but a family name of the lexicon too
        # The passive temporal of a listed verb ("annettu"): when given, though "Annetta"
        # is a name.
        ("annettaessa", "fi", True),
        ("kurttaessa", "fi", False),  # no listed participle "kurttu"
        # A noun of a listed verb's action ("-ing") or agent ("-ør" of a verb in "-ere").
        ("arresteringen", "nb", True),
        ("dekorøren", "nb", True),
        ("helsing", "nb", False),  # "helse" + "-ing", but a family name of the lexicon
    ],
)
def test_is_form(word: str, lang: str, form: bool) -> None:
    assert neighbour_forms.is_form(word, lang) is form


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tapasin Virtasen pihalla.", ["Virtasen"]),
        ("Pyysimme Sadulta apua.", ["Sadulta"]),
        ("Soitimme Korhoselle illalla.", ["Korhoselle"]),
        ("Kysyin Laaksoselta neuvoa.", ["Laaksoselta"]),
        ("Haastattelimme Heikkistä kotona.", ["Heikkistä"]),
        ("Kävimme Lehtosella kylässä.", ["Lehtosella"]),
        ("Matti Virtanen soitti.", ["Matti Virtanen"]),
        ("Matti Virtanen soitti illalla.", ["Matti Virtanen"]),
    ],
)
def test_a_finnish_verb_opening_a_short_sentence_stays(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    """A short Finnish sentence, whose few lower-case words alone do not say its language,
    keeps the verb that opens it before a stranger's name; a name pair opening it goes whole."""
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("tapasin", True),
        ("pyysimme", True),
        ("haastattelimme", True),
        ("tavattiin", True),
        ("matti", False),
        ("mikolle", False),
        ("virtasen", False),
        ("pihalla", False),
    ],
)
def test_is_finnish_verb_form(word: str, form: bool) -> None:
    assert neighbour_forms.is_finnish_verb_form(word) is form


@pytest.mark.parametrize(
    "text",
    [
        "Hän kertoi eilen paljon.\nMuukalaisia, emme halua tänne.",
        "Hän kertoi eilen paljon.\nAnnettaessa lääkettä on seurattava vointia.",
    ],
)
def test_finnish_forms_opening_a_line_stay(text: str) -> None:
    near = Registry([NameEntry("p:1", "Annette Lund", "[P1]")])  # "Annettaessa" is near
    assert removed(Redactor(near), text) == []
