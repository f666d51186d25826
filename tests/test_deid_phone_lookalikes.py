"""Figures in a phone number's shape that running text writes for something else stay
(`phone_lookalikes.py`): a span of years ("(1866 - 1949)", "nr. 7 (2005-2006)") and an
amount before a currency or count word of the neighbours' languages ("3 000–5 000 pund",
"2 500 000 euroa"), a case's reference that opens with its year ("Emne: Ny avtale
(2025-41877)"). Numbers of the same shape after a phone word, with a trunk 0 or in
international form are still phone numbers. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, phone_lookalikes


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _digits_removed(redactor: Redactor, text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in redactor.spans(text)
        if any(c.isdigit() for c in text[s.start : s.end])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Maleren (1866 - 1949) frå Langesund kom til Horten.",
        "Filosofen (1839-1914) er ein pioner i vitskapsfilosofien.",
        "Det vart skissert i St.meld. nr. 7 (2005-2006) og seinare vedteke.",
        "Hon vill låna 15 001–19 999 pund på två år.",
        "Kunderna tjänar 3 % på 3 000–5 000 pund om året.",
        "Kaupungilla on 2 500 000 euroa velkaa.",
        "Die Stadt hat 1 200 000 Einwohner und wächst weiter.",
    ],
)
def test_years_and_amounts_stay(redactor: Redactor, text: str) -> None:
    assert _digits_removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ring mamma på 0866-1949 i kväll.", "0866-1949"),
        ("Hennes nummer är +47 2005 2006.", "+47 2005 2006"),
        ("Mobil: 1866 1949", "1866 1949"),
        ("tlf 1866 1949", "1866 1949"),
        ("Ring honom på 08-123 456 78 i morgon.", "08-123 456 78"),
    ],
)
def test_phone_numbers_of_the_same_shape_stay_removed(
    redactor: Redactor, text: str, number: str
) -> None:
    assert _digits_removed(redactor, text) == [number]


def test_year_span_needs_two_years_in_order_and_near() -> None:
    assert phone_lookalikes.year_span("(1866 - 1949)")
    assert phone_lookalikes.year_span("7 (2005-2006)")
    assert not phone_lookalikes.year_span("1949 - 1866")  # falling: no span of years
    assert not phone_lookalikes.year_span("1066-1949")  # 883 years: no life, no period
    assert not phone_lookalikes.year_span("0866-1949")  # a trunk 0: a phone number
    assert not phone_lookalikes.year_span("1234 (2005-2006)")


def test_amount_words_of_the_neighbours_languages() -> None:
    assert all(map(phone_lookalikes.amount_word, ["pund", "euroa", "einwohner", "mrd"]))
    assert not phone_lookalikes.amount_word("ring")


# --- a reference that opens with its year ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fra: Servicetorget\nTil: postmottak\nEmne: Ny avtale (2025-41877)\n\nHei,",
        "Subject: Your complaint (2024-503311)\n\nDear Sir,",
        "Ämne: Angående ärendet 1998-76012\n\nHej,",
        "Aihe: Hakemus (2026–19234)",
        "Vi viser til vår referanse 2023-88120 i brevet fra mars.",
    ],
)
def test_a_reference_that_opens_with_its_year_stays(redactor: Redactor, text: str) -> None:
    assert _digits_removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a phone word near, a trunk 0, a country code: a phone number as before
        ("Ring meg på 2025-41877 i kveld.", "2025-41877"),
        ("Emne: Ny avtale (0701-234567)", "0701-234567"),
        ("Emne: Ny avtale (+47 2025-4187)", "+47 2025-4187"),
        ("Mobil: 2025-418770", "2025-418770"),
        ("Emne: Ny avtale (0046 2025-41877)", "0046 2025-41877"),
        # four digits after the year make eight, a Danish or Norwegian number's length
        ("Emne: Ny avtale (2025-4187)", "2025-4187"),
        ("Emne: Ny avtale (9123-45678)", "9123-45678"),
    ],
)
def test_phone_numbers_in_a_references_slot_stay_removed(
    redactor: Redactor, text: str, number: str
) -> None:
    assert number in _digits_removed(redactor, text)[0]


def test_a_year_reference_needs_a_year_five_or_six_digits_and_no_valid_number() -> None:
    assert phone_lookalikes.year_reference("(2025-41877)", ("SE",))
    assert phone_lookalikes.year_reference("2025-418770", ("NO", "DK", "FI"))
    assert not phone_lookalikes.year_reference("2025-4187", ("SE",))  # eight digits
    assert not phone_lookalikes.year_reference("2125-41877", ("SE",))  # no year
    assert not phone_lookalikes.year_reference("0025-41877", ("SE",))
    # where the study names a region that writes such a number without a trunk 0, it is one
    assert not phone_lookalikes.year_reference("2025-551234", ("US",))


@pytest.mark.parametrize(
    "text",
    [
        "Interview transcript – ref. KB-2026-4417\nParticipant: P-3",
        "Sag KBH-2025-0412 er lukket.",
        "See case AB-2024-9031 for the earlier visit.",
        "Reference (OSL-2026-55120) on the letter.",
    ],
)
def test_a_code_glued_before_the_year_makes_a_files_reference(
    redactor: Redactor, text: str
) -> None:
    assert _digits_removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ring meg på 2026-4417 i kveld.", "2026-4417"),  # a Norwegian number, a phone word
        ("Tlf 2026-4417", "2026-4417"),
        ("Please call 2026-4417 after lunch.", "2026-4417"),
        ("2026-4417", "2026-4417"),  # alone
        ("Ring på KB-2026-4417 i kveld.", "2026-4417"),  # a phone word outweighs the code
        ("Mobil: 2026-4417", "2026-4417"),
    ],
)
def test_a_phone_number_shaped_like_a_year_and_four_digits_stays_removed(
    redactor: Redactor, text: str, number: str
) -> None:
    assert number in _digits_removed(redactor, text)[0]


def test_a_coded_year_reference_needs_capitals_glued_by_a_dash() -> None:
    def check(text: str) -> bool:
        start = next(i for i, c in enumerate(text) if c.isdigit())
        return phone_lookalikes.coded_year_reference(text, start, len(text))

    assert check("ref. AD-2026-5376")
    assert check("KBH-2025-041234")
    assert not check("ref. 2026-5376")  # no code: the reference words decide
    assert not check("ad-2026-5376")  # lower case: a word, not a code
    assert not check("X-AD-2026-5376")  # a longer chain
    assert not check("AD-2126-5376")  # no year
    assert not check("AD-2026-537")  # seven digits


def test_a_registered_name_in_the_subject_line_is_still_removed() -> None:
    redactor = Redactor(Registry([NameEntry("p:1", "Tove Brekke", "[P-1]")]))
    text = "Fra: Servicetorget\nEmne: Tove Brekke (2025-41877)\n\nHei Tove,"
    removed = [text[s.start : s.end] for s in redactor.spans(text)]
    assert "Tove Brekke" in removed and "Tove" in removed
    assert not any(any(c.isdigit() for c in r) for r in removed)
