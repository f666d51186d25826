"""General causes of missed dates, addresses, e-mail addresses and phone numbers, found on a
second validation set (held-out B) and fixed in general; each test names its cause and uses
values and sentences of our own."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Tove Lindahl", "[patient P-1]")]))


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


# --- Swedish short dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Utskriven 3 feb -22, mår bättre.", "Utskriven [date], mår bättre."),
        ("Nytt besök 12 okt '25 på mottagningen.", "Nytt besök [date] på mottagningen."),
        ("Påminn om mötet 14/11-24 i god tid.", "Påminn om mötet [date] i god tid."),
        ("Sent: 2/9-23 8:15", "Sent: [date] 8:15"),
        ("Hon fyller år 18/12 2019, sa hon.", "Hon fyller år [date], sa hon."),
        ("Återbesök 4/6. Tar med papperen.", "Återbesök [date]. Tar med papperen."),
        ("Follow-up 9/3 with the nurse.", "Follow-up [date] with the nurse."),
        ("Inskriven 230517, utskriven i juni.", "Inskriven [date], utskriven i juni."),
        # a colon and a space close the date before the number of what follows
        ("Flyttar från 19/7: 3 barn följer med.", "Flyttar från [date]: 3 barn följer med."),
        ("Nytt nummer från 2/9: 4 siffror till.", "Nytt nummer från [date]: 4 siffror till."),
    ],
)
def test_swedish_short_dates(redactor: Redactor, text: str, expected: str) -> None:
    assert redacted(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rated her sleep 7/10 last week and 8/10 this week.",
        "Takes 3/4 of a tablet in the evening.",
        "Order number 230517 was sent back.",
        "Arbetar 2/3 av heltid sedan i våras.",
        "Resultat 3/4: 2 mål i andra halvlek.",  # nothing dates it
    ],
)
def test_fractions_scores_and_bare_numbers_are_no_dates(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


# --- addresses of other countries ---------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "ul. Świętokrzyska 17/4",  # a capital outside Latin-1
        "plac Żeromskiego 3",
        "Kalevanbulevardi 12",  # a Finnish street word ending a compound
        "Studio 7, Marlowe Court, LS6 2QT Leeds",  # a British flat type
        "Tallvägen 9, lgh 1203, 053 31 Kiruna",  # a postcode written with a leading 0
        "Calle de San Bernardo, 41, 28015 Madrid de la Sierra",  # particles in street and town
        "12 Rue du Vieux Port Saint Marc, 13002 Marseille",  # a long street name
    ],
)
def test_addresses_with_other_alphabets_and_particles(redactor: Redactor, address: str) -> None:
    assert redacted(redactor, f"Hon har flyttat till {address}.") == (
        "Hon har flyttat till [address]."
    )


# --- e-mail addresses written for people, not robots -------------------------------------


@pytest.mark.parametrize(
    "address", ["tove.l (at) example.se", "tove.l[at]example[dot]se", "tove_l(at)mail.example.org"]
)
def test_an_obfuscated_email_address_is_an_email(redactor: Redactor, address: str) -> None:
    assert redacted(redactor, f"Skriv till {address} om tiden.") == "Skriv till [email] om tiden."


def test_at_in_parentheses_in_a_sentence_stays(redactor: Redactor) -> None:
    text = "We met (at) the library, as usual."
    assert redacted(redactor, text) == text


# --- phone numbers named by an abbreviation or after the number ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kontakt: brodern, mob. 71836402",
        "Her GP, tel. 2223194455",
        "58231947 is her number now.",
        "71836402 är hennes nummer.",
    ],
)
def test_a_bare_number_named_a_phone_number(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    assert "[phone]" in out and not any(c.isdigit() for c in out)
