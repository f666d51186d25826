"""The last registered names, phone numbers and dates that Casebook missed in validation L's
shapes: a name after a Swedish pronoun inverted after its verb, a phone number before a word
that is also a currency or a turn's label, a year before a capitalised "Men", and a number of
seven digits in a signature."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Hannes Månsson", "[P1]"),
        NameEntry("p:2", "Dag Ek", "[P2]"),
        NameEntry("p:3", "Mark Holm", "[P3]"),
        NameEntry("p:4", "Rose Lind", "[P4]"),
    ]
)
REDACTOR = Redactor(REGISTRY)


def redact(text: str) -> str:
    return REDACTOR.redact(text).text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Efteråt ringde jag Hannes igen.", "Efteråt ringde jag [P1] igen."),
        ("Sedan träffade hon Dag på stationen.", "Sedan träffade hon [P2] på stationen."),
        ("Då kom vi Mark till mötes vid porten.", "Då kom vi [P3] till mötes vid porten."),
    ],
    ids=["weak-past", "weak-past-dag", "strong-past"],
)
def test_a_name_after_an_inverted_pronoun(text: str, redacted: str) -> None:
    assert redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Then she Rose to the occasion and spoke.",  # rule 5 holds in English
        "Jag vet att jag Mark inte kan ändra.",  # the pronoun after "att": no inverted order
    ],
    ids=["english", "subordinate"],
)
def test_a_word_after_a_pronoun_that_opens_its_clause_stays(text: str) -> None:
    assert "[P" not in redact(text)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "call Domaradz on 07503 010691 Mark the changes on the form.",
            "call [name] on [phone] Mark the changes",
        ),
        ("V: Puh. 689 4355\nH: Auton kuljettaja pysähtyi.", "V: Puh. [phone]\nH: Auton"),
        ("Venlig hilsen\nNorlin\n8020510\n", "Venlig hilsen\n[name]\n[phone]\n"),
    ],
    ids=["trunk-zero-before-mark", "turn-label-h", "signature-seven-digits"],
)
def test_phone_numbers(text: str, redacted: str) -> None:
    assert redact(text).startswith(redacted)


@pytest.mark.parametrize(
    "text",
    [
        "Det kostade 3 500 000 mark på den tiden.",  # an amount in markka
        "Vi körde 1 250 000 km tills bilen gav upp.",  # a distance
        "Resultat\nNorlin\n8020510\n",  # seven digits under no sign-off
    ],
    ids=["markka", "kilometres", "no-sign-off"],
)
def test_amounts_and_bare_figures_stay(text: str) -> None:
    assert "[phone]" not in redact(text)


def test_a_year_before_a_sentence_opening_men() -> None:
    text = "Datum: den 25 nov 2024 Men visst, varför inte."
    assert redact(text).startswith("Datum: [date] Men visst")


def test_a_year_before_counted_men_stays_a_count() -> None:
    assert redact("Den 3 maj 1500 men drog norrut.").startswith("[date] 1500 men")


TAGS = Registry(
    [
        NameEntry("p:1", "Johnnie Barford", "[P1]"),
        NameEntry("p:2", "Siv Boge", "[P2]"),
        NameEntry("p:3", "Satu Hollo", "[P3]"),
        NameEntry("p:4", "Dag Hegland", "[P4]"),
        NameEntry("p:5", "Dagny Bendixen", "[P5]"),
        NameEntry("p:6", "Dorotea Norell", "[P6]"),
        NameEntry("p:7", "Vivi Norlin", "[P7]"),
    ]
)
TAGGER = Redactor(TAGS)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Til stede: Jonnie Barford og lederen.", "Til stede: [P1] og lederen."),
        ("Fra: Siv Bge <sivboge@online.no>", "Fra: [P2] <[email]>"),
        ("Satu Hillos lägenhet ligger på andra våningen.", "[P3]s lägenhet ligger"),
    ],
    ids=["given-slip", "family-slip", "family-slip-genitive"],
)
def test_a_misspelt_half_beside_a_registered_half_is_that_person(text: str, redacted: str) -> None:
    assert TAGGER.redact(text).text.startswith(redacted)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("H: Puhelimeen vastasi Dagin tytär.", "H: Puhelimeen vastasi [P4] tytär."),
        ("H: Dorotea Norellin asunto on toisessa kerroksessa.", "H: [P6] asunto on"),
    ],
    ids=["three-letter-name", "family-name"],
)
def test_a_registered_name_with_a_finnish_case_is_that_person_not_a_slip(
    text: str, redacted: str
) -> None:
    assert TAGGER.redact(text).text.startswith(redacted)


def test_a_stranger_beside_a_registered_half_stays_a_stranger() -> None:
    # "Kowalczyk" is no slip of Boge: another family, another person
    redacted = TAGGER.redact("Jag träffade Siv Kowalczyk igår.").text
    assert "Kowalczyk" not in redacted
    assert "[P2]" not in redacted


# --- a name typed with its accents dropped and its letters of their own kept ---------------

ACCENTS = Redactor(
    Registry([NameEntry("p:1", "Đào Hồ", "[P1]"), NameEntry("p:2", "Sigrid Løvås", "[P2]")])
)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Han lånte sykkelen av Đao i vår.", "Han lånte sykkelen av [P1] i vår."),
        ("Đao vil helst møtes hjemme.", "[P1] vil helst møtes hjemme."),
        ("Hun ringte Sigrid Løvas i går.", "Hun ringte [P2] i går."),
        ("Dao og Đào kom sammen.", "[P1] og [P1] kom sammen."),  # folded and as registered
    ],
)
def test_a_name_without_its_accents_but_with_its_own_letters(text: str, redacted: str) -> None:
    assert ACCENTS.redact(text).text == redacted
