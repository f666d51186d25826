"""Strangers' names in three more slots a person fills: a rare word or a town in an e-mail
header's display name, even one a swap of letters turns into a word (`unregistered`'s
`_display_names`, `typing_slips`); a word nobody knows before "do" or a modal, a negation and
a verb only a person does (`namecontext.acts_as_person`); a full name of two words after a
Scandinavian verb that puts its subject after it (`verb_subjects`); a given name that is a
word, capitalised mid-sentence with a Scandinavian genitive "s" (`unregistered`'s
`_given_genitive`). Ordinary words stay."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import name_tags, numbered_redactor, removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Från: Abay <kontakt@example.se>\nÄmne: möte", ["Abay"]),  # a town's name
        ("From: Balster Mrozinski <bm@example.org>\nSubject: notes", ["Balster", "Mrozinski"]),
        ("Fra: Kauten Dobrowski <kd@example.no>", ["Kauten", "Dobrowski"]),
    ],
)
def test_a_display_name_is_the_sender_whatever_its_words(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert [w for w in removed(redactor, text) if "@" not in w] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Afterwards Temweko did not want to say more.", ["Temweko"]),
        ("Temweko doesn't remember the address.", ["Temweko"]),
        ("Temweko kunde inte komma i dag.", ["Temweko"]),
        ("R: Efteråt ville Masset Dobrowski inte säga något mer.", ["Masset Dobrowski"]),
        ("Sedan gick Kubrik Dobrowski hem.", ["Kubrik Dobrowski"]),
    ],
)
def test_a_stranger_in_a_subjects_slot_is_a_name(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Windows did not start after the update.",  # a known word
        "Neice called about the Balster.",  # a slip outside a header stays a slip
        "Sen kom Röda Korset hit.",  # ordinary words after the verb
        "Temweko tabletter did not help.",  # no person's verb
    ],
)
def test_ordinary_words_and_things_stay(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


def test_a_stranger_in_a_finnish_sentence_is_no_slip_of_an_english_word(
    redactor: Redactor,
) -> None:
    # "Herath" is "hearth" with two letters swapped: English's word, not Finnish's
    assert removed(redactor, "Sen jälkeen Herath ei halunnut puhua.") == ["Herath"]
    assert removed(redactor, "Neice called about the appointment.") == []  # niece, a slip


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Det fanns ingenting mellan Svens energi och oss.", "Sven"),
        ("Nästa dag påbörjade vi Britts träning.", "Britt"),
        ("Vi läste Axels brev tillsammans.", "Axel"),
    ],
)
def test_a_given_name_that_is_a_word_in_a_scandinavian_genitive_mid_sentence_is_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert removed(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hon lyfte den tunga axeln.",  # the word in lower case
        "We met the Brits team at noon.",  # English, after a determiner
        "Axels lager byttes i går.",  # opening a sentence: the word, capitalised there
    ],
)
def test_the_word_in_lower_case_or_opening_a_sentence_stays(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a preposition last before the address is no employer's: the sender's name, slipped
        ("Fra: Stefan Vid <post@example.no>\nEmne: møte", ["Stefan", "Vid"]),
        ("From: Mx <m.k@example.org>\nSubject: notes", ["Mx"]),  # a title alone names nobody
        ("Fra: B Nilsen <bn@example.no>\nDato: i går", ["B", "Nilsen"]),  # an initial
    ],
)
def test_every_word_of_a_display_name_is_the_sender(text: str, words: list[str]) -> None:
    found = [w for w, _tag in name_tags(numbered_redactor(["Stefan Vidar"]), text)]
    for word in words:
        assert any(word in f.split() for f in found), (word, found)


def test_a_display_name_stops_before_the_employer(redactor: Redactor) -> None:
    text = "Från: Ola på Socialtjänsten <ola@example.se>"
    assert removed(redactor, text)[:1] == ["Ola"]
    assert "Socialtjänsten" not in " ".join(removed(redactor, text)[:-1])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a speaker's label of a transcript: the word before a registered family name
        ("Int: Hur gick det?\nSol Brekke: Det gick bra, tack.", ["Sol", "Brekke"]),
        # ... and the word after a registered given name
        ("Int: Hur gick det?\nTove Sand: Ja, det stämmer.", ["Tove", "Sand"]),
        # a header's display name with no address after it
        ("Vidarebefordrat mejl\nFrån: Sky Brekke\nÄmne: möte", ["Sky", "Brekke"]),
        # a chat's speaker with the time after the name
        ("Sms-konversation\nRain Laitinen (10:02): Kommer snart.", ["Rain", "Laitinen"]),
        # a field's value after a label that opens no turn
        ("Kontaktperson: Sky Brekke\n", ["Sky", "Brekke"]),
    ],
)
def test_a_word_filling_a_label_with_a_name_is_the_other_half(text: str, words: list[str]) -> None:
    assert removed(numbered_redactor(["Tove Brekke", "Arne Laitinen"]), text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Doctor Brekke: Hur mår du?", ["Brekke"]),  # a title
        ("To Brekke: see the attached plan.", ["Brekke"]),  # a frequent word before the name
        ("Dear Brekke:\nThanks for the call.", ["Brekke"]),  # a greeting
        ("Tove Says: ja, kom.", ["Tove"]),  # a verb of saying
        ("Tove Sand sa ja.", ["Tove"]),  # a sentence, no label
        # what a turn says after its label is speech, no field's value
        ("Int: Uppföljning Tove\nInf: Det gick bra.", ["Tove"]),
        ("Jag: Uppföljning Tove\n", ["Tove"]),
        ("[15:55] ?: Uppföljning Tove\n", ["Tove"]),
    ],
)
def test_a_title_greeting_or_sentence_beside_a_name_stays(text: str, words: list[str]) -> None:
    assert removed(numbered_redactor(["Tove Brekke"]), text) == words
