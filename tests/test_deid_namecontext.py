"""The first word on the line under a closing formula is the writer's name
(`casebook.deid.namecontext.signed_off`), unless that line is a sentence of its own: four
words or more ending in "!" or "?", as a review or a message goes on after its thanks. Every
sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import namecontext
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.mark.parametrize(
    "text",
    [
        "It was fine.\nThanks again!\nGood local steakhouse, I recommend it!\nWe went home.",
        "It was fine.\nThanks!\nGreat little shop, would you believe it?\n",
    ],
)
def test_a_sentence_under_a_closing_is_no_signature(text: str) -> None:
    assert redact(text, Registry([])).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Vi ses.\nMvh\nVormenak Quissel\n",
        "Vi ses.\nMvh\nVormenak!\n",
        "See you.\nBest regards,\nVormenak Quissel, support worker at the day centre.\n",
    ],
)
def test_the_writers_line_under_a_closing_is_still_signed(text: str) -> None:
    start = text.index("Vormenak")
    assert namecontext.signed_off(text.lower(), start)
    assert "Vormenak" not in redact(text, Registry([])).text


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # a turn quoting a heading of its own after the organiser's label: what was read aloud
        ("Tovholder: Luettu oikeuksien illassa: Älköön kenenkään yksityiselämään puututtako.", []),
        ("Ordstyrer: Luettu oikeuksien illassa: Älköön mielivaltaisesti puututtako.", []),
        ("Nabo: Halvard Quissel", ["Halvard Quissel"]),  # the label of the line, its value
        ("14:30 Nabo: Halvard Quissel", ["Halvard Quissel"]),  # a clock's colon is no label
    ],
)
def test_only_the_last_label_of_a_line_names_a_role(text: str, removed: list[str]) -> None:
    from casebook.deid.redactor import Redactor

    spans = Redactor(Registry([])).spans(text)
    assert [text[s.start : s.end] for s in spans] == removed


@pytest.mark.parametrize(
    "text",
    [
        "Brev i klubbens mappe\n\nFra: Habtom\nHej alle,\n\nVi ses.",
        "Brev i klubbens mappe\n\nFra: Quissel\nHei alle,\n\nVi ses.",
    ],
)
def test_the_sender_after_a_danish_or_norwegian_from_header_is_a_person(text: str) -> None:
    assert "Fra: [name]" in redact(text, Registry([])).text


@pytest.mark.parametrize(
    "text",
    [
        "Brev\n\nFra: Kommunen\nHej alle,",
        "Hilsen fra: Habtom og resten.",  # "fra" after a word: the preposition
        "Notat\n\nFra: møtet i går kom det lite.",
    ],
)
def test_fra_elsewhere_or_before_a_word_reads_no_sender(text: str) -> None:
    assert redact(text, Registry([])).text == text


# A registered name that is an ordinary word, in the genitive before a belonging one person
# carries ("towel", "termos", "flask"): written with the Nordic "s" glued on, or, for a name
# ending in "s", as the bare name. Every sentence here was written for this test.
_WORD_NAMES = Registry(
    [
        NameEntry("p:1", "Gun Larsen", "[G]"),
        NameEntry("p:2", "Dart Moe", "[D]"),
        NameEntry("p:3", "Fiona Bolt", "[B]"),
        NameEntry("p:4", "Hills Ryan", "[H]"),
        NameEntry("p:5", "Woods Carter", "[W]"),
        NameEntry("p:6", "Rolls Kahn", "[R]"),
        NameEntry("p:7", "Mats Eriksen", "[M]"),
        NameEntry("p:8", "Hans Berg", "[N]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We sat down. GUNs flask of tea went round twice.", "[G]s flask"),
        ("Det var koldt. Darts termos gikk rundt to ganger.", "[D]s termos"),
        ("I forgot mine.\nBorrowed bolts towel, promised to wash it.", "Borrowed [B]s towel"),
        ("They were okay. Hills flask of tea went round twice.", "[H] flask"),
        ("Det var koldt. Woods termokande gik rundt to gange.", "[W] termokande"),
        ("Det var koldt. rolls termokande gik rundt to gange.", "[R] termokande"),
        ("Vi badade. Mats handduk låg kvar på bänken.", "[M] handduk"),
    ],
)
def test_a_word_name_owning_a_belonging_is_redacted(text: str, expected: str) -> None:
    assert expected in redact(text, _WORD_NAMES).text


@pytest.mark.parametrize(
    "text",
    [
        "She rolls towels every night.",
        "She rolls towel after towel.",
        "We climbed the hills flask in hand.",
        "Mats are wet after the swim.",
        "Woods burn slowly in the stove.",
        "We bought bolts and nails for the shed.",
        "Sent rolls home with the kids.",
        "Vi gick dit. hans bil stod där.",
    ],
)
def test_a_plural_or_pronoun_before_a_belonging_stays(text: str) -> None:
    assert redact(text, _WORD_NAMES).text == text


def test_a_bare_s_owner_reads_the_noun_after_and_the_word_before() -> None:
    low = "they were okay. hills flask of tea"
    start = low.index("hills")
    assert namecontext.bare_s_owner(low, start, start + 5, "okay", ".")
    assert not namecontext.bare_s_owner(low, start, start + 5, "the", "")
    low = "sent rolls home"
    assert not namecontext.bare_s_owner(low, 5, 10, "sent", "")


def test_a_name_nobody_registered_owning_a_belonging_is_redacted() -> None:
    text = "I sat alone. Phoebes termos gikk rundt to ganger."
    assert "Phoebes termos" not in redact(text, Registry([])).text


@pytest.mark.parametrize(
    "text", ["Vi badade. Kommunens handduk låg kvar.", "We dried off. Beach towel in hand."]
)
def test_a_body_or_a_compound_before_a_belonging_stays(text: str) -> None:
    assert redact(text, Registry([])).text == text
