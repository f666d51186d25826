"""Words Casebook took for names though they are none of the ordinary-name homographs: a
borrowed English word in a Finnish case ("Wordista"), read as a registered name misspelt and
inflected; an English plural that is a registered name with an "s" ("bodies" beside a
registered Bodie). The names beside them stay removed. Every sentence here was written for
this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.registry import NameEntry
from casebook.deid.wordforms import finnish_loan

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    people = [
        ("p1", "Airi Torvinen"),
        ("p2", "Aksel Nurmi"),
        ("p3", "Mark Lehto"),
        ("p4", "Deric Bodie"),
        ("p5", "Diri Şen"),
        ("p6", "Love Berg"),
    ]
    return Redactor(
        Registry([NameEntry(k, n, f"[Person {i}]") for i, (k, n) in enumerate(people, 1)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ote muistiinpanoista (Wordista)\n\nKokous alkoi myöhässä.",
        "Kopioin taulukon Excelistä raporttiin.",
    ],
)
def test_a_borrowed_word_in_a_finnish_case_is_no_slip(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Keskustelimme Torvisesta pitkään.", ["Torvisesta"]),
        ("Kävin eilen Aksalin luona kotona.", ["Aksalin"]),  # Aksel's, misspelt
        ("Puhuimme eilen Markista pitkään.", ["Markista"]),  # a name, though "mark" is a word
    ],
)
def test_registered_names_in_finnish_cases_stay(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_finnish_loan_shape() -> None:
    english = {"word", "excel", "mark", "idea"}
    assert finnish_loan("wordista", english, set()) == "word"
    assert finnish_loan("exceliin", english, set()) == "excel"
    assert finnish_loan("markista", english, {"mark"}) is None  # a name of the lexicon
    assert finnish_loan("ideasta", english, set()) is None  # no linking "i" after a vowel
    assert finnish_loan("wordsta", english, set()) is None


_ENGLISH = "We spoke for an hour and the nurse said that the ward was full. "


def test_an_english_plural_is_no_genitive(redactor: Redactor) -> None:
    text = _ENGLISH + "Every night the ambulance brings in bodies from the road."
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (_ENGLISH + "Later I met bodie and his mother.", ["bodie"]),
        (_ENGLISH + "Later Bodie's mother came.", ["Bodie"]),
        ("Vi träffade bodies mamma och pratade länge med henne om det.", ["bodie"]),
    ],
)
def test_the_registered_name_stays(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Havainnointi, kerta 4\n\nAsukas istui olohuoneessa ja katseli televisiota.",
        "Arviointi, osa 2\n\nKeskustelimme pitkään hoidon tavoitteista.",
    ],
)
def test_a_finnish_noun_of_action_heads_the_note(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


def test_a_name_heading_the_note_stays(redactor: Redactor) -> None:
    text = "Zlatko, kerta 4\n\nAsukas istui olohuoneessa ja katseli televisiota."
    assert removed(redactor, text) == ["Zlatko"]


def test_finnish_action_nouns() -> None:
    from casebook.deid.neighbour_forms import is_form

    assert is_form("havainnointi", "fi") and is_form("havainnoinnin", "fi")
    assert is_form("havainnointia", "fi")
    assert not is_form("havainnointi", "nb")
    assert not is_form("shanti", "fi")  # a given name ending in "-nti"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fältdagbok\n\nsen ringde Imani avdelningen och bad om hjälp.", ["Imani"]),
        ("Şen kom tidigt. Vi väntade länge, sen blev det tyst i rummet.", ["Şen"]),
    ],
)
def test_an_adverb_opening_an_inverted_clause_is_no_name(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fältdagbok\n\nsen ringde till avdelningen och bad om hjälp.", ["sen"]),
        ("Vi åt middag. love ringde Imani igen på kvällen.", ["love", "Imani"]),
    ],
)
def test_a_lower_case_name_before_its_verb_stays(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Det är rätt att sätta en gräns på mellan 50-100 000.",
        "Jag bor i en mindre kommun med c:a 20-25.000.",
        "Lupa myönnetään vain toinen touko-/kesäkuussa tai marras-/joulukuussa.",
        "Lupa myönnetään vain touko–kesäkuussa.",
    ],
)
def test_figures_and_month_parts_are_no_identifiers(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ring 08-100 000 i morgon.", ["08-100 000"]),
        ("Hän tuli 2. toukokuuta kotiin.", ["2. toukokuuta"]),
        ("Vi ses den 3 maj-mötet.", ["den 3 maj"]),
    ],
)
def test_phones_and_dates_stay(redactor: Redactor, text: str, found: list[str]) -> None:
    assert removed(redactor, text) == found
