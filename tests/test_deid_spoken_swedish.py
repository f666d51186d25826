"""Spoken and informal Swedish that the redactor must not take for names: a particle verb's
participle opening a heading ("Inklistrat från Word-dokument"), and the words of chat and
speech."""

from __future__ import annotations

import pytest

from tests.deid_helpers import name_spans, numbered_redactor

REDACTOR = numbered_redactor(["Anna Berg", "Tor Lind", "Sana Olsson"])


@pytest.mark.parametrize(
    "word",
    ["inklistrat", "inklistrad", "utskriven", "uppringd", "avbokat", "påbörjat", "tillagt"],
)
def test_a_particle_verbs_participle_is_a_word_form(word: str) -> None:
    from casebook.deid import vocab

    assert vocab.is_word_form(word)


@pytest.mark.parametrize("name", ["ingrid", "inger", "omid", "ingvar", "uffe", "tilda"])
def test_a_name_that_opens_with_a_particle_is_no_participle(name: str) -> None:
    from casebook.deid import vocab, wordforms

    assert not wordforms.particle_participle(name, vocab._known_swedish())


def test_one_family_name_of_the_lexicon_reads_as_a_particle_verbs_participle() -> None:
    """Only the Finnish family name "Intonen" ("in" + "tonen", the tone) reads so, and the
    redactor never asks the word forms of a name of the lexicon."""
    from casebook.deid import lexicon, vocab, wordforms

    swedish = vocab._known_swedish()
    read = [n for n in lexicon.all_names() if wordforms.particle_participle(n, swedish)]
    assert sorted(read) == ["intonen"]


@pytest.mark.parametrize(
    "text",
    [
        "Inklistrat från Word-dokument\n\nUrsäkta mig, fröken.",
        "Avbokat från kalendern.",
        "IP: Uppringd av kuratorn i går.",
    ],
)
def test_a_participle_opening_a_line_is_no_stranger(text: str) -> None:
    assert name_spans(REDACTOR, text) == []


def test_a_stranger_before_from_is_still_found() -> None:
    assert name_spans(REDACTOR, "Zlatko från kören kom.") == ["Zlatko"]
    assert name_spans(REDACTOR, "Uppringd av Zlatko Petrović.") == ["Zlatko Petrović"]


@pytest.mark.parametrize(
    "text",
    [
        "12:54 Jag bor här. Åååå, vad gott med julskinka!!!!",
        "IP: Neeej, det vill jag inte.",
        "Jaaa, det gör vi. Nooo way.",
    ],
)
def test_a_word_drawn_out_as_it_is_spoken_is_no_name(text: str) -> None:
    assert name_spans(REDACTOR, text) == []


def test_a_name_with_a_letter_typed_thrice_is_still_a_name() -> None:
    from casebook.deid import word_readings

    assert not word_readings.drawn_out("dennnis")
    assert not word_readings.drawn_out("annna")
    assert name_spans(REDACTOR, "Hej Annna, kom in.") == ["Annna"]
    assert name_spans(REDACTOR, "Jaaa, Zlatko kom.") == ["Zlatko"]


@pytest.mark.parametrize(
    "text",
    [
        "IP: Såna är reglerna. En satans idioti, det är vad det är.",
        "Jag saknar dig så mycket.\n\nJävlas inte med mig. Det är ingen lek.",
        "Vad menar du med motoriserad hehe? Vad är det för nåt?",
    ],
)
def test_a_word_of_speech_and_chat_is_no_name(text: str) -> None:
    """ "Såna" is one letter from a registered Sana, "Jävlas" opens a sentence, "hehe" follows
    "med": the spoken forms hunspell-sv knows and the plain word list lacks are words."""
    assert name_spans(REDACTOR, text) == []


def test_the_spoken_words_are_common_swedish_words_and_no_name() -> None:
    from casebook.deid import lexicon, vocab

    spoken = vocab._read("spoken_sv.txt")
    assert {"såna", "jävlas", "hehe"} <= spoken <= vocab.common_words(("sv",))
    assert not spoken & lexicon.all_names()


def test_a_stranger_and_a_misspelt_name_after_med_are_still_found() -> None:
    assert name_spans(REDACTOR, "Pratade länge med Zlatko om boendet.") == ["Zlatko"]
    assert name_spans(REDACTOR, "IP: Sanaa är inte här. Jag ringde Sanaa i går.") == [
        "Sanaa",
        "Sanaa",
    ]
