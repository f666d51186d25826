"""German nouns that are family names too stay where German grammar says noun
(`german_nouns.py`): after a determiner or an inflected adjective in a German sentence, "in
der Tasche", "die Faust", "kleine Kratzer". A family name of the same words after "Herr",
"Frau" or "mit", or in a Swedish or English sentence, is still removed. Every sentence here
was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, german_nouns, note_language

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Anna Lindqvist", "[patient P-1]")]))


@pytest.mark.parametrize(
    "text",
    [
        "Die Leute ballen die Faust, aber nur in der Tasche, und sagen dann nichts mehr dazu.",
        "Sie hat das Geld in der Tasche gelassen und ist dann nach Hause gegangen.",
        "Sie hatte kleine Kratzer am Arm, aber sie wollte nicht zum Arzt.",
        "Die Richter haben das Urteil gestern verkündet, und sie war sehr enttäuscht.",
    ],
)
def test_a_noun_after_a_determiner_or_an_adjective_stays(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Heute hat Herr Richter angerufen, er kommt morgen wieder zu uns.", ["Richter"]),
        ("Wir haben mit Frau Faust gesprochen, und sie war sehr zufrieden damit.", ["Faust"]),
        ("Ich habe es mit Richter besprochen, aber er war nicht da.", ["Richter"]),
        ("Hon träffade Faust på mottagningen i tisdags.", ["Faust"]),
        ("We met Tasche at the clinic on Tuesday and she was tired.", ["Tasche"]),
        # a given name after an article (spoken German) is no noun of the list
        ("Die Anna hat heute nicht angerufen, und ich habe sie besucht.", ["Anna"]),
    ],
)
def test_the_same_words_as_names_are_still_removed(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_the_list_holds_nouns_not_given_names() -> None:
    words = german_nouns.nouns()
    assert {"tasche", "faust", "kratzer", "richter"} <= words
    assert not {"anna", "horst", "christian", "schmidt", "mozart"} & words


def test_after_modifier_needs_a_determiner_or_an_inflected_adjective() -> None:
    det, german = note_language._GERMAN_DETERMINERS, note_language._ordinary("de")
    text = "in der Tasche, kleine Kratzer, Herr Richter, mit Faust"
    assert german_nouns.after_modifier(text, text.index("Tasche"), "tasche", det, german)
    assert german_nouns.after_modifier(text, text.index("Kratzer"), "kratzer", det, german)
    assert not german_nouns.after_modifier(text, text.index("Richter"), "richter", det, german)
    assert not german_nouns.after_modifier(text, text.index("Faust"), "faust", det, german)
