"""A given name of the lexicon that is also an English or Swedish word or a town, with a
Finnish case ending, in a Finnish sentence (sentences written for this test)."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def nobody() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tapio mieltyi Katriin ja kertoi Stigista melkein ensimmäisenä asiana.", "Stigista"),
        ("Hansin rakkain harrastus on jääkiekko ja hän pelaa usein.", "Hansin"),
        ("Catalinasta voi tulla sensaatio, ja äiti tietää sen.", "Catalinasta"),
    ],
)
def test_a_name_in_a_finnish_case_is_redacted(nobody: Redactor, text: str, name: str) -> None:
    published = nobody.redact(text).text
    assert name not in published and "[name]" in published


@pytest.mark.parametrize(
    "text",
    [
        "Sadun mukaan kaikki päättyi hyvin ja he elivät onnellisina.",
        "Helsingissä oli kylmää ja tuulista.",
        "Toivon että pääset ja tulet pian.",
        "Hans bror ringde och sa ja till förslaget, än så länge.",
    ],
)
def test_other_words_stay(nobody: Redactor, text: str) -> None:
    assert nobody.redact(text).text == text
