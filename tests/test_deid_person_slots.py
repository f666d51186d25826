"""Names nobody registered, in lower case or alone on a line, in the slots a note's layout
keeps for a person (`deid/person_slots.py`): a sign-off after a closing formula, an e-mail
address's display name that its local part spells, an apposition after a relation or a role.

Written from the shapes of validation L's misses, on names and sentences of our own; the
second half holds what must stay: ordinary words in the same slots.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, person_slots
from casebook.deid.redactor import redact

REGISTRY = Registry([NameEntry("p:1", "Gustav Lind", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Det var en lang dag.\n\nHilsen\nmarit tveiterås\n412 55 908\n",
            "Det var en lang dag.\n\nHilsen\n[name]\n[phone]\n",
        ),
        (
            "Thanks for the chat.\n\nBest wishes\nwilbur quennell\n+44 161 555 0192\n",
            "Thanks for the chat.\n\nBest wishes\n[name]\n[phone]\n",
        ),
        ("Vi ses snart.\n\nHälsningar\nTuvalisa\n", "Vi ses snart.\n\nHälsningar\n[name]\n"),
        # a name nobody registered signs where a role noun signs elsewhere
        ("Vi tales ved.\n\nVenlig hilsen\nBirthe\n", "Vi tales ved.\n\nVenlig hilsen\n[name]\n"),
        (
            "From: brice ollerenshaw <brice.ollerenshaw@example.com>\nSubject: hi\n",
            "From: [name] <[email]>\nSubject: hi\n",
        ),
        (
            "Från: fenna brook <fennabrook@example.se>\n",
            "Från: [name] <[email]>\n",
        ),
        (
            "Her colleague, wilbur quennell, covers the Monday shift.",
            "Her colleague, [name], covers the Monday shift.",
        ),
        (
            "Hennes granne, tuvalisa bergqvist, hjälper till med maten.",
            "Hennes granne, [name], hjälper till med maten.",
        ),
        (
            "Vi snakket lenge. En vikar, odvar kjeldstadli, tok over.",
            "Vi snakket lenge. En vikar, [name], tok over.",
        ),
        (
            "Interviewer: wilbur quennell asked about the bus.",
            "Interviewer: [name] asked about the bus.",
        ),
    ],
)
def test_names_in_person_slots(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tack för i dag.\n\nHälsningar\nmamma\n",
        "Thanks again.\n\nBest wishes\nthe team\n",
        "Thanks again.\n\nBest wishes\nSocialtjänsten\n",
        # a service signs with its article, its last part short ("boende|stöd|et")
        "Vi hörs på torsdag.\n\nHälsningar\nBoendestödet\n",
        "Vi hörs på torsdag.\n\nMvh\nKundtjänsten\n",
        "Hilsen\nNAV\n",
        # a role noun of the note's languages signs: the guardian, the caseworker
        "Møtet er flyttet.\n\nHilsen\nVerge\n",
        "Mødet er flyttet.\n\nVenlig hilsen\nSagsbehandler\n",
        "Kind regards\nsee you soon and take care of yourself\n",
        "Best wishes\nopal ring\nwas the gift she wanted, and more text here.\n",
        "Vi skrev till support desk <support@example.com> igen.",
        "His brother, deeply upset, left early.",
        "Hennes granne, en pensionerad lärare, hjälper till.",
        "Her neighbour, who lives upstairs, helps.",
        "Interviewer: asked about the housing office again.",
        "The locum, late again, took over.",
        "Hän sanoi, että äiti pyysi lähtemään heti.",
        "Det var en så kallad trygghetslarmsknapp fastsydd i jackan.",
        "Jos kone lataa päivityksiä nyt, odota.",
    ],
)
def test_ordinary_words_in_slots_stay(redactor: Redactor, text: str) -> None:
    assert "[name]" not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi hörs på torsdag.\n\nHälsningar\nBoel Kvist\n", "[name]"),
        ("Vi hörs på torsdag.\n\nMvh\nTadelech\n", "[name]"),
        ("Vi hörs på torsdag.\n\nMvh\nGustav\n", "[patient P-1]"),
    ],
)
def test_a_name_signing_where_a_service_signs_is_still_removed(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redactor.redact(text).text.split("\n")[-2] == expected


def test_a_definite_compound_in_the_slot_is_no_name_of_the_lexicon() -> None:
    """No name of the lexicon reads as a compound with its article at the shorter last part
    the slot asks for ("Fredriksen" is no "fred|riks|en")."""
    from casebook.deid import lexicon

    assert person_slots._definite_noun("boendestödet")
    assert [n for n in lexicon.all_names() if person_slots._definite_noun(n)] == []


def test_a_half_found_grows_to_the_whole_name() -> None:
    text = "From: brice ollerenshaw <brice.ollerenshaw@example.com>"
    assert person_slots.find(text, text.lower(), [(6, 11, "name", "[name]")]) == [(6, 23)]
    assert person_slots.find(text, text.lower(), [(6, 23, "name", "[name]")]) == []


def test_relation_then_names_no_dictionary_holds() -> None:
    text = "Hän kertoi, että naapuri kaisu qvarnström auttaa."
    assert person_slots.find(text, text.lower(), []) == [(25, 41)]
    text = "Kuratorn antecnkade målplanen i går."
    assert person_slots.find(text, text.lower(), []) == []
    text = "Hennes granne hjälper till med maten."
    assert person_slots.find(text, text.lower(), []) == []


def test_an_initial_alone_after_a_closing_signs_the_message() -> None:
    redactor = Redactor(Registry([]))
    assert redactor("Ystävällisin terveisin\nM\n040 123 4567").startswith(
        "Ystävällisin terveisin\n[name]\n"
    )
    kept = "Ystävällisin terveisin\nm\n"  # a small letter is no initial
    assert redactor(kept) == kept
    going_on = "Hälsningar\nK\nvi ses i morgon och pratar vidare"
    assert redactor(going_on) == going_on  # the line after it goes on: no sign-off


@pytest.mark.parametrize(
    "text",
    [
        "Venlig hilsen\nliv\nRing 86 89 03 83\n",
        "Best wishes\nhope\nTel: 07700 900461\n",
        "Mvh\nliv\nnr. +47 22 75 15 48",
        "Terveisin\nhope\nPuh. 040 123 4567",
        # a few words of where to reach the writer, then the number
        "Vennlig hilsen\nliv\nnås på (07) 108 022",
        "Best wishes\nhope\nreach me on 07700 900461",
    ],
)
def test_a_phone_after_its_word_closes_the_signature(text: str) -> None:
    # The writer's line under a closing formula, a phone number after its word below it: the
    # registered person typed in lower case, not the word.
    redactor = Redactor(
        Registry([NameEntry("p:1", "Liv Aamodt", "[P1]"), NameEntry("p:2", "Hope Bender", "[P2]")])
    )
    assert [s.tag for s in redactor.spans(text) if s.kind == "name"] in (["[P1]"], ["[P2]"])


def test_a_line_of_text_after_the_word_is_no_signature() -> None:
    redactor = Redactor(Registry([NameEntry("p:2", "Hope Bender", "[P2]")]))
    text = "Best wishes\nhope\nTel 2 times a day if she can."
    assert [s for s in redactor.spans(text) if s.kind == "name"] == []


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("nås på (07) 108 022", True),
        ("træffes på +46 70 105 18 50", True),
        ("vi ses 2026-05-12", False),  # a date, not a number to ring
        ("flyttat till 12-05-2026", False),
        ("kom kl 14 30", False),  # too few digits
        ("we need 12 more chairs for the hall", False),  # the number does not close the line
    ],
)
def test_a_number_to_reach_the_writer_after_a_few_words(line: str, contact: bool) -> None:
    assert person_slots.contact_line(line) is contact


def test_a_signature_is_read_once_per_note_and_each_caller_gets_its_own_list() -> None:
    note = "Hej!\n\nVi ses på måndag.\n\nHälsningar\nperine strommen\n070-123 45 67"
    start = note.index("perine")
    first = person_slots.signed(note)
    assert first == [(start, start + len("perine strommen"))]
    assert first == list(person_slots._signed.__wrapped__(note))  # as read afresh
    first.append((0, 3))  # `find` adds to the list it gets: the next caller's is untouched
    assert person_slots.signed(note) == [(start, start + len("perine strommen"))]
    assert person_slots.signed("Hälsningar\nalla på kontoret\nmer text") == []


@pytest.mark.parametrize(
    "text",
    [
        "See you at the lake.\nBest wishes, hope",
        "Nähdään järvellä.\nTerveisin liv",
        "Vi ses ved søen.\nVenlig hilsen, liv\n\nPS: the boat is ours.",
        "See you.\nBest wishes, hope\nTel: 07700 900461",
    ],
)
def test_a_registered_word_name_signing_on_the_closings_line(text: str) -> None:
    # The closing formula and the writer's name on one line, that line ending its block: the
    # registered person typed in lower case, not the word.
    redactor = Redactor(
        Registry([NameEntry("p:1", "Liv Aamodt", "[P1]"), NameEntry("p:2", "Hope Bender", "[P2]")])
    )
    assert [s.tag for s in redactor.spans(text) if s.kind == "name"] in (["[P1]"], ["[P2]"])


@pytest.mark.parametrize(
    "text",
    [
        "See you.\nBest wishes, all",
        "See you.\nBest wishes, hope\nthe rain stops before Sunday.",
        "Thanks for the hope you gave us.",
        "See you.\nBest wishes, all the hope in the world",
    ],
)
def test_no_sign_off_on_the_closings_line(text: str) -> None:
    redactor = Redactor(Registry([NameEntry("p:2", "Hope Bender", "[P2]")]))
    assert [s for s in redactor.spans(text) if s.kind == "name"] == []


@pytest.mark.parametrize(
    "text", ["Mentor: it's beeping", "Mentor: don't worry", "Mentor: I'm here"]
)
def test_a_contraction_after_a_role_label_opens_speech(redactor: Redactor, text: str) -> None:
    assert redactor.spans(text) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [("it's", True), ("don't", True), ("i'm", True), ("o'brien", False), ("d'arcy", False)],
)
def test_contraction(word: str, expected: bool) -> None:
    assert person_slots._contraction(word) is expected


_WORD_NAMES = Registry(
    [NameEntry("p:1", "Imogen Worth", "[W]"), NameEntry("p:2", "Duncan Button", "[B]")]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Device loan form\n\nNamn: worth\nBeboer: x\n",
            "Device loan form\n\nNamn: [W]\nBeboer: x\n",
        ),
        ("Loan\nName: button\nReturned: April\n", "Loan\nName: [B]\nReturned: April\n"),
    ],
)
def test_a_registered_word_name_as_a_name_fields_value_is_the_person(
    text: str, expected: str
) -> None:
    assert redact(text, _WORD_NAMES).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Loan\nName: button battery\nReturned: April\n",  # a word of the dictionary beside it
        "Loan\nWifi name: button\n",  # a name field of a thing
        "Loan\nName of the tablet: worth a try\n",
    ],
)
def test_a_name_field_naming_a_thing_keeps_its_word(text: str) -> None:
    assert redact(text, _WORD_NAMES).text == text
