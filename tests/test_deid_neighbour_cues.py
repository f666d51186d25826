"""Phone numbers, dates and addresses named by the words of the neighbours' languages and
German (a Nordic study's notes quote Danish, Norwegian, Finnish and German letters and
messages), by a definite "the number", and a number alone in brackets after a contact's name;
with guards that amounts, scores, clock times, decimals and a town with a time since stay.
Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Moren har fået nyt nummer: 28471936.", "28471936"),  # Danish
        ("Hennes nye nummer er 92847163.", "92847163"),  # Norwegian
        ("Sie hat eine neue Nummer: 17293846.", "17293846"),
        ("Hon skrev upp numret 83749216 på en lapp.", "83749216"),
        ("Nummeret 46182937 virker ikke.", "46182937"),
    ],
)
def test_a_bare_number_after_new_or_the_number(redactor: Redactor, text: str, number: str) -> None:
    redacted = redactor(text)
    assert number not in redacted and "[phone]" in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "Samtal med fastern (3018274651) om flytten.",
        "Samtal med sonen (9182/7364) i går.",
        "Kontakt: Ahmed (40918273) efter kl 16.",
    ],
)
def test_a_number_alone_in_brackets_after_a_contact(redactor: Redactor, text: str) -> None:
    redacted = redactor(text)
    assert "([phone])" in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "Hyran höjdes (1250000) kronor totalt.",
        "Befolkningen växte (9500000) invånare.",
        "Ett gammalt nummer av tidningen, numret 12 från 1998.",
    ],
)
def test_amounts_dates_and_issues_are_no_phone_numbers(redactor: Redactor, text: str) -> None:
    assert "[phone]" not in redactor(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Brev fra kommunen, dateret 27.3, om huslejen.", "27.3"),  # no closing full stop
        ("Neste møte er 14.2. i Drammen.", "14.2."),
        ("Mødet er flyttet til 9.10.", "9.10."),
        ("Seit dem 21.11. in Behandlung.", "21.11."),
        ("Hakemus lähti 5.6. postissa.", "5.6."),
        ("Hon flyttade in på Sollefteå 17/8.", "17/8"),
    ],
)
def test_a_day_and_month_after_a_word_that_dates_it(
    redactor: Redactor, text: str, date: str
) -> None:
    redacted = redactor(text)
    assert date not in redacted and "[date]" in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "Hun ventede til 2.5 timer.",  # a decimal
        "Det var fra 6.11 til 7.30.",  # clock times
        "Hon skattade oron till 7/10 efter flytten.",  # a score
        "Han tog 1/2 tablett.",
    ],
)
def test_decimals_clock_times_and_scores_stay(redactor: Redactor, text: str) -> None:
    assert "[date]" not in redactor(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Hon vill bo kvar i lägenheten på Granlyngen 23.", "Granlyngen 23"),
        ("Han fortalte at han har flyttet til Åsgjerdet 7B.", "Åsgjerdet 7B"),
        ("Sie wohnt jetzt in der Eikendreef 12.", "Eikendreef 12"),
    ],
)
def test_a_street_after_a_word_of_living_or_moving(
    redactor: Redactor, text: str, street: str
) -> None:
    redacted = redactor(text)
    assert street not in redacted and "[address]" in redacted, redacted


@pytest.mark.parametrize(
    "text",
    [
        "He moved to Bergen 3 years ago.",
        "Hon flyttade till Umeå 2 år sedan.",
        "Han har flyttet til Tromsø 4 måneder siden.",
    ],
)
def test_a_town_and_a_time_since_is_no_address(redactor: Redactor, text: str) -> None:
    assert "[address]" not in redactor(text)
