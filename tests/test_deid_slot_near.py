"""A registered name typed with a slip in a slot only a person fills (an e-mail's sender, a
form's name field, a text message's speaker, a list item with a role in brackets) is that
person even where the slip is a dictionary word (`slot_near.py`); a word in the same slot that
is no slip of a registered name stays, and so does the same word in running text. In running
text a capitalised word with no vowel, or a registered name of three letters with a letter
doubled, is that person (`nearmiss.NearMisses.short_slip`), and a slip of a registered name
that ends in "s" keeps its "s" before a verb."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Berit Holm", "[BERIT]"),
            NameEntry("p:2", "Oskar Lind", "[OSKAR]"),
            NameEntry("p:3", "Tove Ulv", "[TOVE]"),
            NameEntry("p:4", "Rut Bjerk", "[RUT]"),
            NameEntry("p:5", "Dennis Ros", "[DENNIS]"),
            NameEntry("p:6", "Petra Vass", "[PETRA]"),
            NameEntry("p:7", "Hugo Malm", "[HUGO]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vidarebefordrat mejl\nFrån: Hom\nÄmne: Tider",
            "Vidarebefordrat mejl\nFrån: [BERIT]\nÄmne: Tider",
        ),
        (
            "Forwarded\nFrom: Lid <ol@example.org>\nSubject: Dates",
            "Forwarded\nFrom: [OSKAR] <[email]>\nSubject: Dates",
        ),
        ("Blankett\nNamn: Ulvv\nKommun: Ort", "Blankett\nNamn: [TOVE]\nKommun: Ort"),
        ("Form\nName: Rt\n\nNotes: fine", "Form\nName: [RUT]\n\nNotes: fine"),
        (
            "Sms, kopierat\nRso (09:12): Kommer du?\nJag (09:14): Ja.",
            "Sms, kopierat\n[DENNIS] (09:12): Kommer du?\nJag (09:14): Ja.",
        ),
        (
            "Deltog: Tove Ulv, Bjrk (granne)\n\nInt: Hej.",
            "Deltog: [TOVE], [RUT] (granne)\n\nInt: Hej.",
        ),
    ],
)
def test_a_slip_in_a_persons_slot_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    result = redact(text, registry)
    assert result.text == expected
    assert "near" in [s.via for s in result.spans]  # listed for the study lead's review


@pytest.mark.parametrize(
    "text",
    [
        "Vidarebefordrat mejl\nFrån: Kansliet\nÄmne: Tider",  # no slip of any registered name
        "Blankett\nNamn: Mamma\nKommun: Ort",  # a relation
        "Sms, kopierat\nJag (09:12): Kommer du?",  # the writer's pronoun
        "Form\nName: Fill in later\n\nNotes: fine",  # more than one word
        "Jag kom hem. Sedan åt vi lid med grädde.",  # running text: the word
    ],
)
def test_a_slot_word_no_slip_of_a_name_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_the_registered_name_in_the_slot_is_still_removed(registry: Registry) -> None:
    assert redact("Forwarded\nFrom: Holm\nSubject: Dates", registry).text == (
        "Forwarded\nFrom: [BERIT]\nSubject: Dates"
    )
    assert (
        redact("Sms\nRos (09:12): Kommer du?", registry).text == "Sms\n[DENNIS] (09:12): Kommer du?"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vi har inte hört av Tv sedan dess, men Ulvv ringde.",
            "Vi har inte hört av Tv sedan dess, men [TOVE] ringde.",
        ),
        (
            "We talked for a while about Hlm and his work.",
            "We talked for a while about [BERIT] and his work.",
        ),
        ("Hon nämnde Rtt flera gånger.", "Hon nämnde [RUT] flera gånger."),
        (
            "Vi kom överens om att Vsss skickar papperen.",
            "Vi kom överens om att [PETRA] skickar papperen.",
        ),
    ],
)
def test_short_slips_in_running_text(registry: Registry, text: str, expected: str) -> None:
    assert redact(text, registry).text == expected


def test_a_name_ending_in_s_keeps_its_s_before_a_verb(registry: Registry) -> None:
    # "Vsss" would be read as a genitive of "Vss" before its noun; before a verb it is Vass.
    assert redact("Vi vet att Vasd skickar papperen.", registry).text == (
        "Vi vet att [PETRA] skickar papperen."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ticket 12\nReported by: Hug\nAssigned to: IT team",
            "Ticket 12\nReported by: [HUGO]\nAssigned to: IT team",
        ),
        (
            "Chat export\n[09:05] Rat: The printer is jammed again.",
            "Chat export\n[09:05] [RUT]: The printer is jammed again.",
        ),
        (
            "Ticket 13\nReported by: Hugo\nAssigned to: Oskar Lind",
            "Ticket 13\nReported by: [HUGO]\nAssigned to: [OSKAR]",
        ),
    ],
)
def test_a_slip_in_a_tickets_field_or_a_chats_sender_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chat export\n[09:05] Helpdesk: The printer is jammed again.",
        "A rat ran along the corridor near the hug of the old oak.",
        # one slip from Rut and from Ros: no one person, so the sender stays a word
        "Chat export\n[09:05] Rot: The printer is jammed again.",
        "Ticket 14\nReported by: the pupil\nAssigned to: IT team",
    ],
)
def test_ticket_fields_and_chat_senders_that_are_no_slip_stay(
    registry: Registry, text: str
) -> None:
    assert redact(text, registry).text == text


def test_a_chat_line_of_a_field_and_its_value_is_no_sender(registry: Registry) -> None:
    # "Rat" is one slip from Rut alone, but a field's label before its value is no sender.
    text = "Chat export\n[09:05] Rat: rut@example.org\n[09:06] Rat: Room 12 B"
    assert "[RUT]" not in redact(text, registry).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Visit record 7\nWritten by: Hug\n\nThe boiler was fixed.",
            "Visit record 7\nWritten by: [HUGO]\n\nThe boiler was fixed.",
        ),
        (
            "Moderator: What changed this year?\nOskr: We finally got a new lift in the block.",
            "Moderator: What changed this year?\n[OSKAR]: We finally got a new lift in the block.",
        ),
        (
            "Q: Who fixed it?\nBerti: The man from the council came on Monday.",
            "Q: Who fixed it?\n[BERIT]: The man from the council came on Monday.",
        ),
        (
            "Mod: Anything else?\nHugo: Nothing more from me today, thanks.",
            "Mod: Anything else?\n[HUGO]: Nothing more from me today, thanks.",
        ),
    ],
)
def test_a_slip_after_written_by_or_as_a_transcripts_speaker_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Visit record 8\nWritten by: the office\n\nThe boiler was fixed.",
        # no chair's turn before: a line of notes, not a transcript
        "Rot: the pipes under the sink were wet again today.",
        # one slip from Rut and from Ros: no one person, so the speaker stays a word
        "Moderator: Who spoke first?\nRot: the pipes under the sink were wet again.",
        "Moderator: Who spoke first?\nNote: the recorder stopped for a minute here.",
        "Moderator: Who spoke first?\nAll: We agreed on that one straight away.",
    ],
)
def test_labels_and_words_that_are_no_one_slip_stay_in_those_slots(
    registry: Registry, text: str
) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kort modtaget\n\nKære Hgo,\nTak for sidst.",
            "Kort modtaget\n\nKære [HUGO],\nTak for sidst.",
        ),
        (
            "Card\n\nDear Petr,\nThanks for the seeds.",
            "Card\n\nDear [PETRA],\nThanks for the seeds.",
        ),
        ("Allotment\n\nPlot holder: Osar\nShed: 4", "Allotment\n\nPlot holder: [OSKAR]\nShed: 4"),
        ("Rota\n\nKey holder: Ulvv\nDay: Monday", "Rota\n\nKey holder: [TOVE]\nDay: Monday"),
    ],
)
def test_a_slip_in_a_salutation_or_a_role_field_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Card\n\nDear all,\nThanks for the seeds.",
        "Kort\n\nKære mor,\nTak for sidst.",
        "Allotment\n\nPlot holder: Garden\nShed: 4",
        "He wrote Hgo, not more, on the tag.",
    ],
)
def test_a_salutation_or_role_field_that_names_nobody_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_a_registered_name_in_a_salutation_and_a_role_field_is_still_removed(
    registry: Registry,
) -> None:
    assert redact("Card\n\nDear Hugo,\nPlot holder: Oskar Lind\n", registry).text == (
        "Card\n\nDear [HUGO],\nPlot holder: [OSKAR]\n"
    )


@pytest.fixture(scope="module")
def word_names() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Clover Dunn", "[CLOVER]"),
            NameEntry("p:2", "Willow Nygaard", "[WILLOW]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Card\n\nHei Clvoer,\nThanks.", "Card\n\nHei [CLOVER],\nThanks."),
        ("Kort\n\nKære Wilolw,\nTak for sidst.", "Kort\n\nKære [WILLOW],\nTak for sidst."),
    ],
)
def test_a_salutations_slip_read_with_its_greeting_as_a_stranger_is_the_person(
    word_names: Registry, text: str, expected: str
) -> None:
    # The lexicon reads "Hei Clvoer" as a stranger's two names; the slip is the person's and
    # the greeting no name, so the two-word stranger yields to the slip (not dropped as a
    # typing slip of "clover").
    assert redact(text, word_names).text == expected


def test_a_salutation_to_all_and_the_registered_word_name_there(word_names: Registry) -> None:
    assert redact("Kort\n\nKære alle,\nTak.", word_names).text == "Kort\n\nKære alle,\nTak."
    assert redact("Card\n\nHei kaikki,\nThanks.", word_names).text == "Card\n\nHei kaikki,\nThanks."
    registered = redact("Card\n\nHei Clover,\nThanks.", word_names).text
    assert registered == "Card\n\nHei [CLOVER],\nThanks."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See you at the lake.\nBest wishes, Hug", "See you at the lake.\nBest wishes, [HUGO]"),
        ("Vi ses.\nVenlig hilsen Bert\n\nPS: båden", "Vi ses.\nVenlig hilsen [BERIT]\n\nPS: båden"),
    ],
)
def test_a_slip_signing_on_the_closings_line_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "See you.\nBest wishes, All",
        "See you.\nBest wishes, Team",
        "See you.\nBest wishes, Hug\nand the rest of the crew at the lake.",
    ],
)
def test_a_closings_line_that_names_nobody_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_a_registered_name_on_the_closings_line_is_still_removed(registry: Registry) -> None:
    assert redact("See you.\nBest wishes, Oskar", registry).text == "See you.\nBest wishes, [OSKAR]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Camp log\nWe got the tents up.\nHug: I never said the lake was cold.",
            "Camp log\nWe got the tents up.\n[HUGO]: I never said the lake was cold.",
        ),
        (
            "Lejrlog\nVi kom frem.\nBrit: Jeg tager nøglerne med i morgen.",
            "Lejrlog\nVi kom frem.\n[BERIT]: Jeg tager nøglerne med i morgen.",
        ),
    ],
)
def test_a_slip_speaking_in_the_first_person_after_a_colon_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    # No chair's turn before it: the speech's "I" says the word before the colon speaks.
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Camp log\nNote: I need to bring more water tomorrow.",
        "Camp log\nUpdate: I think the gate is shut now.",
        "Camp log\nHug: the word for what we did at the end.",
    ],
)
def test_a_label_before_first_person_speech_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Camp log\nrut: I never said the lake was cold.",
            "Camp log\n[RUT]: I never said the lake was cold.",
        ),
        (
            "Camp log\nRut: I never said the lake was cold.",
            "Camp log\n[RUT]: I never said the lake was cold.",
        ),
    ],
)
def test_a_registered_name_speaking_in_the_first_person_is_removed_in_any_case(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thread\nMe: We paired the phone today.\nHug: The sound quality is much better now.",
            "Thread\nMe: We paired the phone today.\n[HUGO]: The sound quality is much better now.",
        ),
        (
            "Chat\nJeg: Vi ses på torsdag igen.\nHgo: In any case it works fine now.",
            "Chat\nJeg: Vi ses på torsdag igen.\n[HUGO]: In any case it works fine now.",
        ),
    ],
)
def test_a_slip_as_a_speaker_in_a_thread_of_pronoun_labels_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # no pronoun's or party's label in the note: a line of notes, not a thread
        "Mentor: We paired the phone today.\nHug: The sound quality is much better now.",
        # one slip from Rut and from Ros: no one person, so the speaker stays a word
        "Me: We paired the phone today.\nRot: the pipes under the sink were wet again.",
        "Me: We paired the phone today.\nNote: the recorder stopped for a minute here.",
    ],
)
def test_a_thread_label_that_is_no_one_slip_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Letter in the club folder\n\nSent by: Hgo\nDear all,",
            "Letter in the club folder\n\nSent by: [HUGO]\nDear all,",
        ),
        (
            "Brev i mappen\n\nSendt af: Petr\nKære alle,",
            "Brev i mappen\n\nSendt af: [PETRA]\nKære alle,",
        ),
        (
            "Club chat\n\nMe: See you at the jetty.\nHuge: Aren't you supposed to be in bed?",
            "Club chat\n\nMe: See you at the jetty.\n[HUGO]: Aren't you supposed to be in bed?",
        ),
    ],
)
def test_a_slip_after_sent_by_or_before_a_contraction_is_the_person(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Letter in the club folder\n\nSent by: Post\nDear all,",
        "He said it was sent by Hgo yesterday, and by nobody else.",
        "Club chat\n\nMe: See you at the jetty.\nNote: Aren't you supposed to be in bed?",
    ],
)
def test_sent_by_and_contractions_leave_other_words(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text
