"""An ordinary word written with a capital right beside a name inside a sentence, or after the
label of a person's field, is the stranger's other half (`capital_halves`, asked by
`stranger_halves`); a registered half keeps its own person's tag. Words the languages
capitalise, words opening a sentence and the words of a heading stay."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, capital_halves

from tests.deid_helpers import name_tags, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(["Holm", "Gunnel Lund", "Moss", "Okafor", "Wiik", "Karen"])


@pytest.mark.parametrize(
    ("text", "half", "name", "tag"),
    [
        ("Samtalet leddes av Flora Holm, som var trött.", "Flora", "Holm", "[P0]"),
        ("Vi väntade på Lina Holm i en halvtimme.", "Lina", "Holm", "[P0]"),
        ("Vi ventet på Kamma Moss i tjue minutter.", "Kamma", "Moss", "[P2]"),
        ("Kontaktperson: Lina Holm Hon svarar aldrig.", "Lina", "Holm", "[P0]"),
        ("Hon pratade med Kamma Holm igår.", "Kamma", "Holm", "[P0]"),
        ("Förhinder: Axel Okafor", "Axel", "Okafor", "[P3]"),
        ("Present: Gunnel Lund, Karen Lee", "Lee", "Karen", "[P5]"),
    ],
)
def test_capitalised_word_beside_a_name_is_its_other_half(
    redactor: Redactor, text: str, half: str, name: str | None, tag: str | None
) -> None:
    tags = dict(name_tags(redactor, text))
    assert half in tags or any(half in found for found in tags), tags
    if name is not None:
        assert tags.get(name) == tag, tags  # the registered half keeps its person's tag


@pytest.mark.parametrize(
    "text",
    [
        "On Monday Holm came.",  # a weekday
        "Meeting With Holm About Housing",  # a heading in title case
        "Det var Doktor Holm som ringde.",  # a title
        "She spoke English Holm said.",  # a language
        "Vi åkte till Stockholm Holm och jag.",  # a town
        "Kontaktperson: Holm Den tycks aldrig ge sig!",  # a frequent word, the next sentence
        "Osallistuja: Lopuksi Wiik ja minä lähdimme.",  # a speaker's turn opens
        "Han sa det.\nSedan Holm kom.",  # a sentence's first word
        "Best Little Bakery Holm will be back.",  # a run of capitals: a title run on
        "Uppföljning Holm Förra veckan var intensiv.",  # the next sentence, no full stop
        "Make sure that Tracking Holm is switched on.",  # a gerund: a menu's item
        "We counted 30 Lanterns Holm said.",  # after a figure
    ],
)
def test_words_the_languages_capitalise_stay(redactor: Redactor, text: str) -> None:
    found = [written for written, _tag in name_tags(redactor, text)]
    assert found == ["Holm"] or found == ["Wiik"], found


def test_an_initial_before_a_name_in_a_field() -> None:
    text = "Deltagere: K Holm og Moss."
    at = text.index("K ")
    assert capital_halves.part_of_name(text, at, at + 1, before=True)
    text = "I Holm's house there were two."
    assert not capital_halves.part_of_name(text, 0, 1, before=True)  # "I", a word


def test_a_short_word_after_a_name_opens_the_next_sentence() -> None:
    text = "Kontaktperson: Ada Holm Ej trenge mer."
    at = text.index("Ej")
    assert not capital_halves.part_of_name(text, at, at + 2, before=False)
