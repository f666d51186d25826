"""A Swedish adjective in "-lös" ("-less") of a known noun is an ordinary word even where no
list holds it ("Välj Trådlös", wireless), written capitalised as a quoted menu item; a word
nobody knows that only ends so is still read as before (`casebook.deid.wordforms.derived`)."""

from __future__ import annotations

import pytest
from casebook.deid import vocab, wordforms
from casebook.deid.redactor import Redactor

from tests.deid_helpers import name_spans, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(["Anna Berg"])


@pytest.mark.parametrize("word", ["trådlös", "trådlöst", "trådlösa", "sladdlös"])
def test_an_adjective_in_los_of_a_known_noun_is_a_word(word: str) -> None:
    assert vocab.is_word_form(word)


@pytest.mark.parametrize("word", ["qxzlös", "lös", "trådlösheten"])
def test_other_endings_are_not_read_so(word: str) -> None:
    assert not wordforms.derived(word, vocab.ordinary_in(("sv",)))


@pytest.mark.parametrize(
    "text",
    [
        "Välj Trådlös från menyn till höger och spara.",
        "Öppna panelen och välj Trådlöst nätverk, sedan Inställningar.",
    ],
)
def test_a_quoted_menu_item_in_los_is_no_name(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []
