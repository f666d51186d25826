"""A stranger's unknown name, written as no Finnish word is, opening a Finnish sentence before a
finite verb (`casebook.deid.finnish_strangers`); Finnish nouns, loans, towns in a case of
place and owners before their noun stay."""

from __future__ import annotations

import pytest
from casebook.deid.finnish_strangers import un_finnish
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gwidon lähti kotiin aamulla ennen kahdeksaa.", "Gwidon"),
        ("10:42 Zdravkov ei ole käynyt vastaanotolla tällä viikolla.", "Zdravkov"),
        ("- Khuong on väsynyt ja nukkuu huonosti.", "Khuong"),
        ("Kotikäynti sujui hyvin. Aatiq kertoi, että ruokahalu on parempi.", "Aatiq"),
        ("• Nnamdi Oyeleke odotti aulassa puoli tuntia.", "Nnamdi Oyeleke"),
    ],
)
def test_a_stranger_opening_a_finnish_sentence_before_its_verb_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    for part in name.split():
        assert part not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Bussi lähti myöhässä, joten hän tuli vasta yhdeltä.",  # a loan, a word of the lists
        "Kuntoutussuunnitelma on tehty yhdessä omaisten kanssa.",  # a Finnish compound
        "Tuolikankaalla oli tahroja.",  # a Finnish noun, shaped as Finnish
        "Bregenzissä asuu paljon opiskelijoita.",  # a town in a case of place
        "Xanaxin annos pieneni viime viikolla.",  # an owner before its noun, no verb
        "Crohnin tauti on ollut rauhallinen.",  # the same, before a noun in "-i"
        "Mitä nyt tehdään? Psykoosi on niin yksityinen tila.",  # a loan the lists inflect
    ],
)
def test_finnish_words_towns_and_owners_opening_a_sentence_stay(
    redactor: Redactor, text: str
) -> None:
    assert redact(text, redactor).text == text


def test_only_a_finnish_sentence_is_read() -> None:
    # "on" is a Finnish verb and an English preposition: an English sentence is not read.
    from casebook.deid import finnish_strangers

    text = "Zdravkov on the list was checked twice."
    assert finnish_strangers.find(text, [], lambda word: "U") == []
    assert finnish_strangers.find("Zdravkov on kotona nyt.", [], lambda word: "U") == [(0, 8)]


@pytest.mark.parametrize(
    ("verb", "finite"),
    [("lähti", True), ("odotti", True), ("sanoi", True), ("kriisi", False), ("bussi", False)],
)
def test_a_past_is_told_from_a_noun_by_its_present(verb: str, finite: bool) -> None:
    from casebook.deid.finnish_strangers import past

    assert past(verb) is finite


@pytest.mark.parametrize(
    ("word", "shaped"),
    [
        ("purificación", True),  # an accent Finnish writes in no word
        ("gniewko", True),  # two consonants no loan opens with
        ("aatiq", True),  # a final consonant no Finnish word ends with
        ("presidentti", False),  # a loan opening with "pr"
        ("bussi", False),
        ("hovietiketti", False),
        ("stressi", False),
    ],
)
def test_written_as_no_finnish_word_is(word: str, shaped: bool) -> None:
    assert un_finnish(word) is shaped
