"""A transcript's turn after a speaker's label (`speaker_turns.py`): its first word opens a
sentence, and a word that is also a name keeps it; a field's value after the same label is
still a person."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, speaker_turns
from casebook.deid.registry import NameEntry

_REGISTRY = Registry(
    [
        NameEntry("p1", "May Berg", "[P1]"),
        NameEntry("p2", "Will Holm", "[P2]"),
        NameEntry("p3", "Inga Lund", "[P3]"),
        NameEntry("p4", "Rose Lind", "[P4]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Interviewer: Will you tell me more about that?",
        "Nurse: May I take your blood pressure?",
        "Läkare: Inga smärtor i natt?",
        "Mother: Mark my words, it will pass.",
        "Doctor: Hope you feel better soon.",
        "Interviewer: Summer is the hardest time, you said?",
    ],
)
def test_a_word_opening_a_turn_is_kept(text: str) -> None:
    assert Redactor(_REGISTRY).redact(text).text == text
    assert Redactor(Registry([])).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Granne: Rose Lind", "Granne: [P4]"),
        ("Present: Will and May", "Present: [P2] and [P1]"),
        ("Kontaktperson: Rose, 070-1234567", "Kontaktperson: [P4], [phone]"),
        ("Nurse: Rose. Time for your tablets.", "Nurse: [P4]. Time for your tablets."),
        ("Interviewer: May said that?", "Interviewer: [P1] said that?"),
        ("Doctor: Mark said it hurts.", "Doctor: [name] said it hurts."),
    ],
)
def test_a_person_after_a_label_is_still_a_person(text: str, expected: str) -> None:
    assert Redactor(_REGISTRY).redact(text).text == expected


def test_speech_is_a_lower_case_word_or_i_and_no_conjunction() -> None:
    def after(text: str, word: str) -> bool:
        return speaker_turns.speech_follows(text, text.index(word) + len(word))

    assert after("Will you come", "Will")
    assert after("May I ask", "May")
    assert not after("Will and Grace", "Will")
    assert not after("Per och Inga", "Per")
    assert not after("Mark Holm", "Mark")
    assert not after("Rose, 070-1234567", "Rose")
    assert not after("Rose\nyou", "Rose")
    assert not after("Rose", "Rose")


@pytest.mark.parametrize(
    "text",
    ["Deltagare: Kunde inte öppna bilagorna.", "Deltagare: Ville inte läsa breven i dag."],
)
def test_the_negation_after_a_label_opens_a_turn_not_a_list(text: str) -> None:
    # "inte" after the item's first word makes it a clause: its words are nobody's names
    assert Redactor(Registry([])).redact(text).text == text


def test_a_first_person_pronoun_labelling_the_writers_turn_is_no_person() -> None:
    """ "Meg" is Norwegian "me" and an English given name: before a colon opening a chat's
    line whose turn is Norwegian, it labels the writer's own turn, as "Jag:" or "Minä:" do."""
    text = "Ring kontoret.\n[09:14] Meg: Timen er i morgon."
    assert Redactor(Registry([]))(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring kontoret.\n[09:14] Meg: Timen er i morgon.", True),
        ("14:02 Minä: Tulen huomenna.", True),
        ("Jag: Det går bra.", True),
        ("The call went fine.\nMeg: I will be late tomorrow.", False),  # Meg's turn
        ("[10:02] Mie: Jeg kommer i morgen.", False),  # Danish: Mie, a Danish given name
        ("We talked to Meg: she was fine.", False),  # not first on its line
    ],
)
def test_self_label(text: str, expected: bool) -> None:
    for word in ("Meg", "Minä", "Jag", "Mie"):
        if word + ":" in text:
            start = text.index(word + ":")
            break
    assert speaker_turns.self_label(text, start, start + len(word)) is expected


def test_a_registered_word_labelling_a_chat_turn_with_its_time_after_is_the_person() -> None:
    """ "Rose (10:05): ..." is "[10:05] Rose:" with the time moved: the other party's turn."""
    text = "Jag (10:02): Kommer du i kväll?\nRose (10:05): Ja, efter jobbet.\nWill [10:07]: Bra."
    assert Redactor(_REGISTRY).redact(text).text == (
        "Jag (10:02): Kommer du i kväll?\n[P4] (10:05): Ja, efter jobbet.\n[P2] [10:07]: Bra."
    )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Rose (10:05): Ja, efter jobbet.", "Rose", True),
        ("Rose Lind (10:05): Ja.", "Lind", True),  # the family name of a two-word label
        ("Hej.\n  Will [09:14]: Ok.", "Will", True),
        ("We met at the Rose (10:05): fine.", "Rose", False),  # inside a sentence
        ("Rose (2019): a hard year.", "Rose", False),  # a year, no clock time
        ("Rose (10:05) came late.", "Rose", False),  # no colon: no label
        ("Rose: (10:05) ja.", "Rose", False),  # "[10:05] Rose:"'s other layouts are others'
    ],
)
def test_timed_label(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert speaker_turns.timed_label(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring kontoret.\nMeg (21:24): Timen er i morgon, eg kjem.", True),
        ("Meg (9.05): Eg veit ikkje kva eg skal gjere.", True),
        ("Meg (21:24): I will be late tomorrow, sorry.", False),  # Meg's turn, in English
        ("Meg (fra kontoret): Timen er i morgon.", False),  # no time in the brackets
    ],
)
def test_self_label_with_the_time_in_brackets(text: str, expected: bool) -> None:
    """Some chat exports put the message's time in brackets after its sender: "Meg (21:24):"
    labels the writer's own turn as "[21:24] Meg:" does."""
    start = text.index("Meg")
    assert speaker_turns.self_label(text, start, start + 3) is expected


def test_the_writers_turn_with_its_time_in_brackets_keeps_its_label() -> None:
    text = "Chat med kontoret.\nMeg (21:24): Timen er i morgon.\nMeg (21:30): Eg kjem."
    assert Redactor(Registry([]))(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a neighbour's registration form: its labels are nouns of Danish or Norwegian
        ("Registreringsark – P-12\nNavn: Oskar Lindqvist\nAlder: 54", ["Oskar Lindqvist"]),
        ("Stamdata\nPårørende: Jonas Eriksen (bror)\nNoter: ingen", ["Jonas Eriksen"]),
        ("Vurdering: she needs a new bed before winter.", []),
        # a Finnish form labels its fields with Finnish nouns too ("nimi", name)
        ("Lomake 3\nNimi: Ossian Talvikki", ["Ossian Talvikki"]),
        ("Kysely\nNimi: Zlatkor Okonkwo", ["Zlatkor Okonkwo"]),
        # a loan form's field labelled with a rarer Danish word (lent out, handed in)
        ("Device loan form – tablet\n\nUdlånt: torsdag den 13. august\n\nHe was glad.", []),
        ("Udlånt: fredag\nAfleveret: mandag\nNavn: Ossian Talvikki", ["Ossian Talvikki"]),
    ],
)
def test_a_neighbour_languages_noun_labelling_a_field_is_no_person(
    text: str, expected: list[str]
) -> None:
    redactor = Redactor(Registry([]))
    assert [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Notes from the visit.\nGry: I called the landlord twice.", "Gry"),  # registered
        ("Notes from the visit.\nZlatkor: wants help with the form.", "Zlatkor"),  # a stranger
    ],
)
def test_a_speakers_name_before_the_colon_stays_removed(text: str, name: str) -> None:
    redactor = Redactor(Registry([NameEntry("p9", "Gry Hammer", "[P9]")]))
    assert name in [text[s.start : s.end] for s in redactor.spans(text)]


_HOLDERS = Registry([NameEntry("h1", "Rose Lind", "[H1]"), NameEntry("h2", "Hope", "[H2]")])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[14:02] Tom: Rose has the tickets.", "Rose"),
        ("[14:02] Tom: Hope got our car!", "Hope"),
        ("Office check\n[08:15] Desk: Hope has my badge, ask her", "Hope"),
    ],
)
def test_a_word_name_holding_a_particular_thing_in_a_chat_message_is_the_person(
    text: str, name: str
) -> None:
    spans = Redactor(_HOLDERS).spans(text)
    assert name in [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        "[14:02] Tom: Rose has a lovely scent.",
        "[14:02] Tom: Hope has gone, I think.",
        "[14:02] Tom: Hope has the strongest pull of all.",
        "Tom said: Hope has the answer.",
    ],
)
def test_chat_holder_needs_a_clocked_label_and_one_particular_thing(text: str) -> None:
    word = "Rose" if "Rose" in text else "Hope"
    start = text.index(word, text.index(":") + 1)
    verb_at = start + len(word) + 1
    verb = text[verb_at:].split()[0]
    assert not speaker_turns.chat_holder(text, start, start + len(word), verb, verb_at)


def test_chat_holder_reads_the_slot() -> None:
    text = "[09:40] Lee: Hope has the keys."
    start = text.index("Hope")
    assert speaker_turns.chat_holder(text, start, start + 4, "has", start + 5)


def test_a_neighbour_languages_word_opening_a_turn_is_kept() -> None:
    redactor = Redactor(Registry([]))
    text = (
        "Mentor: We reset the old phone but it took a while.\n"
        "Mentor: Tabletti palautetaan 3.4.2026.\nSee you next week."
    )  # the tablet is returned
    assert [text[s.start : s.end] for s in redactor.spans(text)] == ["3.4.2026"]
    text = "Mentor: Zlatkor palautti tabletin."
    assert [text[s.start : s.end] for s in redactor.spans(text)] == ["Zlatkor"]
