"""Two people joined by "and"/"och"/"og"/"ja" before a finite verb (`paired_subjects`): an
unknown capitalised word in either place is a name; a name beside "og"/"ja" makes its
neighbour in a list one (`namecontext.listed_with_name`). Ordinary words, lower-case
conjuncts and verbs with no shape stay."""

from __future__ import annotations

import re

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.paired_subjects import finite

from tests.deid_helpers import numbered_redactor, removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vorhelt och Dranusek delar kontor med oss.", ["Vorhelt", "Dranusek"]),
        ("Fessanti og Ruwaldo spiste sammen i kantina.", ["Fessanti", "Ruwaldo"]),
        ("Kimbreth ja Dovantek asuvat samassa talossa.", ["Kimbreth", "Dovantek"]),
        ("09:15 Talebi og Bertucci begge deler kontor.", ["Talebi", "Bertucci"]),
        ("Dorlisch and Membuto shared a taxi home.", ["Dorlisch", "Membuto"]),
    ],
)
def test_two_unknown_words_as_one_subject_are_names(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_a_stranger_beside_a_registered_name_as_one_subject_is_a_name() -> None:
    redactor = numbered_redactor(["Lovisa Granberg"])
    assert removed(redactor, "Lovisa Granberg ja Osewa asuvat samassa huoneessa.") == [
        "Lovisa Granberg",
        "Osewa",
    ]
    assert removed(redactor, "Lovisa Granberg og Pruk deler rom.") == ["Lovisa Granberg", "Pruk"]


@pytest.mark.parametrize(
    "text",
    [
        "Python och Perl kräver mer minne.",  # known words: the lists decide
        "Kaffe och Bullar serverades efteråt.",  # ordinary words, a passive
        "Talebi and Bertucci biscuits were on the table.",  # no verb after the pair
    ],
)
def test_pairs_without_a_finite_verb_or_of_known_words_stay(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Phoebe and Huong Nguyen argued mildly about the round.",
            ["Phoebe", "Huong Nguyen"],
        ),
        ("Badevakt: Bah and Åsa Isaksson argued mildly.", ["Bah", "Åsa Isaksson"]),
        ("Phoebe og Åsa Isaksson hoppede i først.", ["Phoebe", "Åsa Isaksson"]),
    ],
)
def test_a_word_beside_a_full_name_as_one_subject_is_a_person(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert names[0] in removed(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Monday and Huong Nguyen argued about the round.",  # a weekday
        "Mr and Huong Nguyen argued about the round.",  # a title
        "Phoebe and Huong Nguyen biscuits were on the table.",  # no verb after the pair
        "The Committee on Agriculture and Rural Development is attentive.",  # no name after
        "We watched Melodi Grand Prix og Damli Aaberge skal synge.",  # a title's last word
        "10.09 Pt and Ahmet Topal attended; Reem quiet.",  # a role's shorthand
        "Penny from Arbetsförmedlingen och Ubah Guled kom tillsammans.",  # a Swedish word
    ],
)
def test_a_word_beside_a_full_name_without_a_verb_or_of_a_kind_stays(
    redactor: Redactor, text: str
) -> None:
    first = re.search(r"(\w+) (?:and|och|og) ", text)
    assert first is not None and first.group(1) not in removed(redactor, text)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("delar", True),
        ("deler", True),
        ("asuvat", True),
        ("tulivat", True),
        ("shared", True),
        ("said", True),
        ("share", False),  # an English present: no shape of its own
        ("for", False),
        ("Delar", False),  # capitalised: a word of the pair, no verb
        ("huoneessa", False),
    ],
)
def test_finite_verbs_by_list_and_shape(word: str, expected: bool) -> None:
    assert finite(word) is expected
