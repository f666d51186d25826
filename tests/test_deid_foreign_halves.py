"""A capitalised word no word of its sentence's language, glued to a registered name's half in
the other half's place, is the rest of that name (`foreign_halves`): a town's name, a compound
no list holds, a word of another language. Words of the sentence, months, titles, roles, a
town's case and a German noun beside the name stay."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor

from tests.deid_helpers import name_tags, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(["Ulvhild Sandberg", "Aino Mikkonen", "Torgny Lind"])


@pytest.mark.parametrize(
    ("text", "half", "name", "tag"),
    [
        # after a registered given name: a town, a compound nobody lists
        ("Efter mötet hämtade Ulvhild Ebeltoft paketet, sa hon.", "Ebeltoft", "Ulvhild", "[P0]"),
        ("I går ringde Ulvhild Tornbakk om hyran.", "Tornbakk", "Ulvhild", "[P0]"),
        # before a registered family name: a town, a word of another language than Finnish
        ("Se oli Curitiba Mikkonen, joka soitti eilen.", "Curitiba", "Mikkonen", "[P1]"),
        ("Eilen Mattan Mikkonen lupasi soittaa takaisin.", "Mattan", "Mikkonen", "[P1]"),
    ],
)
def test_the_other_half_beside_a_registered_half(
    redactor: Redactor, text: str, half: str, name: str, tag: str
) -> None:
    tags = name_tags(redactor, text)
    assert (half, "[name]") in tags, tags
    assert (name, tag) in tags, tags


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Efter mötet hämtade Ulvhild Paketet själv.", "Paketet"),  # a word of the sentence
        ("Vi såg Ulvhild Måndag morgon.", "Måndag"),  # a weekday
        ("Der Bericht Mikkonen wurde gestern geschrieben.", "Bericht"),  # a German noun
        ("Då kom Doktor Lind in i rummet.", "Doktor"),  # a title
        ("The Great Hall Mikkonen was full.", "Hall"),  # a run of capitals
    ],
)
def test_words_beside_a_registered_half_stay(redactor: Redactor, text: str, word: str) -> None:
    assert all(word not in found for found, _tag in name_tags(redactor, text))


def test_a_letters_salutation_before_a_registered_family_name_is_no_half() -> None:
    redactor = numbered_redactor(["Yvonne Ainsworth", "Kåre Lund"])  # "Kære": Kåre slipped
    text = "Fra: ILKKA VIRTANEN\nKære Ainsworth,\n\nShe lost the banking app again."
    tags = name_tags(redactor, text)
    assert ("Ainsworth", "[P0]") in tags, tags
    assert not any(word.startswith("Kære") for word, _tag in tags), tags
