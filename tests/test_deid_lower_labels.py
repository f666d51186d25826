"""A registered name that is an ordinary word, typed in lower case as the speaker of a timed
line or as the minute-taker, is the person (`casebook.deid.lower_labels`, asked by
`lowercase_registered`); the word elsewhere on such lines, a field with a number after it
and a label of no person keep their words."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "May Ek", "[M]"),
            NameEntry("p:2", "Grace Obi", "[G]"),
            NameEntry("p:3", "Lotta Berg", "[L]"),
            NameEntry("p:4", "Dag Holm", "[D]"),
            NameEntry("p:5", "Rose Lind", "[R]"),
            NameEntry("p:6", "Lilja Ek", "[LE]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("[17:59] may: her mother laughed about food.", "[M]:"),
        ("14:57 grace: gruppen föreslog en plan.", "[G]:"),
        ("sms 22:15: may: den anhöriga beskrev framsteg.", "[M]:"),
        ("Nästa möte: 16 februari kl 8\nVid protokollet: lotta", "protokollet: [L]"),
        ("nästa möte: 261026 14:00\nvid protokollet: dag", "protokollet: [D]"),
        # between a role noun's label and a colon: who spoke in that role
        ("Haastattelija: lilja: Kerro vähän itsestäsi.", "Haastattelija: [LE]:"),
        ("Interviewer: grace: so where did you grow up?", "Interviewer: [G]:"),
        # the line under a turn that asks: who answered
        ("Group session\nLead: Who locked the bike room?\nrose: Me, last night.", "\n[R]: Me"),
        ("Notes\nA: Did anyone call the landlord?\ndag: Not yet, sorry.", "\n[D]: Not"),
    ],
)
def test_a_speaker_or_minute_taker_is_the_person(registry: Registry, text: str, tag: str) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "14:57 the rose: a flower in bloom.",
        "14:57 rose: 3 i vasen.",
        "Vid protokollet: ingen",
        "Hon kommer i may: kanske.",
        "Vi ses nästa dag: fredag.",
        "Vid protokollet: rose var fin i trädgården",
        "Subject: rose: the flower of the month",  # no role's label
        "Tolk: rose är en blomma.",  # no colon after the word
        "Lead: Which flower won?\nrose: 3 votes, then tulip.",  # a figure after the colon
        "Lead: The garden looks fine.\nrose: the bush by the gate is new.",  # no question above
    ],
)
def test_the_words_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


_WORD_NAMES = Registry(
    [
        NameEntry("p:1", "Gordon Stamp", "[S]"),
        NameEntry("p:2", "Duncan Button", "[B]"),
        NameEntry("p:3", "Kirsty Shields", "[K]"),
        NameEntry("p:4", "Rhona Rider", "[R]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Helpdesk call note\n\nstamp: His flatmate was proud of the new phone.\nMore later.",
            "Helpdesk call note\n\n[S]: His flatmate was proud of the new phone.\nMore later.",
        ),
        (
            "Call\n\nbutton: He and I backed up the camera.",
            "Call\n\n[B]: He and I backed up the camera.",
        ),
        (
            "Call\n\nshields: The resident found the wifi again.",
            "Call\n\n[K]: The resident found the wifi again.",
        ),
        (
            "Visit\nrider: We sorted out the router today.",
            "Visit\n[R]: We sorted out the router today.",
        ),
    ],
)
def test_a_word_name_opening_a_line_before_a_persons_speech_is_the_speaker(
    text: str, expected: str
) -> None:
    assert redact(text, _WORD_NAMES).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Post\n\nstamp: two needed for the letter to Oslo.",  # a field's value in lower case
        "Remote\n\nbutton: press twice to reset the box.",
        "Remote\n\nbutton: Press twice to reset the box.",  # no subject: an instruction
        "Remote\n\nbutton: The one on the left resets the box.",  # no person the subject
        "Note: button on the left of the router.",  # not at the line's start
        "Post\n\nthe stamp: His flatmate was proud of it.",  # not alone on its line
        "Post\n\nstamp: He did.",  # too short for a turn
    ],
)
def test_a_field_with_its_value_keeps_its_word(text: str) -> None:
    assert redact(text, _WORD_NAMES).text == text


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Club chat\n\nrose: kommer senare\nSaunavært: I am on my way down.", "[R]:"),
        ("Club chat\n\nMinä: tulen mukaan\ndag: on my way to the jetty", "[D]:"),
    ],
)
def test_a_lower_case_speaker_beside_a_role_or_the_writers_turn_is_the_person(
    registry: Registry, text: str, tag: str
) -> None:
    assert tag in redact(text, registry).text


@pytest.mark.parametrize(
    "text",
    [
        "Form\n\nKontaktperson: Grace Obi\nrose: in the garden by the shed",
        "Notes\n\nrose: in the garden by the shed\ndag: Monday",
        "Club chat\n\nSaunavært: I am on my way.\nrose: 3 in the vase",
    ],
)
def test_a_lower_case_word_beside_a_field_or_no_turn_stays(registry: Registry, text: str) -> None:
    assert "rose:" in redact(text, registry).text


_OWNED = Registry([NameEntry("p:1", "Vidar Kettle", "[V]"), NameEntry("p:2", "Eva Cutter", "[E]")])


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Repair ticket\n\nEier: kettle\nThe lamp works.", "Eier: [V]\n"),
        ("Reparationslapp\n\nÄgare: cutter\nLampan fungerar.", "Ägare: [E]\n"),
        ("Ticket\n\n- Omistaja: cutter.\nDone.", "Omistaja: [E]."),
    ],
)
def test_the_owner_on_a_ticket_is_the_person(text: str, tag: str) -> None:
    assert tag in redact(text, _OWNED).text


@pytest.mark.parametrize(
    "text",
    [
        "Ticket\n\nEier: kettle and cups\nDone.",  # no value alone
        "Ticket\n\nThe old kettle: cracked\nDone.",  # no owner's label
        "Ticket\n\nEier: Vidar\nOwner said the kettle leaks.",
    ],
)
def test_words_beside_an_owners_label_stay(text: str) -> None:
    assert "kettle" in redact(text, _OWNED).text
