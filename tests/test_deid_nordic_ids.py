"""The identity numbers of Sweden's neighbours, checked as their authorities publish them:
Norway's fødselsnummer (two mod-11 check digits), Finland's henkilötunnus (a mod-31 check
character), Denmark's CPR and Iceland's kennitala (a date, a dash, four digits). Numbers
computed for this test from the published rules, none taken from a corpus."""

from __future__ import annotations

import re

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.nordic_ids import find


def _norwegian(date: str, individual: int) -> str:
    """A fødselsnummer for `date` (DDMMYY) with the first valid individual number from
    `individual` on."""
    w1, w2 = (3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for ind in range(individual, 1000):
        digits = [int(c) for c in f"{date}{ind:03d}"]
        k1 = (11 - sum(a * b for a, b in zip(w1, digits, strict=True)) % 11) % 11
        if k1 == 10:
            continue
        k2 = (11 - sum(a * b for a, b in zip(w2, [*digits, k1], strict=True)) % 11) % 11
        if k2 != 10:
            return f"{date}{ind:03d}{k1}{k2}"
    raise AssertionError("no valid number")


def _finnish(date: str, sign: str, individual: str) -> str:
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(date + individual) % 31]
    return f"{date}{sign}{individual}{check}"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_a_norwegian_number_with_its_check_digits(redactor: Redactor) -> None:
    number = _norwegian("150384", 100)
    assert redactor(f"Fødselsnummer {number} i journalen.") == (
        "Fødselsnummer [personnummer] i journalen."
    )
    spaced = f"{number[:6]} {number[6:]}"
    assert redactor(f"Nummeret er {spaced}.") == "Nummeret er [personnummer]."
    d_number = _norwegian("550384", 200)  # a D-nummer: 40 added to the day
    assert redactor(f"D-nummer {d_number}") == "D-nummer [personnummer]"
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert find(wrong, wrong.lower(), 0, len(wrong)) == []  # a check digit off: no number


def test_a_finnish_number_with_its_check_character(redactor: Redactor) -> None:
    for sign in ("-", "A", "+"):
        number = _finnish("131052", sign, "308")
        assert redactor(f"Henkilötunnus {number} on paperissa.") == (
            "Henkilötunnus [personnummer] on paperissa."
        )
    bad = _finnish("131052", "-", "308")[:-1] + "Q"
    assert "[personnummer]" not in redactor(f"Koodi {bad} on väärä.")  # a wrong check


def test_danish_and_icelandic_numbers_with_a_dash_or_a_cue(redactor: Redactor) -> None:
    assert redactor("CPR-nr. 311299-1234 står på kortet.") == (
        "CPR-nr. [personnummer] står på kortet."
    )
    assert redactor("Kennitala 120174-3399.") == "Kennitala [personnummer]."
    assert redactor("CPR 3112991234") == "CPR [personnummer]"


@pytest.mark.parametrize(
    "text",
    [
        "Invoice 12345678901 was paid.",  # eleven digits, no valid date or check
        "Order 311399-1234 shipped.",  # no month 13
        "The code 3112991234 opened the door.",  # ten bare digits and no cue
    ],
)
def test_numbers_that_are_no_identity_numbers_stay(redactor: Redactor, text: str) -> None:
    assert "[personnummer]" not in redactor(text)


def test_a_finnish_number_in_brackets(redactor: Redactor) -> None:
    """A number written in brackets after the word that names it (as people add the number
    to a sentence) is read as in running text: the bracket is no part of it."""
    for sign in ("-", "A"):
        number = _finnish("270495", sign, "112")
        assert redactor(f"Hänen henkilötunnuksensa ({number}) oli lomakkeessa.") == (
            "Hänen henkilötunnuksensa ([personnummer]) oli lomakkeessa."
        )


@pytest.mark.parametrize(
    "text,number",
    [
        # a CPR with a space for its dash, no word naming it: the grouping is no phone's
        ("The form had 070253 1142 in the top corner.", "070253 1142"),
        ("Hun skrev 311299 4021 på sedlen.", "311299 4021"),
        ("He wrote 290200\u00a00117 on the card.", "290200\u00a00117"),
        # the same after readable.fold: a zero-width space inside, full-width digits
        ("The number 07025\u200b3 1142 was on the slip.", "07025\u200b3 1142"),
    ],
)
def test_a_danish_number_with_a_space_needs_no_word(
    redactor: Redactor, text: str, number: str
) -> None:
    at = text.index(number)
    spans = [(s.start, s.end, s.kind) for s in redactor.spans(text)]
    assert (at, at + len(number), "personnummer") in spans, spans


def test_a_danish_number_run_together_needs_its_word(redactor: Redactor) -> None:
    full_width = "".join(chr(0xFF10 + int(c)) for c in "0702531142")
    assert redactor(f"CPR-nummeret er {full_width}.") == "CPR-nummeret er [personnummer]."
    # (without its word: a person's number all the same, named so after it; `phones.py`)
    kept = redactor(f"The registration used {full_width} as her number.")
    assert kept == "The registration used [phone] as her number."


def test_a_danish_number_after_its_word_and_a_comma(redactor: Redactor) -> None:
    # The apposition's comma after "CPR number" ("Her CPR number, …, was"); a real date only.
    assert redactor("Her CPR number, 2304881234, was on the old form.") == (
        "Her CPR number, [personnummer], was on the old form."
    )
    assert redactor("Hans CPR-nummer, 2304881234, stod på skemaet.") == (
        "Hans CPR-nummer, [personnummer], stod på skemaet."
    )
    assert "[personnummer]" not in redactor("Her CPR number, 3304881234, was wrong.")


@pytest.mark.parametrize(
    "text",
    [
        "Account 123456 7890 was closed.",  # no day 12 of month 34
        "Batch 451399 2210 arrived.",  # no month 13
        "Kontonummer 5301 0612345678 står på fakturan.",  # a bank's four and ten digits
    ],
)
def test_six_and_four_digits_that_are_no_cpr(redactor: Redactor, text: str) -> None:
    cluster = re.search(r"\d[\d ]+\d", text)
    assert cluster is not None
    assert find(text, text.lower(), cluster.start(), cluster.end()) == []
    assert "[personnummer]" not in redactor(text)


def test_a_date_yymmdd_and_a_clock_time_are_no_cpr() -> None:
    # (a Swedish personnummer's shape all the same: `patterns.PERSONNUMMER` has its turn)
    text = "Logg 241226 0830 skrevs in."
    assert find(text, text.lower(), 5, 16) == []
    assert find("Logg 241226 0890", "logg 241226 0890", 5, 16) != []  # no minute 90


def test_a_cpr_with_a_space_beside_a_name_both_go() -> None:
    from casebook.deid import NameEntry

    redactor = Redactor(Registry([NameEntry("p:1", "Tove Brekke", "[P-1]")]))
    assert redactor("Tove Brekke wrote 070253 1142 on the form.") == (
        "[P-1] wrote [personnummer] on the form."
    )
