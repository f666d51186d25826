"""A registered name that is also a word, opening a sentence, before what only a person is,
does or has (`casebook.deid.note_subjects`); the same words used as words stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

_PEOPLE = [
    "Bo Lind", "Love Nyström", "June Park", "May Berg", "Max Holm", "Hope Ali",
    "My Svensson", "Peter Schmidt", "Mark Olsen", "Joy Lund", "Inga Berg", "Will Dahl",
    "Roar Eriksen", "Bill Qvist", "Miles Berg", "Summer Lee", "April Ek", "Karl Ek",
    "Kevin Sköld", "Faith Mwangi", "Sanna Ek",
]  # fmt: skip


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(
        Registry([NameEntry(f"p{i}", n, f"[patient P-{i:02d}]") for i, n in enumerate(_PEOPLE)])
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pt and Sami attended; Joy quiet most of the time.", "Joy"),
        ("A bad night. Love unavailable, left msg on the mobile.", "Love"),
        ("coffee helped.\nMay was late, the train again.", "May"),
        ("Telefon kusinen: orolig\n- Bo ej hemma\n- Med. hämtad", "Bo"),
        ("Bo är hemma igen sedan i fredags.", "Bo"),
        ("punkt Max var på gott humör och ledde mötet själv.", "Max"),
        ("Will need a new referral.\n\nHope saw the children at the weekend.", "Hope"),
        ("R: Hope forgot the time, turned up at 11:45.", "Hope"),
        ("Gruppen verkade lugnare. Mark var med på mötet för första gången.", "Mark"),
        ("punkt 2.\n\nMark hade med sig en lista med frågor.", "Mark"),
        ("Äktenskap och politik\nPeter hat eine neue Nummer.", "Peter"),
        ("Boy trouble???\nMy is waiting to see if the loan comes through.", "My"),
        ("Nytt nummer till June: 8697 15021 (hon svarar sällan).", "June"),
        ("Bo är född 1989.", "Bo"),
        ("Money remains tight. Roar gets försörjningsstöd from socialtjänsten.", "Roar"),
        ("Mark needs a new referral before May.", "Mark"),
        ("We are proud Finns\nHope spent a year at Kronofogden as an assistant.", "Hope"),
        ("Money is tight, apparently Bill and the patient argued about it.", "Bill"),
        ("Hope and her mother came together.", "Hope"),
        ("- Walks miles.\n- Miles has moved to Goethestraße 13, 54269 Hamburg.", "Miles"),
        ("Plans for the summer.; Summer has moved to 2351 Maple Ave, Austin.", "Summer"),
        # an auxiliary and a verb people do ("move": UD English's subjects of it are people)
        ("Summer has moved to the back of the list.", "Summer"),
        ("Första punkt. Max changed number, now +47 419 57 834.", "Max"),
        # A registered word before a finite verb is the person: a leak costs more than a word.
        ("Max changed the settings.", "Max"),
        ("No help today. Love gave us a new number, +25271196664.", "Love"),
        ("Grant money came through. April sent a link, facebook.com/april.2.", "April"),
        ("- obs stämningen bättre\n- Karl mejlade från abbos@outlook.com", "Karl"),
        ("In June the lease runs out. mob Faith 0735965283", "Faith"),
        ("ledsen av sommaren.\nSanna tog upp frågan om boendestöd igen.", "Sanna"),
    ],
)
def test_a_note_about_the_person_removes_the_name(redactor: Redactor, text: str, name: str) -> None:
    out = redactor(text)
    assert name not in out.replace("[patient", ""), out


@pytest.mark.parametrize(
    "text",
    [
        "Hope was high after the meeting.",
        "Love is blind, she said.",
        "Mark the date in the calendar.",
        "May was a hard month.",
        "- Bo hemma hos mamma, mål för hösten.",
        "Inga var med på mötet.",
        "Hope is lost on him.",
        "Will has to wait.",
        "Rent paid till June: 4 200 kr.",
        "Figures until June: 20.",
        "My mother was late again.",
        "Love makes it bearable.",
        "Hope keeps her going.",
        "May gets busy at the allotment.",
        "Bill needs paying before Friday.",
        "Bill and the invoice arrived together.",
        "Love has changed her life.",
        "Max 2 tabl per dygn. Max 0,5 mg.",
    ],
)
def test_the_word_used_as_a_word_stays(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text


def test_a_date_before_a_registered_name_is_no_street_and_town(redactor: Redactor) -> None:
    """ "August 9, 2027 Kevin Sköld" was read as a house number, a postcode and a town, and the
    person's name went out as [address]; a street, its number, a postcode and a town stay one
    address."""
    out = redactor("- On August 9, 2027 Kevin Sköld was admitted for three nights.")
    assert out == "- On [date] [patient P-18] was admitted for three nights.", out
    assert redactor("Hon bor på Storgatan 9, 2027 Ålesund nu.") == "Hon bor på [address] nu."


def test_a_relative_of_the_words_own_makes_it_a_person(redactor: Redactor) -> None:
    """A bird, a month or a feeling has no sister: "X and her sister" names a person."""
    text = "Mark and her sister came back yesterday."
    assert redactor(text) == "[patient P-08] and her sister came back yesterday."


def test_a_relative_without_a_possessive_says_nothing(redactor: Redactor) -> None:
    text = "Hope and the sisters of the order sang."
    assert redactor(text) == text


@pytest.fixture(scope="module")
def neighbour_redactor() -> Redactor:
    people = ["Kari Lind", "Jens Vik", "Ola Berg", "Ask Nordby"]
    return Redactor(
        Registry([NameEntry(f"n{i}", n, f"[patient N-{i:02d}]") for i, n in enumerate(people)])
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Norwegian and Danish states of a person after "er"/"var" (and a negation): a
        # registered family name that is also a word ("lind", "vik", "berg") was published
        ("Samtalen gikk fint. Lind er syk og blir hjemme denne uken.", "Lind"),
        ("Vi snakket med familien. Vik var syg i går.", "Vik"),
        ("Berg var ikke hjemme da vi kom.", "Berg"),
        ("Kort møte. Lind er i godt humør igjen.", "Lind"),
        ("Ask er syk, sier moren.", "Ask"),
        ("Vik er væk hele ugen.", "Vik"),
        # a copula and a noun of people: what only a person is
        ("Ask er en god venn av familien.", "Ask"),
        ("Lind var en dyktig lærer, sier de.", "Lind"),
        ("Berg är en bra vän till pappa.", "Berg"),
    ],
)
def test_a_norwegian_or_danish_state_of_a_person_removes_the_name(
    neighbour_redactor: Redactor, text: str, name: str
) -> None:
    out = neighbour_redactor(text)
    assert name not in out.replace("[patient", ""), out


@pytest.mark.parametrize(
    "text",
    [
        "Lind er et tre som blomstrer i juli.",
        "Vik er dyp og stille her.",
        "Berg er hardt å klatre i.",
        "Vik er en fin plass å bade.",
        "Lind er et tre som blomstrer i juli.",
    ],
)
def test_a_norwegian_word_with_no_state_of_a_person_stays(
    neighbour_redactor: Redactor, text: str
) -> None:
    assert neighbour_redactor(text) == text
