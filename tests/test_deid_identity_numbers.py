"""Identity numbers of the countries a Nordic study's participants and their relatives come
from: after a word that names one (any shape, a slip in the check digit too), and without one
when a birth date and check digits make it one (a PESEL, a CNP, an Estonian code, a kimlik
number, a JMBG, a codice fiscale). Every number here is computed for this test from the
authorities' published rules (the helpers below, written apart from the redactor's library),
none taken from a corpus; the verifier refuses what the redactor would have removed."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, verify_texts

TAG = "[personnummer]"


def _pesel(body: str) -> str:
    """Poland: YYMMDD (20 added to the month after 1999), four digits, a weighted check."""
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return body + str(-sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10)


def _cnp(body: str) -> str:
    """Romania: sex and century, YYMMDD, a county, three digits, a weighted check mod 11."""
    weights = (2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9)
    check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    return body + str(1 if check == 10 else check)


def _isikukood(body: str) -> str:
    """Estonia and Lithuania: sex and century, YYMMDD, three digits, two weightings mod 11."""
    check = sum(int(d) * w for d, w in zip(body, (1, 2, 3, 4, 5, 6, 7, 8, 9, 1), strict=True)) % 11
    if check == 10:
        second = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
        check = sum(int(d) * w for d, w in zip(body, second, strict=True)) % 11 % 10
    return body + str(check)


def _kimlik(body: str) -> str:
    """Turkey: nine digits, then (7 x odd places - even places) mod 10, then the sum mod 10."""
    digits = [int(d) for d in body]
    first = (7 * sum(digits[0::2]) - sum(digits[1::2])) % 10
    return f"{body}{first}{(sum(digits) + first) % 10}"


def _jmbg(body: str) -> str:
    """The former Yugoslavia: DDMMYYY, a region, three digits, a check mod 11."""
    weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    return body + str(-sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11 % 10)


def _off_by_one(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


PESEL = _pesel("8507181234")  # born 18 July 1985
PESEL_2000S = _pesel("0227030567")  # born 3 July 2002: the month is 27
CNP = _cnp("285071840123")  # a woman born 18 July 1985, county 40 (Bucharest)
ISIKUKOOD = _isikukood("4920304567")  # a woman born 3 March 1992
KIMLIK = _kimlik("104932675")
JMBG = _jmbg("180798571004")  # born 18 July 1998, region 71 (Belgrade)
CODICE = "RSSMRA85T10A562S"  # the Agenzia delle Entrate's own example (Mario Rossi)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("cue", "number"),
    [
        ("PESEL", PESEL),
        ("PESEL:", PESEL_2000S),
        ("CNP", CNP),
        ("isikukood", ISIKUKOOD),
        ("asmens kodas", ISIKUKOOD),
        ("T.C. kimlik no", KIMLIK),
        ("JMBG", JMBG),
        ("OIB", "69435151530"),  # Croatia: one check digit, no date
        ("BSN", "111222333"),  # the Netherlands: the eleven test
        ("codice fiscale", CODICE),
        ("DNI", "12345678Z"),
        ("NIE", "X1234567L"),
        ("NHS number", "943 476 5919"),
        ("Steueridentifikationsnummer", "86 095 742 719"),
    ],
)
def test_a_number_after_the_word_that_names_it(redactor: Redactor, cue: str, number: str) -> None:
    assert redactor(f"Her father's {cue} {number} was on the letter.") == (
        f"Her father's {cue} {TAG} was on the letter."
    )


def test_after_a_nordic_word_any_country_s_shape_is_taken(redactor: Redactor) -> None:
    # A form in Finnish or Norwegian asks for the number; a British or Polish one is written.
    assert redactor("Henkilötunnus QQ 12 34 56 C.") == f"Henkilötunnus {TAG}."
    assert redactor(f"Fødselsnummer: {PESEL}.") == f"Fødselsnummer: {TAG}."
    assert redactor(f"pnr {CNP} enligt passet") == f"pnr {TAG} enligt passet"


@pytest.mark.parametrize(
    "sentence",
    [
        "Fødselsnummeret {n} er skrevet feil på skjemaet.",
        "CPR-nummeret {n} stod forkert på kortet.",
        "Personnumren {n} och 19121212-1212 byttes om.",
        "Henkilötunnukseni {n} puuttui lomakkeesta.",
    ],
)
def test_the_nordic_word_inflected_names_one_too(redactor: Redactor, sentence: str) -> None:
    # A Dutch BSN (the eleven test) after the definite or possessive form of the word.
    out = redactor(sentence.format(n="111222333"))
    assert "111222333" not in out and TAG in out, out


def test_the_inflected_word_alone_is_no_name_and_a_count_after_it_stays(
    redactor: Redactor,
) -> None:
    assert redactor("Fødselsnummeret er feil, 3 ganger.") == "Fødselsnummeret er feil, 3 ganger."


def test_a_registered_name_beside_the_inflected_word_is_still_removed() -> None:
    from casebook.deid import NameEntry

    red = Redactor(Registry([NameEntry("p:1", "Kari Moen", "[P1]")]))
    out = red("Kari Moen sa at fødselsnummeret 111222333 sto feil.")
    assert out == f"[P1] sa at fødselsnummeret {TAG} sto feil.", out


def test_a_slip_in_the_check_digit_after_its_word_is_still_removed(redactor: Redactor) -> None:
    for cue, number in (("PESEL", PESEL), ("CNP", CNP), ("isikukood", ISIKUKOOD)):
        slipped = _off_by_one(number)
        assert redactor(f"{cue}: {slipped} (copied by hand)") == f"{cue}: {TAG} (copied by hand)"


@pytest.mark.parametrize("number", [PESEL, PESEL_2000S, CNP, ISIKUKOOD, KIMLIK, JMBG, CODICE])
def test_a_checked_number_needs_no_word(redactor: Redactor, number: str) -> None:
    assert redactor(f"She read {number} off the card.") == f"She read {TAG} off the card."


@pytest.mark.parametrize("number", [PESEL, CNP, ISIKUKOOD, KIMLIK, JMBG])
def test_without_a_word_a_wrong_check_digit_is_no_identity_number(
    redactor: Redactor, number: str
) -> None:
    slipped = _off_by_one(number)
    assert TAG not in redactor(f"She read {slipped} off the card.")


@pytest.mark.parametrize(
    "text",
    [
        "The ISBN 9780306406157 was cited in the report.",
        "A British mobile, 07880114142, is a phone number.",  # PESEL's check, but the 1800s
        "Ärendet 2019-1234 och 2020-5678 gällde 14 familjer.",
        "Hon betalade 1 250 000 kronor 2019 och 45000000 lire.",
        "Mötet öppnades 13.05 och avslutades 14.40, 12 deltagare.",
        "ID: TMAX 101.8, tylenol given.",
        "She said 1234567 was too many, and the id 42 of the form.",
        "The nie of the village, pps 12 and dni 30 of them.",
    ],
)
def test_ordinary_numbers_stay(redactor: Redactor, text: str) -> None:
    assert TAG not in redactor(text)


def test_the_isbn_guard_and_the_word_inside_another_word(redactor: Redactor) -> None:
    assert redactor("Order 9780306406157") == "Order 9780306406157"
    assert "[" not in redactor("Mispesel 12345678 stays.")


def test_the_verifier_refuses_a_checked_number_left_in_a_release() -> None:
    for number in (PESEL, CNP, ISIKUKOOD, KIMLIK, JMBG):
        (leak,) = verify_texts([("responses", "note", 1, f"Card {number} seen.")], Registry([]))
        assert leak.kind == "personnummer"
    for ordinary in ("9780306406157", _off_by_one(PESEL), "07880114142"):
        cells = [("responses", "note", 1, f"Number {ordinary} here.")]
        assert [leak.kind for leak in verify_texts(cells, Registry([]))] in ([], ["phone"])


@pytest.mark.parametrize("cue", ["personnr.", "Personnr.", "persnr.", "pers.nr."])
def test_the_abbreviated_word_with_its_full_stop_names_one(redactor: Redactor, cue: str) -> None:
    # Swedish and Danish write "personnummer" short with the abbreviation's full stop; a
    # Dutch participant's BSN after it is his number as after "personnr" alone.
    assert redactor(f"sms 09:52 > {cue} 111222333 skickat") == f"sms 09:52 > {cue} {TAG} skickat"


def test_after_the_abbreviated_word_a_count_stays(redactor: Redactor) -> None:
    assert TAG not in redactor("Kolla personnr. 12 gånger innan du skickar.")


@pytest.fixture(scope="module")
def family_redactor() -> Redactor:
    from casebook.deid import NameEntry

    return Redactor(Registry([NameEntry("p:1", "Marta Cnp", "[P1]")]))


@pytest.mark.parametrize(
    "text",
    [
        "Svar: CNP: {n}",
        "CNP nr {n}",
        "Hon visade sitt kort, CNP {n}, och gick.",
    ],
)
def test_the_word_in_capitals_before_its_number_is_no_family_name(
    family_redactor: Redactor, text: str
) -> None:
    number = _cnp("285031212345")
    out = family_redactor(text.format(n=number))
    assert out == text.format(n=TAG), out


def test_the_family_name_elsewhere_is_still_the_person(family_redactor: Redactor) -> None:
    number = _cnp("285031212345")
    out = family_redactor(f"Marta Cnp kom i dag. Cnp: {number}. Vi talade med CNP i går.")
    assert out == f"[P1] kom i dag. [P1]: {TAG}. Vi talade med [P1] i går.", out


def _bsn(body: str) -> str:
    """The Netherlands: eight digits weighted 9 down to 2, the ninth their sum mod 11 (the
    11-test, with the last digit weighted -1)."""
    check = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
    assert check < 10
    return body + str(check)


@pytest.mark.parametrize(
    "sentence",
    [
        "Her former identity number, {n}, was printed on the tenancy form.",
        "His personal number, {n}, is on the old contract.",
        "The national identity number, {n}. That is all we hold.",
    ],
)
@pytest.mark.parametrize("number", [_bsn("31415926"), "0312851234"])
def test_a_checked_number_in_apposition_after_its_words(
    redactor: Redactor, sentence: str, number: str
) -> None:
    # The comma after the words opens an apposition: a Dutch BSN (its 11-test) or a Danish
    # CPR-nummer (its date), run together.
    out = redactor(sentence.format(n=number))
    assert out == sentence.format(n=TAG), out


def test_an_invisible_space_inside_the_apposed_number_is_no_way_out(redactor: Redactor) -> None:
    number = _bsn("31415926")
    out = redactor(f"Her identity number, {number[:4]}\u200b{number[4:]}, was on the form.")
    assert out == f"Her identity number, {TAG}, was on the form.", out


@pytest.mark.parametrize(
    "text",
    [
        "Her identity number, 123456789, failed the check.",  # no kind's check holds
        "Her identity number, 3313851234, was wrong.",  # no such day
        "The identity number, 12 digits long, goes in the first box.",
        "Write the identity number, 2 copies, and sign.",
    ],
)
def test_after_the_comma_an_unchecked_number_or_a_count_stays(
    redactor: Redactor, text: str
) -> None:
    assert redactor(text) == text
