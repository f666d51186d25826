"""A stranger's unknown name in a Finnish case of giving, getting or having, in mid-sentence
(`casebook.deid.case_strangers`); Finnish pronouns and adverbs opening a sentence in those
cases, towns and other languages' words stay."""

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
        ("Kun lapsi tuli kotiin, kerroin Yanisalle että hän oli myöhässä.", "Yanisa"),
        ("Eilen sain Opwonyalta viestin, ja se oli ihan hyvä.", "Opwonya"),
    ],
)
def test_a_stranger_in_a_persons_case_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Minulla on jo kopio, ja se on hyvä.",  # a pronoun opening the sentence
        "Aamulla oli taas kipuja, mutta hän ei valittanut.",
        "Hän muutti Helsingille kuuluvaan asuntoon ja on tyytyväinen.",  # a town's stem
        "We had dinner at Mozzarella and the evening was fine.",  # no Finnish here
    ],
)
def test_words_and_towns_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
