"""A stranger's unknown name as the subject of a clause whose finite verb is known by its shape,
after a conjunction, a question word, "som", "men"/"but" or a Finnish conjunction
(`casebook.deid.clause_verbs`); a preposition that is also a conjunction, a participle that
only looks finite, a Finnish case of place and "that" before a noun stay."""

from __future__ import annotations

import pytest
from casebook.deid.clause_verbs import subject
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hon väntade i köket medan Opwonya sov på soffan.", "Opwonya"),  # a strong past
        ("Ingen visste var Kinaya hade tagit vägen.", "Kinaya"),  # a question word
        ("Vi veit ikkje kvar Zineb bur no.", "Zineb"),  # Nynorsk, a present in -r
        ("Vi undrade hur Wafae hittade hit.", "Wafae"),  # a weak past in -de
        ("That is why Ushindi didn't call back.", "Ushindi"),
        ("I heard that Arinola's got a new job.", "Arinola"),  # "has" clipped
        ("My brother and Kuchanua are old friends.", "Kuchanua"),  # "and" before FINITE
        ("Kerroin, että Makuu hallitsee asian hyvin.", "Makuu"),  # Finnish present
    ],
)
def test_an_unknown_subject_before_a_finite_verb_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Hon pratade om Kinaya under mötet.",  # "om" a preposition: "under" is no verb here
        "Han sa att Östersjöfisken fortfarande är bra.",  # a participle ending in -de
        "I think that Kinaya product looked fine.",  # "that" a determiner
        "Kävimme kun Kempeleessä oli markkinat.",  # a Finnish case of place
        "Vi köpte te och Kinaya kakor.",  # "och" before a noun
    ],
)
def test_other_words_after_such_openers_stay(redactor: Redactor, text: str) -> None:
    assert "[name]" not in redact(text, redactor).text


def test_the_reading_needs_the_opener_right_before() -> None:
    low = "han sa, medan kinaya sov"
    at = low.index("kinaya")
    assert subject(low, at + 6, "medan", "")
    assert not subject(low, at + 6, "medan", ",")  # a comma between
    assert not subject(low, at + 6, "bilen", "")  # no opener


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kaffet var kallt, men Lisa drack det ändå.", "Lisa"),  # Swedish "lisa", relief
        ("Dei fekk vite at Dag er sjuk i dag.", "Dag"),  # Norwegian "dag", a day
        ("Tiedän, että Peter tulee huomenna.", "Peter"),
    ],
)
def test_a_name_that_is_a_word_capitalised_in_that_slot_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out.replace("[name]", "")
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Vi trodde att Maj var varm.",  # a month
        "It was late because Mom said so.",  # a relation
        "Hon sa att Röda Korset har kommit.",  # a body of capitalised words
        "Men Lisa Och Dag Är Titlar.",  # a heading in title case
    ],
)
def test_words_and_headings_in_that_slot_stay(redactor: Redactor, text: str) -> None:
    assert "[name]" not in redact(text, redactor).text
