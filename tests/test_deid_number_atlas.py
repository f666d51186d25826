"""Identity and phone numbers of every country, as `bench/number_atlas.py` writes them from
python-stdnum and libphonenumber: the words of each country for its identity number, short
phone numbers after a phone word (the Faroe Islands, Greenland), a number's opening or closing
group left beside `[phone]`; and the ordinary numbers that must stay."""

from __future__ import annotations

import random

import pytest
from casebook.deid import Redactor, Registry, verify_texts

from bench import number_atlas
from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text,written",
    [
        ("Hon uppgav SV-Nummer 5189071103 vid besöket.", "5189071103"),
        ("Met the son today, national number 91050321589 and he left.", "91050321589"),
        ("Pappan lämnade AHV-Nummer 7563549306666 till receptionen", "7563549306666"),
        ("Er nannte IdNr 71326495079 und ging.", "71326495079"),
        ("She gave us her details: ID 9931000260.", "9931000260"),
        ("Hun oppga ID 451217732 da hun kom.", "451217732"),
        ("AMKA 20105761066", "20105761066"),
        ("Hän antoi tiedot: NHS 1154444279.", "1154444279"),
        ("(CURP HUVR890420HNEFLT02)", "HUVR890420HNEFLT02"),
        ("She gave us her details: henkilötunnus 110101193508110966.", "110101193508110966"),
        ("Hun oppga id-nummer 602.090.783.76 da hun kom.", "602.090.783.76"),
        ("CPF 12690604493", "12690604493"),
    ],
)
def test_identity_numbers_after_their_countrys_word(
    redactor: Redactor, text: str, written: str
) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text,written",
    [
        ("Han gav os tlf. 211234, og gik så.", "211234"),
        ("Hun har tlf 22 12 34 nu.", "22 12 34"),
        ("Handy 22158", "22158"),
        ("Telefon: 18123", "18123"),
        ("hans nummer: 31234", "31234"),
        ("call her on 71.234 tomorrow", "71.234"),
        ("Hon uppgav puh. 561234 vid besöket.", "561234"),
    ],
)
def test_short_phone_numbers_after_a_phone_word(
    redactor: Redactor, text: str, written: str
) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text,written",
    [
        ("Han gav os 8 024 912-34-56, og gik så.", "8 024 912-34-56"),
        ("Er nannte 010 01234567 und ging.", "010 01234567"),
        ("Hun oppga 8.0152.45.09.11 da hun kom.", "8.0152.45.09.11"),
        ("Er nannte 5011-0714-8756 und ging.", "5011-0714-8756"),
        ("Met the son today, 020.146.201-05 and he left.", "020.146.201-05"),
        ("Hun oppga 110.101.193.508.110.966 da hun kom.", "110.101.193.508.110.966"),
        ("Kortet 4111-1111-1111-1111 spärrades.", "4111-1111-1111-1111"),
    ],
)
def test_no_group_of_a_number_is_left_beside_it(
    redactor: Redactor, text: str, written: str
) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text,written",
    [
        ("Hon uppgav 07912345678 vid besöket.", "07912345678"),
        ("Er nannte 05321234567 und ging.", "05321234567"),
        ("Hän antoi 09123456789 meille.", "09123456789"),
        ("The London line 02079460958 still works.", "02079460958"),
    ],
)
def test_a_mobile_of_eleven_digits_without_a_phone_word(
    redactor: Redactor, text: str, written: str
) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "ring 1177 om du blir sämre",
        "ringde 12 03 24 och bokade en tid",
        "ringde 230517 och bokade en tid",
        "Telefon 12 345 kr per månad",
        "tel 40 000 people called the helpline",
        "case number 123456 was closed",
        "ID: TMAX 99.5, afebrile",
        "ID 2024-01-02 noted",
        "ringde 14.30 igen",
        "improving met acidosis (pH 7.27-7.31). Strong cough",
        "She paid 12 500 kr and 3 400 kr",
        "Order 123456 arrived in 2019.",
        "Kostnad 01234567890 kr",
    ],
)
def test_ordinary_numbers_stay(redactor: Redactor, text: str) -> None:
    out = redactor(text)  # ("ringde 230517" is a day, for the date rule)
    assert not any(tag in out for tag in ("[phone]", "[personnummer]", "[id]")), out


def test_the_atlas_draws_valid_numbers_of_every_module() -> None:
    rng = random.Random(3)
    for module in number_atlas.IDENTITY:
        numbers = number_atlas.identity_numbers(module, 2, rng)
        assert len(numbers) == 2, module
        assert "compact" in number_atlas.identity_forms(module, numbers[0])


# Computed for this test with python-stdnum's rules (bench/number_atlas.py draws such numbers):
# a Belgian national number, a South African ID number, a Chinese resident ID.
BELGIAN, SOUTH_AFRICAN, CHINESE = "97042577852", "0407275683081", "110101198812117719"


@pytest.mark.parametrize("number", [BELGIAN, SOUTH_AFRICAN, CHINESE])
def test_checked_numbers_without_a_word(redactor: Redactor, number: str) -> None:
    assert redactor(f"Hon uppgav {number} vid besöket.") == "Hon uppgav [personnummer] vid besöket."


def test_the_verifier_agrees_on_the_checked_numbers_of_thirteen_and_eleven_digits() -> None:
    for number in (BELGIAN, SOUTH_AFRICAN):
        (leak,) = verify_texts([("responses", "note", 1, f"Card {number} seen.")], Registry([]))
        assert leak.kind == "personnummer"
    slipped = BELGIAN[:-1] + str((int(BELGIAN[-1]) + 1) % 10)
    cells = [("responses", "note", 1, f"Number {slipped} here.")]
    assert [leak.kind for leak in verify_texts(cells, Registry([]))] in ([], ["phone"])
