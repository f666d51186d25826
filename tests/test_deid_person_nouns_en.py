"""English nouns of people (`person_nouns_en`, WordNet's noun.person) open a person's slot
for a registered name typed in lower case: the apposition after "The treasurer," before the
subject's verb, and the value of a label such as "Plot holder:" or "Helpers:"
(`namecontext.subject_apposition`, `namecontext._after_people_label`). The same words as
ordinary words, and the slots without a noun of people, keep their words."""

from __future__ import annotations

import pytest
from casebook.deid import person_nouns_en
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Tobias Mason", "[M]"),
            NameEntry("p:2", "Prudence Lindgren", "[P]"),
            NameEntry("p:3", "Heidi Baker", "[B]"),
            NameEntry("p:4", "Ember Vik", "[E]"),
            NameEntry("p:5", "Kari Høy", "[H]"),
        ]
    )


def test_person_nouns_by_their_senses() -> None:
    assert person_nouns_en.person_noun("treasurer")
    assert person_nouns_en.person_noun("caretakers")
    assert not person_nouns_en.person_noun("chair")  # a seat more often
    assert not person_nouns_en.person_noun("ember")


def test_nouns_that_may_name_people() -> None:
    assert person_nouns_en.may_be_people("parents")  # one sense of "parent" is people
    assert person_nouns_en.may_be_people("guys")
    assert person_nouns_en.may_be_people("babies")  # "-ies" from "baby"
    assert person_nouns_en.may_be_people("treasurer")
    assert not person_nouns_en.may_be_people("beetles")
    assert not person_nouns_en.may_be_people("bulbs")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The treasurer, mason, keeps the ledger in a drawer.", "mason"),
        ("> The caretaker, baker, locked the gate at six.", "baker"),
        ('She said: "Ask at the shed." The treasurer, mason, keeps the key.', "mason"),
        ("Minutes\nPlot holder: mason\nWe looked at the beds.", "mason"),
        ("Helpers: prudence (chair), Lars Holm (treasurer)\n", "prudence"),
        ("The Treasurer, Baker, keeps the ledger.", "Baker"),
    ],
)
def test_person_slot_names(registry: Registry, text: str, word: str) -> None:
    assert word not in redact(text, registry).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The treasurer, however, keeps the ledger.", "however"),
        ("Her grandfather was a mason in the old town.", "mason"),
        ("The treasurer, a mason by trade, keeps the ledger.", "mason"),
        ("The treasurer's baker delivers bread on Fridays.", "baker"),
        ("The bread, baker, flour and salt were set out.", "baker"),
        ("Tools: mason line, spade\n", "mason"),
    ],
)
def test_ordinary_words_kept(registry: Registry, text: str, word: str) -> None:
    assert word in redact(text, registry).text


# A lower-case registered word with a glued "s" opening a sentence before a noun and a
# singular verb is the owner's genitive (`lowercase_registered.genitive_opening`).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Notes, day two.\n\nmasons garden bench was painted green.", "masons"),
        ("We locked up. bakers bike is still by the gate.", "bakers"),
    ],
)
def test_genitive_opening_names(registry: Registry, text: str, word: str) -> None:
    assert word not in redact(text, registry).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Old trades.\n\nmasons built the wall in a week.", "masons"),
        ("We locked up. bakers that is what they were.", "bakers"),
        ("The masons yard is closed on Sundays.", "masons"),
    ],
)
def test_plurals_kept(registry: Registry, text: str, word: str) -> None:
    assert word in redact(text, registry).text


# A lower-case registered English word that Swedish lacks, right after a Swedish preposition
# of company in a Swedish sentence of an English note, is the person (`names.py`).
def test_english_word_after_swedish_med_names(registry: Registry) -> None:
    text = "We met in the garden at noon.\n> Vi satt med mason på bänken utanför."
    assert "mason" not in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "We met in the garden at noon.\n> Vi fyllde burkar med mason jars och lock.",
        "We met in the garden at noon. She came with baker friends from town.",
        "Bagasjen går i anlegget med høy fart og støt.",
    ],
)
def test_english_word_after_med_kept(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


# A registered word in lower case in brackets after the subject's noun of people, before the
# subject's verb, and the apposition after a list item's bullet (`namecontext.
# subject_bracketed`, `namecontext.subject_apposition`).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The boat caretaker (mason) counted the oars twice.", "mason"),
        ("Handover\n- The treasurer (baker) has the cash box.", "baker"),
        ("Handover\n- The caretaker, baker, keeps the spare keys.", "baker"),
        ("Handover\n• The treasurer, mason, locked the shed.", "mason"),
        ("The boat caretaker (Mason) counted the oars twice.", "Mason"),
    ],
)
def test_bracketed_and_bulleted_subject_names(registry: Registry, text: str, word: str) -> None:
    assert word not in redact(text, registry).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The boat (mason) counted for little.", "mason"),
        ("The caretaker (mason work) fixed the wall.", "mason"),
        ("The caretaker (see below) counted the oars.", "below"),
        ("Handover\n- The bread, baker, and flour were set out.", "baker"),
    ],
)
def test_brackets_that_name_nobody_keep_their_words(
    registry: Registry, text: str, word: str
) -> None:
    assert word in redact(text, registry).text


@pytest.mark.parametrize("word", ["duke", "squire", "lord", "lady", "knight", "mayor", "bishop"])
def test_nouns_of_a_rank_title_or_office(word: str) -> None:
    assert person_nouns_en.rank_noun(word)


@pytest.mark.parametrize("word", ["nurse", "patient", "guest", "driver", "friend", "baby", "dog"])
def test_the_people_of_a_day_are_of_no_rank(word: str) -> None:
    assert not person_nouns_en.rank_noun(word)
