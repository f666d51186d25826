"""Lines of a note's layout that only a person fills (`deid/layout_slots.py`): the items one a
line under a label of people, the other party's line above a chat thread's first turn, a
speaker's label in a transcript, and what a name found there in part leaves.

Our own names and sentences, in the shapes validation V's misses had; the second half holds
what must stay: headings, pronouns, field labels and sentences in the same places.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, layout_slots

REGISTRY = Registry(
    [
        NameEntry("p:1", "Gustav Lind", "[patient P-1]"),
        NameEntry("p:2", "Helga Brun", "[patient P-2]"),
        NameEntry("p:3", "Mia Rask", "[patient P-3]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a one-per-line block: a lower-case word, a misspelling, a stranger
            "Minutes 12\nPresent:\nOrvel Tamsin\nkestrup\nBrolvo\nApologies: Helga Brun\n"
            "1. Item: the budget.",
            "Minutes 12\nPresent:\n[name]\n[name]\n[name]\nApologies: [patient P-2]\n"
            "1. Item: the budget.",
        ),
        (  # a registered name misspelt there is that person's
            "Minutes 13\nPresent:\nOrvel Tamsin\nBroln\n- We met.",
            "Minutes 13\nPresent:\n[name]\n[patient P-2]\n- We met.",
        ),
        (  # a registered family name with a stranger's given name before it
            "Referat 3\nTil stede:\nOdvin Brun\nveslemøy tarn\n- Vi snakket om budsjettet.",
            "Referat 3\nTil stede:\n[name] [patient P-2]\n[name]\n- Vi snakket om budsjettet.",
        ),
        (  # Finnish and Swedish labels
            "Muistio 4\nLäsnä:\nTuure Kalmari\nOlvo\n1. Asia: talous.",
            "Muistio 4\nLäsnä:\n[name]\n[name]\n1. Asia: talous.",
        ),
        (
            "Protokoll 5\nNärvarande:\nSirkka Vendel\nGrus Amberg\nstenlund\n- Vi gick igenom.",
            "Protokoll 5\nNärvarande:\n[name]\n[name]\n[name]\n- Vi gick igenom.",
        ),
        (  # the other party of a text-message thread
            "Sms 41\nolvar\n[09:12] Jag: Vi ses i morgon.\n[09:15] Jag: Ta med pappren.",
            "Sms 41\n[name]\n[09:12] Jag: Vi ses i morgon.\n[09:15] Jag: Ta med pappren.",
        ),
        (
            "Chat 7\ntorbjørn lunde\n[20:01] Meg: Vi må snakke om møtet i morgen.",
            "Chat 7\n[name]\n[20:01] Meg: Vi må snakke om møtet i morgen.",
        ),
        (  # a speaker's label in a transcript whose other turns are an interview's parties
            "Interview 9\nbrindle: I never thought it would take so long.\n"
            "Researcher: What happened next?",
            "Interview 9\n[name]: I never thought it would take so long.\n"
            "Researcher: What happened next?",
        ),
        (  # ... or pronouns
            "Samtal 2\nosvald kärn: Jag trodde aldrig att det skulle gå.\nJag: Hur gick det sen?",
            "Samtal 2\n[name]: Jag trodde aldrig att det skulle gå.\nJag: Hur gick det sen?",
        ),
        (  # ... the same after a chat's clock time: the other party's label
            "Meldinger 3\n[10:02] Meg: Har du fått brevet fra kontoret?\n"
            "[10:05] Tamsiro: Ja, jeg fikk det i går kveld.",
            "Meldinger 3\n[10:02] Meg: Har du fått brevet fra kontoret?\n"
            "[10:05] [name]: Ja, jeg fikk det i går kveld.",
        ),
        (  # ... or with the time in brackets between the label and its colon
            "Meldinger 4\nJeg (10:02): Har du fått brevet fra kontoret?\n"
            "Tamsiro (10:05): Ja, jeg fikk det i går kveld.",
            "Meldinger 4\nJeg (10:02): Har du fått brevet fra kontoret?\n"
            "[name] (10:05): Ja, jeg fikk det i går kveld.",
        ),
    ],
)
def test_person_slots_of_the_layout(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


def test_a_registered_word_in_the_slot_is_the_person(redactor: Redactor) -> None:
    text = "Minutes 2\nPresent:\nlind\nOrvel Tamsin\n- We met at noon."
    assert (
        redactor.redact(text).text
        == "Minutes 2\nPresent:\n[patient P-1]\n[name]\n- We met at noon."
    )


@pytest.mark.parametrize(
    "text",
    [
        # the block ends at a sentence, a bullet, a numbered item or another label
        "Minutes 3\nPresent:\nthe whole team came in late today\n1. Item: budget.",
        # headings, roles, pronouns, quantifiers, acronyms: plainly something else
        "Minutes 4\nPresent:\nAll staff\nInterpreter\nNAV\n- We met.",
        "Referat 5\nTil stede:\nalle\nSak\n- Vi møttes.",
        "Minutes 6\nPresent:\nAgenda\n1. Item: budget.",
        # a heading above a thread with no name line, and the sender's pronoun
        "Sms 8\nJag\n[09:12] Jag: Vi ses i morgon.",
        "Messages 9\nHello\n[09:12] Me: See you tomorrow.",
        # a field's value is no speech; a label with no party's turns in the note is a field
        "Interview 10\nKestrup: 12 seats were booked for the group\nResearcher: Hello there.",
        "Plan 11\nBackground: the family moved here last spring and settled well.",
        "Interview 12\nQuestion: What did you do then?\nResearcher: We went home early.",
        # a timed turn whose label is a word of the language, a role or a relation
        "Sms 13\n[09:12] Jag: Kommer du i morgon bitti?\n[09:15] Mamma: Ja, vi ses då.",
        "Chat 14\n[09:12] Me: Is the form ready yet?\n[09:15] Support: We are still on it.",
    ],
)
def test_what_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


def test_a_registered_words_ending_beside_it_is_covered(redactor: Redactor) -> None:
    text = "Referat 6\nTil stede:\nOdvin Bruns\n- Vi møttes."
    # the genitive's "s" left after the registered name would tell its ending
    assert (
        redactor.redact(text).text
        == "Referat 6\nTil stede:\n[name] [patient P-2][name]\n- Vi møttes."
    )
    assert layout_slots.in_slot(text, text.index("Odvin"), text.index("Odvin") + 5)


def test_in_slot_only_inside_an_item() -> None:
    text = "Minutes 2\nPresent:\nlind\n- We met lind at noon."
    assert layout_slots.in_slot(text, text.index("lind"), text.index("lind") + 4)
    assert not layout_slots.in_slot(text, text.rindex("lind"), text.rindex("lind") + 4)
