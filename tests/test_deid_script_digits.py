"""Dates and phone numbers written in the digits of another script: Arabic-Indic ("٣/٥"),
Persian, Extended Arabic-Indic ("۰۷۰"), Devanagari ("२०२४") and every other Unicode decimal
digit read as the digits they are, by the redactor (`readable.py`) and by the verifier on its
own (`verify_patterns.as_read`). NFKC leaves these digits as they are, so before this they
passed both. The sentences are written for this test."""

from __future__ import annotations

import unicodedata

import pytest
from casebook.deid import Redactor, Registry, verify_texts
from casebook.deid.readable import fold
from casebook.deid.verify_patterns import as_read

ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize("digits", [ARABIC, PERSIAN, DEVANAGARI, BENGALI])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hon ringde {070-123 45 67} igår.", "Hon ringde [phone] igår."),
        ("Besök den {3/5} kl 10.", "Besök [date] kl 10."),
        ("Född {2024-05-03} i Kabul.", "Född [date] i Kabul."),
        ("Inskriven {3.5.2024}, sedan hem.", "Inskriven [date], sedan hem."),
        ("Kom {14} mars {2024} till Malmö.", "Kom [date] till Malmö."),
    ],
)
def test_dates_and_phones_in_other_digits(
    redactor: Redactor, digits: dict[int, str], text: str, expected: str
) -> None:
    written = _written(text, digits)
    assert redactor.redact(written).text == expected


def test_other_figures_stay_as_they_were_typed(redactor: Redactor) -> None:
    text = "Score ٥ of ٧, tre ۳ barn, वर्ष २."
    assert redactor.redact(text).text == text


def test_written_dates_in_arabic_and_persian_script(redactor: Redactor) -> None:
    # CLDR's month names with the digits the same locales write
    assert redactor.redact("رسید ۳ مه ۲۰۲۴ به مالمو").text == "رسید [date] به مالمو"
    assert redactor.redact("وصل ٣ مايو ٢٠٢٤ إلى مالمو").text == "وصل [date] إلى مالمو"


def test_the_folded_text_maps_back_digit_for_digit() -> None:
    folded = fold("Mobil ۰۷۰-۱۲۳")
    assert folded is not None and folded.text == "Mobil 070-123"
    assert folded.span(6, 13) == (6, 13)


def test_the_verifier_reads_other_digits_on_its_own() -> None:
    every = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Nd"]
    assert all(as_read(f"a{d}b") == f"a{unicodedata.decimal(d)}b" for d in every)
    cells = [
        ("notes", "text", 1, _written("Ring {070-123 45 67} tonight.", PERSIAN)),
        ("notes", "text", 2, _written("Personnummer {19850101-1234}.", ARABIC)),
        ("notes", "text", 3, _written("Score {5} of {7}.", ARABIC)),
    ]
    leaks = verify_texts(cells, Registry([]))
    assert [(leak.row, leak.kind) for leak in leaks] == [(1, "phone"), (2, "personnummer")]


def _written(text: str, digits: dict[int, str]) -> str:
    """`text` with the stretches in braces written in `digits`."""
    out, inside = [], False
    for char in text:
        if char in "{}":
            inside = char == "{"
            continue
        out.append(char.translate(digits) if inside else char)
    return "".join(out)
