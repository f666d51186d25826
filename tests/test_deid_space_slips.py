"""A registered full name typed with the space one letter early or late ("Abdu sOmidsen" for
Abdus Omidsen, "TishkoI vanosen" for Tishko Ivanosen) is that person, both words of it
(`space_slips.py`); words with a capital inside that spell no registered name stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Abdus Omidsen", "[ABDUS]"),
            NameEntry("p:2", "Tishko Ivanosen", "[TISHKO]"),
            NameEntry("p:3", "Semret Strömfeldt", "[SEMRET]"),
            NameEntry("p:4", "Anna Berg", "[ANNA]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Han sagde at Abdu sOmidsen plejer at hjælpe.",
            "Han sagde at [ABDUS] plejer at hjælpe.",
        ),
        ("IP: Det var TishkoI vanosen der åbnede døren.", "IP: Det var [TISHKO] der åbnede døren."),
        (
            "13:26 Boendestödjaren Semre tStrömfeldt var med hela tiden.",
            "13:26 Boendestödjaren [SEMRET] var med hela tiden.",
        ),
        ("We met AnnaB erg at noon.", "We met [ANNA] at noon."),
    ],
)
def test_a_slipped_space_keeps_the_whole_name_with_its_person(
    registry: Registry, text: str, expected: str
) -> None:
    result = redact(text, registry)
    assert result.text == expected
    assert [s.via for s in result.spans] == ["near"]  # shown in the review log


@pytest.mark.parametrize(
    "text",
    [
        "Hon köpte en iPhone i går.",
        "Vi åt på McDonalds efter mötet.",
        "abdu sOmidsen",  # a given name typed in lower case: not the slip's mark
    ],
)
def test_a_capital_inside_a_word_alone_is_no_name(registry: Registry, text: str) -> None:
    assert not [s for s in redact(text, registry).spans if s.key]


def test_a_moved_space_that_spells_nobody_leaves_the_second_word(registry: Registry) -> None:
    # "Abdu" alone is a near miss of Abdus (as before); "sOmething" names nobody
    assert "sOmething was odd" in redact("Abdu sOmething was odd.", registry).text


def test_a_turkish_capital_dotted_i_is_read_as_the_registry_writes_it() -> None:
    registry = Registry([NameEntry("p:1", "İbrahim Yıldız", "[P1]")])
    assert redact("Hälsningar\nİbrahi mYıldız", registry).text == "Hälsningar\n[P1]"


def test_a_capital_of_latin_extended_a_carried_over_the_space() -> None:
    # "Ş", "Ł": capitals outside Latin-1, carried with the letter the space slipped over
    registry = Registry(
        [NameEntry("p:1", "Ayla Şimşek", "[P1]"), NameEntry("p:2", "Ewa Łukasik", "[P2]")]
    )
    assert redact("Från: Ayl aŞimşek\nÄmne: Tider", registry).text == "Från: [P1]\nÄmne: Tider"
    assert redact("Vi ringde Ew aŁukasik i går.", registry).text == "Vi ringde [P2] i går."
    # a small letter of Latin Extended-A inside a word is no slipped capital
    assert redact("Vi åkte via Łódź och Gdańsk.", registry).text == "Vi åkte via Łódź och Gdańsk."


def test_a_space_slipped_out_of_a_hyphenated_given_name_takes_the_whole_given_name() -> None:
    registry = Registry([NameEntry("p:1", "Karl-Erik Lindqvist", "[P1]")])
    assert redact("Både Karl-Eri kLindqvist och hans bror kom.", registry).text == (
        "Både [P1] och hans bror kom."
    )
    assert redact("Både Karl-Erik Lindqvist och hans bror kom.", registry).text == (
        "Både [P1] och hans bror kom."
    )
    # the hyphen joins the given name's parts only: an ordinary word before it names nobody
    assert redact("It was a well-know nfact.", registry).text == "It was a well-know nfact."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi ble enige om at Anna eBrg blir med.", "Vi ble enige om at [ANNA] blir med."),
        ("Det var eBrg som hjalp oss i går.", "Det var [ANNA] som hjalp oss i går."),
        ("Lapset hakee koulusta Semret tSrömfeldt.", "Lapset hakee koulusta [SEMRET]."),
    ],
)
def test_a_shift_key_pressed_a_key_late_swaps_the_first_two_letters(
    registry: Registry, text: str, expected: str
) -> None:
    result = redact(text, registry)
    assert result.text == expected
    assert [s.via for s in result.spans] == ["near"]


@pytest.mark.parametrize(
    "text",
    [
        "Hon köpte en iPad och en eBook i går.",  # "Ipad", "Beook": nobody registered
        "Anna bErgström kom inte.",  # swapped back "Bergström": not Anna's family name
    ],
)
def test_a_swap_that_spells_nobody_registered_stays(registry: Registry, text: str) -> None:
    out = redact(text, registry).text
    assert "eBook" in out or "bErgström" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sekä hän että AnnaBerg olivat paikalla.", "Sekä hän että [ANNA] olivat paikalla."),
        ("Både han och AbdusOmidsen tyckte att mötet drog ut.", "Både han och [ABDUS] tyckte"),
    ],
)
def test_a_space_left_out_of_a_registered_name_is_that_person(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Vi köpte en MacBook och en PowerPoint-licens.",
        "AnnaLena kom sent.",  # no registered pair: "Anna" alone is still Anna
    ],
)
def test_a_word_with_a_capital_inside_that_spells_no_pair_is_no_pair(
    registry: Registry, text: str
) -> None:
    assert not [s for s in redact(text, registry).spans if s.key and s.via == "near"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi lånte TishkoI vanosens trillebør.", "Vi lånte [TISHKO]s trillebør."),
        ("We borrowed Abdu sOmidsens ladder.", "We borrowed [ABDUS]s ladder."),
        ("Haven er SemretStrömfeldts nu.", "Haven er [SEMRET]s nu."),
    ],
)
def test_a_slipped_space_before_a_glued_genitive_s(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


def test_a_registered_name_in_the_genitive_with_the_space_right_is_still_removed(
    registry: Registry,
) -> None:
    assert (
        redact("Vi lånte Tishko Ivanosens trillebør.", registry).text
        == "Vi lånte [TISHKO]s trillebør."
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Juttelimme TishkoI vanosenin kanssa elokuvan lopusta.", "vanosenin"),
        ("Istuin eilen TishkoIvanosenin vieressä koko illan.", "TishkoIvanosenin"),
    ],
)
def test_a_slipped_space_before_a_finnish_case(registry: Registry, text: str, word: str) -> None:
    out = redact(text, registry).text
    assert word not in out
    assert "[TISHKO]" in out
