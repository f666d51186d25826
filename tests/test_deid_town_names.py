"""Given names that are also towns (`casebook.deid.town_names`): a stranger of such a name is
found where the setting says person, and the town stays where a preposition of place puts
it. And family names by their East Slavic, Georgian and Armenian endings
(`lexicon.SURNAME_ENDINGS`)."""

from __future__ import annotations

import pytest
from casebook.deid import lexicon, town_names
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry
from casebook.deid.vocab import common_words


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_the_list_holds_names_that_are_towns_and_no_nordic_or_large_town() -> None:
    for word in ("gyula", "meda", "esperanza", "amadeo"):
        assert town_names.given(word) and word in lexicon.places()
    for word in ("kalmar", "hamar", "alta", "paris", "india", "atlanta", "aleppo"):
        assert not town_names.given(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Took a long walk with Gyula on Sunday.", "Gyula"),
        ("Pratade med Esperanza om boendet.", "Esperanza"),
        ("Amadeo said he would call the landlord.", "Amadeo"),
        ("Hi Constanza,\n\nThe meeting moved to Friday.", "Constanza"),
    ],
)
def test_a_town_name_where_a_person_stands_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Hon är född i Gyula och flyttade hit 1990.",
        "She lived in Meda for ten years.",
        "Vi åkte till Kalmar i somras.",  # a Nordic town, never in the list
        "He moved back to Paris with Aleppo in his thoughts.",
    ],
)
def test_the_town_after_a_preposition_of_place_stays(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hon ringde Tkachenko om hyran.", "Tkachenko"),
        ("Dr Oksana Kravchuk was not in today.", "Kravchuk"),
        ("Morozov kom inte på mötet.", "Morozov"),
        ("The letter was signed by Nino Beridze.", "Beridze"),
        ("Gevorgyan från kommunen ringde.", "Gevorgyan"),
        ("Fru Sergeeva hälsade på i går.", "Sergeeva"),
    ],
)
def test_a_family_name_is_found_by_its_ending(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


def test_no_common_word_ends_like_the_new_family_names() -> None:
    endings = lexicon.SURNAME_ENDINGS[lexicon.SURNAME_ENDINGS.index("enko") :]
    assert "kov" in endings and "ov" not in endings
    assert [w for w in common_words() if len(w) >= 6 and w.endswith(endings)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Tog blodprov i morse, svar i morgon.",
        "Hon beskrev hur det var att överleva kriget.",
        "The supernova was on the news.",
    ],
)
def test_words_with_nearby_endings_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
