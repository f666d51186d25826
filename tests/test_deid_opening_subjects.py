"""A stranger's name opening a sentence before the past of a verb that no list of saying or
doing holds: "Moussa ryckte på axlarna" (sentences written for this test)."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.clause_verbs import past


@pytest.fixture(scope="module")
def nobody() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moussa ryckte hjälplöst på axlarna.", "Moussa"),
        ("Ige skakade på huvudet och gick.", "Ige"),
        ("Vi satt i köket. Kwabena skakade på huvudet.", "Kwabena"),
        ("Olumide shrugged and left the room.", "Olumide"),
        ('"Temitope hoppade upp", sa hon.', "Temitope"),
    ],
)
def test_an_unknown_subject_before_a_past_is_a_name(nobody: Redactor, text: str, name: str) -> None:
    published = nobody.redact(text).text
    assert name not in published and "[name]" in published


@pytest.mark.parametrize(
    "text",
    [
        "Spotify har ny musik.",  # "har": a thing has as often
        "Covid var värre i fjol.",
        "Pfizer booster doses arrived.",
        "NSAID gav ont i magen.",  # capitals: an acronym
        "Kempeleessä oli kylmää.",  # a Finnish sentence: its words no list of ours holds
        "Politiet tok kontakt med legen.",  # Norwegian: a noun with its article
        "Arbeidsgruppa gav også uttrykk for det.",
        "Rågax med mjöldryga.",  # "med" is no past
        "Inga kom till mötet.",
        "Vi ses i morgon. Kuatorn antecknade delmålen.",  # "kuratorn" mistyped
    ],
)
def test_other_openings_stay(nobody: Redactor, text: str) -> None:
    assert nobody.redact(text).text == text


def test_past_reads_shapes_not_prepositions() -> None:
    assert past("ryckte") and past("låg") and past("replied")  # "låg": `find` reads weak only
    assert not past("med") and not past("for") and not past("har") and not past("varoitti")
