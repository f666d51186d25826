"""An unknown word in the genitive right after a preposition of place is the owner of the
noun after it, not a town (`owner_genitives.after_preposition`): "in Łucja's speech" stood
for "in her speech"."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("There was a tremor in Wojtyłka's voice when we spoke.", "Wojtyłka"),
        ("She slept at Zlatkoq's flat for a week.", "Zlatkoq"),
        ("He keeps his papers in Oduya's old briefcase.", "Oduya"),
        ("Hon sov hos Absalons mamma i helgen.", "Absalons"),
        # the apostrophe left out in English, before a home or kin
        ("We dropped the papers at Zlatkoqs flat on the way home.", "Zlatkoq"),
        ("The form went back to Oduyas daughter.", "Oduya"),
    ],
)
def test_an_owner_after_a_preposition_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We met in Mölna. Later we ate in Mölna's little shop.",  # a place named elsewhere
        "The meeting is in Kista's library.",  # a known place
        "The bus stops at Lidl's car park.",  # a place word after it
        "Han bor i Farstas centrum.",  # a Swedish genitive before no relation
        "We had lunch at Calzones in the City.",  # an English plural before no home or kin
        "She grew up in Zlatkoq, a village near the coast.",  # no genitive: the town
    ],
)
def test_a_town_or_place_after_a_preposition_stays(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
