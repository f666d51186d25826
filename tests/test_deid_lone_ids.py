"""Identity numbers written with no word naming them (`lone_ids.py`), and the naming words'
glued and next-line forms (`identity_numbers.py`, `document_numbers.py`): numbers drawn from
python-stdnum's rules (`bench/number_atlas.py`), and the numbers a note holds that must stay."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

TAG = "[personnummer]"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "number",
    [
        "8709287785",  # Czech rodné číslo, run together
        "870928/7785",  # and as printed
        "9812210966",  # Bulgarian EGN
        "2411879269",  # Icelandic kennitala
        "2112451091",  # Danish CPR of 1945, whose modulus-11 check holds
        "20045407572",  # Greek AMKA
        "21084014680",  # Latvian personal code
        "91614610088",  # Brazilian CPF
        "916.146.100-88",
        "47031602850",  # German Steuer-ID
        "772211844106",  # Russian INN
        "7564311877315",  # Swiss AHV number
        "756.4311.8773.15",
        "5805041629605",  # Korean resident number
        "101117560554914",  # French NIR
        "1 01 11 75 605 549 14",
        "3174010405464599",  # Indonesian NIK
        "214-65-9647",  # US SSN as printed
        "450528 1737 08 4",  # South African ID as printed
        "5497.44.095",  # Dutch BSN as printed
        "81731505Q",  # Spanish DNI
        "Z9030663V",  # Spanish NIE
        "2861102F",  # Irish PPS
        "568881140ZZ8",  # Portuguese citizen card
        "56888114 0 ZZ8",
        "KEST670625HNEJTH05",  # Mexican CURP
        "ZE401877B",  # British National Insurance number
        "ZE 40 18 77 B",
        "F171047644943B",  # Mauritian ID
    ],
)
def test_a_checked_number_alone_is_taken(redactor: Redactor, number: str) -> None:
    for text in (f"Hon uppgav {number} vid besöket.", f"({number})", f"Details: {number}."):
        assert TAG in redactor(text), text
        assert number not in redactor(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Order 8709287785 skickades i går.",  # a valid rodné číslo after an order word
        "Ärende 47031602850 är avslutat.",
        "Invoice no. 91614610088 was paid.",
        "Summan 8709287785 kr betalades.",
        "Hon uppgav 8709287784 vid besöket.",  # one digit off: its check fails
        "Hon uppgav 549744095 vid besöket.",  # a BSN run together: one check digit only
        "Hon uppgav 3206029035 vid besöket.",  # a rodné číslo of 2032: not yet born
        "Hon uppgav 2112451092 vid besöket.",  # a Danish date whose modulus-11 check fails
        "Ring +8709287785.",
        "Z9030663X was the part number.",  # an NIE shape whose check letter fails
        "The form QQ123456C is HMRC's example.",  # a prefix HMRC never issues
    ],
)
def test_numbers_that_are_no_one_s_stay(redactor: Redactor, text: str) -> None:
    assert TAG not in redactor(text), redactor(text)


@pytest.mark.parametrize(
    "text,number",
    [
        ("Pt. identified (CPR-nr.:0709563541).", "0709563541"),
        ("Uppgifter:ID - 89588361941;kontakt via mor.", "89588361941"),
        ("She gave us her details: ID no. 773797277.", "773797277"),
        ("Hon uppgav personnummer\n7903236375 vid besöket.", "7903236375"),
        ("Er nannte Steuer-ID - 47031602850 und ging.", "47031602850"),
        ("Hun oppga fnr.: 17056528512 da hun kom.", "17056528512"),
        ("Pappan lämnade SIN\n947227310 till receptionen", "947227310"),
        ("Ny kontakt (PAN:VJLPP8251A), se nedan.", "VJLPP8251A"),
        ("Hän antoi tiedot: Cartão de Cidadão 56888114 0 ZZ8.", "56888114 0 ZZ8"),
        ("Hon uppgav henkilötunnus 141144X7382 vid besöket.", "141144X7382"),
    ],
)
def test_a_naming_word_glued_dashed_or_on_the_line_before(
    redactor: Redactor, text: str, number: str
) -> None:
    out = redactor(text)
    assert not any(part in out for part in number.split()), out


@pytest.mark.parametrize(
    "text",
    [
        "Tfn 51261774 – Ituri Njoroge",  # Swedish "Tfn" is a phone, not Australia's TFN
        "Han gick inn 12345678 ganger.",  # Norwegian "inn", not Russia's INN
        "Hon sa sin 12345678 gång.",
        "DOBUTAMINE STARTED, CO/CI 6.0/3.14/867.",  # a cardiac index, not Ecuador's CI
        "MAP 60-70. CI 2.27-2.43. SVR 1100-1300's.",
    ],
)
def test_words_of_a_sentence_are_no_naming_words(redactor: Redactor, text: str) -> None:
    assert TAG not in redactor(text), redactor(text)


@pytest.mark.parametrize(
    "text,number",
    [
        ("Reference: 943 476 5919\nP: We met at the clinic.", "943 476 5919"),
        ("Our ref. 642 621 2997 (from the hospital's letter)", "642 621 2997"),
        # full-width digits
        ("Ref no: ３８３ ２３６ ４０５６\nI: Thank you.", "３８３ ２３６ ４０５６"),
    ],
)
def test_an_nhs_number_as_printed_after_a_letters_reference(
    redactor: Redactor, text: str, number: str
) -> None:
    # The NHS prints its number 3-3-4, a North American phone's grouping: the reference word
    # that stops the phone rules no longer lets it through whole.
    assert TAG in redactor(text), redactor(text)
    assert number not in redactor(text)


@pytest.mark.parametrize(
    "text,number",
    [
        ("Reference: 943 476 5918\nP: Yes.", "943 476 5918"),  # the modulus-11 check fails
        ("Ref 9434765918 was on the letter.", "9434765918"),
    ],
)
def test_ten_digits_after_a_letters_reference_are_never_published_whole(
    redactor: Redactor, text: str, number: str
) -> None:
    out = redactor(text)
    assert "[id]" in out and number not in out and TAG not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Case reference 943 476 5919 was closed.",  # a case's number, no letter's
        "Order ref: 642 621 2997",
        "Invoice reference 6426212997 paid.",
        "Reference: 386 499 688\nP: Yes.",  # nine digits in threes: no NHS number
    ],
)
def test_a_things_reference_in_the_nhs_grouping_stays(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text, redactor(text)
