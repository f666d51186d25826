"""A participant's turn after a label of people (`speaker_turns.turn_follows`,
`speaker_turns.list_end`): interview transcripts label the turn "Deltagare:", "Deltakere:",
"Participants:" as minutes label who was there, and what follows such a label is told a
list or a clause by its shape. The words of a clause are no people; the lists of who was
present keep their people, lower case, capitals, roles in brackets and all."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, speaker_turns
from casebook.deid.registry import NameEntry

from tests.deid_helpers import name_spans as _names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        # Swedish: a pronoun subject, a finite verb, a verb of being, a question
        "Deltagare: han klängde vid bärgjättens sidor",
        "Deltagare: alla skrattade och tjoade",
        "Deltagare: det är skuldkänslans mysterium",
        "Deltagare: Känner du kraften ur urbergen under oss?",
        "Kontaktperson: hon ringde från kelverton igår",
        # Norwegian
        "Deltakere: skrovelia og bjørkelia var bratte",
        "Deltakere: skrovelia, sa ho, var bratt",
        # Danish
        "Deltagere: Mosebrinken, sagde hun, var smuk",
        # English
        "Present: we met at kelverton",
        "Attendees: they walked to kelverton",
        "Contact: kelverton was closed all week",
    ],
)
def test_a_turn_after_a_label_of_people_holds_no_people(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Deltagare: anna, bo och kalle", ["anna", "bo", "kalle"]),
        ("Närvarande: Sara L, tolk (Ahmed)", ["Sara", "Ahmed"]),
        (
            "Närvarande: annie stendahl, nadežda, altaf (tolk)",
            ["annie stendahl", "nadežda", "altaf"],
        ),
        ("Deltakere: knutsen, tobias wuoleth og saag", ["knutsen", "tobias wuoleth", "saag"]),
        ("Present: eloise, tadhg hickey and saag.", ["eloise", "saag"]),
        ("Present: the patient, her mother and eloise.", ["eloise"]),
        # a role in brackets ends the list when a sentence follows with no stop between
        ("Til stede: Scivally, Saffi Sankowski (tolk) De er ikke venlige .", ["Scivally"]),
    ],
)
def test_a_list_after_a_label_keeps_its_people(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    found = _names(redactor, text)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Interviewer: Berzan There are a lot of things to get through.", "Berzan"),
        ("Deltagare: Zyrnak kom sent till mötet, sa hon.", "Zyrnak"),
        ("Skriv till: Semhar, Storgatan 9, 12345 Kista Sambon hade skrivit.", "Semhar"),
    ],
)
def test_a_name_opening_a_turn_stays_a_name(redactor: Redactor, text: str, name: str) -> None:
    """A first word that is nothing but a name is the turn's subject or the one spoken to."""
    assert name in _names(redactor, text)


def test_the_words_after_a_list_that_a_role_closes_are_no_people(redactor: Redactor) -> None:
    text = "Närvarande: Szwajkowski, Will (tolk) hon gick sedan hem till skrovelsidan."
    assert "skrovelsidan" not in _names(redactor, text)


@pytest.mark.parametrize(
    "value",
    [
        "han klängde vid bärgjättens sidor",
        "ho kom inn",
        "hun gik hjem",
        "we went home",
        "det undanber jag mig.",
        "alla surrade och stimmade.",
        "visst är det kavaljererna.",
        "känner du kraften?",
        "mor och dotter såg sig granskande omkring",
        # a verb and its object: an article, a possessive or a demonstrative after it
        "välj en annan mapp",
        "skriv ditt lösenord igen",
        "slett denne filen",
        "type your password again",
    ],
)
def test_a_clause_is_a_turn(value: str) -> None:
    assert speaker_turns.turn_follows("deltagare: " + value, len("deltagare:"))


@pytest.mark.parametrize(
    "value",
    [
        "anna, bo och kalle",
        "sara l, tolk (ahmed)",
        "jag, anna och bo",
        "anna and i",
        "anna de souza, bo du toit",
        "peter lager, gunnar, ester och ingrid",
        "the patient, her mother and eloise.",
        "a. berg, b. lind",
        "anna (tolk), bo (förälder); kalle",
        "alla",
        "per min bror, anna och tolken",
        "kalle, en tolk och min syster",
    ],
)
def test_a_list_is_no_turn(value: str) -> None:
    assert not speaker_turns.turn_follows("närvarande: " + value, len("närvarande:"))


def test_a_list_whose_last_item_runs_into_a_sentence_keeps_that_item(
    redactor: Redactor,
) -> None:
    registry = Registry([NameEntry("p1", "Per Holm", "[P1]")])
    text = "Attendees: Darwish; Farhad Najafi; Per The patient will bring the papers."
    assert "Attendees: [name]; [name]; [P1] The patient" in Redactor(registry).redact(text).text
    low = text.lower()
    assert speaker_turns.list_end(low, len("attendees:")) == low.index(" the patient")


def test_a_stranger_in_lower_case_after_a_verb_and_its_object_is_no_person(
    redactor: Redactor,
) -> None:
    text = "Deltagare: Välj en lokal kalkylfil."
    assert redactor.redact(text).text == text


def test_a_list_ends_at_a_role_that_no_separator_follows() -> None:
    low = "närvarande: szwajkowski, will (tolk) hon gick hem."
    assert speaker_turns.list_end(low, len("närvarande:")) == low.index(" hon")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role noun of Danish, Norwegian or Finnish as a field's label: its value is the
        # person in that role, a given name that is also a word included ("frans", fringe)
        ("[10.02] Sagsbehandler: Frans Nikolaisen\n[10.30] Mødet slutter.", "Frans Nikolaisen"),
        ("Saksbehandler: Frans Nikolaisen\nNeste møte i mai.", "Frans Nikolaisen"),
    ],
)
def test_a_neighbour_role_label_gives_its_person(redactor: Redactor, text: str, name: str) -> None:
    assert " ".join(_names(redactor, text)) == name


def test_an_interview_party_s_label_opens_speech(redactor: Redactor) -> None:
    # The interviewer's and the participant's labels open turns: "Anna" there is the Finnish
    # imperative (give), not a person.
    text = "Tutkija: Anna vähintään yksi nimi.\nOsallistuja: Anna kelvollinen osoite."
    assert _names(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # an English agent noun in "-ator" labels a moderator's turn: a role, no person
        "Group session 3\nFacilitator: What made you join the board?\nBo: The rent.",
        "Coordinator: Shall we start with the heating?",
        "Moderators: two volunteers from the board.",
    ],
)
def test_an_agent_noun_label_is_no_person(redactor: Redactor, text: str) -> None:
    assert not any("ator" in name for name in _names(redactor, text))


def test_a_name_in_the_label_slot_after_a_moderator_is_still_removed() -> None:
    registered = Redactor(Registry([NameEntry("p:1", "Halvard Brink", "[P-1]")]))
    text = "Facilitator: What made you join?\nHalvard: The rent.\nZlatkor: Me too."
    assert _names(registered, text) == ["Halvard", "Zlatkor"]


def test_agent_nouns_in_ator_are_made_from_frequent_verbs_only() -> None:
    from casebook.deid import vocab, wordforms

    english = vocab.common_words(("en",))
    assert wordforms.agent_of_verb("facilitator", english)
    assert wordforms.agent_of_verb("moderators", english)
    assert not wordforms.agent_of_verb("castor", english)
    assert not wordforms.agent_of_verb("amator", english)
