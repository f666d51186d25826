"""Ordinary words that are also registered names: a sentence opened by a quotation after a
log's time stamp (`context.sentence_start`), a Finnish noun whose predicate is a clause
(`partitive_predicates`), and a Danish or Norwegian noun beside a family name of the lexicon
that is a word there (`name_lists`)."""

from __future__ import annotations

import pytest
from casebook.deid.context import sentence_start
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Onni Virtanen", "[O]"),
            NameEntry("p:2", "Alla Petrenko", "[A]"),
            NameEntry("p:3", "Mark Jensen", "[M]"),
            NameEntry("p:4", "Toivo Nieminen", "[T]"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "12:32 ”Alla",
        "[16:33] ”Alla",
        "[10:30] «Alla",
        '15:36 "Alla',
        "12:26 “Alla",
        "09:05 – Alla",
        "- [x] ”Alla",
        "86 min «Alla",
    ],
)
def test_a_quotation_after_a_stamp_opens_a_sentence(text: str) -> None:
    assert sentence_start(text, len(text) - 4)


@pytest.mark.parametrize("text", ["kostar 3.50 ”Alla", "och döda dem 12 ”Alla"])
def test_a_number_inside_a_sentence_opens_none(text: str) -> None:
    assert not sentence_start(text, len(text) - 4)


@pytest.mark.parametrize(
    "text",
    [
        "[16:33] ”Alla visste vem han var på grund av hans leende.",
        "12:32 ”Alla var på plats i tid.",
        "[08:56] «Jeg tror det betyr at meldingene ikke ble levert», sa han.",
        "12:26 “Tällä hetkellä mittaan omaa menestystäni sillä.",
    ],
)
def test_quoted_openings_keep_their_words(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_a_quoted_person_after_a_stamp_is_still_taken(registry: Registry) -> None:
    # (not "Alla sa", which a Swedish sentence reads as its pronoun, everyone, unless the
    # note names Alla elsewhere: `opening_finites.subject_word`)
    out = redact("12:26 ”Mark sa att hon kommer i morgon.", registry).text
    assert "Mark" not in out, out
    out = redact("Samtal med Alla Petrenko.\n12:26 ”Alla sa att hon kommer i morgon.", registry)
    assert "Alla" not in out.text, out.text


@pytest.mark.parametrize(
    "text",
    [
        "Hän tuli kotiin. Onni oli, että naapuri oli kotona.",
        "12:23 Onni oli, että naapuri oli kotona.",
        "Hän sanoi niin. Toivo on se, että kaikki menee hyvin.",
        "Hän sanoi niin. Onni oli siinä, että bussi odotti.",
    ],
)
def test_a_finnish_noun_whose_predicate_is_a_clause_stays(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hän tuli kotiin. Onni oli iloinen, että naapuri oli kotona.", "Onni"),
        ("Hän sanoi niin. Onni oli siellä koko päivän.", "Onni"),
        ("Hän sanoi niin. Toivo kertoi, että kaikki menee hyvin.", "Toivo"),
    ],
)
def test_a_finnish_person_before_the_copula_is_still_taken(
    registry: Registry, text: str, name: str
) -> None:
    out = redact(text, registry).text
    assert name not in out, out


def test_clause_predicate_reads_the_copula_and_that() -> None:
    from casebook.deid.partitive_predicates import clause_predicate

    assert clause_predicate("Onni oli, että", 4)
    assert clause_predicate("Toivo on se, että", 5)
    assert not clause_predicate("Onni oli iloinen, että", 4)
    # "ettei" is "että" fused with the negation verb (that not): the same that-clause
    assert clause_predicate("Onni oli, ettei", 4)
    assert clause_predicate("Toivo on, etteivät", 5)


@pytest.mark.parametrize(
    "text",
    [
        "I: Der var mark og skov omkring huset.",
        "Der var mark og skov omkring huset, og vi gik en tur.",
    ],
)
def test_a_danish_noun_beside_a_family_name_that_is_a_word_stays(
    registry: Registry, text: str
) -> None:
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    "text",
    ["Mødet med tiffany og mark gik godt.", "Mødet med mette og mark gik godt."],
)
def test_a_lower_case_name_in_a_list_of_people_is_still_taken(
    registry: Registry, text: str
) -> None:
    out = redact(text, registry).text
    assert "mark" not in out, out
