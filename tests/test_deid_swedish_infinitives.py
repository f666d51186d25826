"""A registered name that is a Swedish verb, typed in lower case where Swedish puts an
infinitive, is the verb (`casebook.deid.swedish_infinitives`); the person stays a name where a
subject or an object stands."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry
from casebook.deid.swedish_infinitives import verbs

REGISTRY = Registry(
    [
        NameEntry("p:1", "Tindra Holm", "[T]"),
        NameEntry("p:2", "Lotta Sjöberg", "[L]"),
    ]
)


def test_the_verbs_come_from_the_spelling_dictionary() -> None:
    assert {"tindra", "lotta", "klara"} <= verbs()
    assert "viola" not in verbs()  # a noun in hunspell-sv


@pytest.mark.parametrize(
    "text",
    [
        # after the infinitive marker
        "Vi tände ljusen på balkongen för att få dem att tindra i mörkret.",
        # after a modal whose subject stands before it
        "Stjärnorna kunde tindra hela natten där ute vid sjön.",
        "Hans glasögon började tindra i solen när han vände sig om.",
        "Jag vill tindra lite grann på festen i kväll, sa hon.",
        # a sentence adverb between the modal and the verb
        "Lamporna får gärna tindra i fönstret till jul.",
        # after a verb of perceiving and its object
        "Vid midnatt såg vi kristallerna tindra under granen.",
        # a verb of the dictionary other than the name asked about
        "Barnen fick lotta om vem som skulle börja spelet.",
    ],
)
def test_a_verb_where_an_infinitive_stands_stays(text: str) -> None:
    assert redact(text, REGISTRY).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised: the person, whatever the slot
        ("Jag såg Tindra i går på stationen.", "Jag såg [T] i går på stationen."),
        ("Sen ska Tindra till tandläkaren.", "Sen ska [T] till tandläkaren."),
        # "att" opening a clause whose subject the word is
        ("Mamma sa att tindra inte kom hem i går.", "Mamma sa att [T] inte kom hem i går."),
        # a fronted adverbial: the subject after the modal
        ("Sen ska tindra åka hem till pappa.", "Sen ska [T] åka hem till pappa."),
        ("I dag fick tindra komma hem tidigare.", "I dag fick [T] komma hem tidigare."),
        # the object of a verb of perceiving
        ("Jag såg tindra i går på stationen.", "Jag såg [T] i går på stationen."),
        # before an adverb, a verb, a comma or a direction: the subject may stand there
        ("Förra veckan kunde tindra dock inte komma.", "Förra veckan kunde [T] dock inte komma."),
        ("Efter lovet började tindra simma igen.", "Efter lovet började [T] simma igen."),
        ("Denna vecka ska tindra till mormor.", "Denna vecka ska [T] till mormor."),
        ("Han sa att tindra, som bor i Umeå, ringde.", "Han sa att [T], som bor i Umeå, ringde."),
        # joined to another subject
        ("Vi ska hämta tindra och lotta efter skolan.", "Vi ska hämta [T] och [L] efter skolan."),
    ],
)
def test_a_person_where_a_subject_or_object_stands_stays_a_name(text: str, expected: str) -> None:
    assert redact(text, REGISTRY).text == expected
