"""A stranger's name in lower case with a letter of another alphabet after a person's cue
(`casebook.deid.foreign_lower`); such a word without a cue, in a sentence of that language,
and a town stay."""

from __future__ import annotations

import pytest
from casebook.deid.foreign_lower import find
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("På väg hem träffade vi barış, som bor i trappuppgången.", "barış"),
        ("Efter mötet träffade vi firuze karaağaçlı, som är granne.", "firuze karaağaçlı"),
        ("Efter mötet träffade vi sevgül hayrioğlu, som är granne.", "sevgül hayrioğlu"),
        ("Han har pratat med doktor həsənzadə om intyget.", "həsənzadə"),
        ("On the way out we met Dr wołk-kowalczyk, who works at the kiosk.", "wołk-kowalczyk"),
    ],
)
def test_the_name_after_a_cue_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Hon sa teşekkürler och gick.",  # no person's cue before it
        'Hon sa "była miła, dziękuję" till mamma.',  # a sentence of that language
        "Hon flyttar till łódź i vår.",  # a town
        "Vi träffade mamma och pappa.",  # no such letter
    ],
)
def test_other_words_stay(redactor: Redactor, text: str) -> None:
    low = text.lower()
    assert find(text, low, [], redactor.unregistered.word_class) == []  # type: ignore[union-attr]
