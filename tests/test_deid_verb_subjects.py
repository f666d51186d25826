"""A stranger's unknown name after a verb of saying, knowing, going or a modal verb, where a
Scandinavian main clause or an English question puts the subject
(`casebook.deid.verb_subjects`); medicines, brands, towns and ordinary words after other
verbs stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry
from casebook.deid.verb_subjects import _VERBS, _written, find


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Stillmans ansikte sa Kinaya emellertid fortfarande ingenting.", "Kinaya"),
        ("Ordføraren ser ikkje vekk, men først vil Zineb sjå skadeomfanget.", "Zineb"),
        ("Det finst ikkje ord for dette, seier Zaituni.", "Zaituni"),
        ("Sa Wafae att hon skulle komma tillbaka?", "Wafae"),
        ('The question is, "Should Jua have known it was coming?"', "Jua"),
        ("Efter mötet ringde Zvokwenya till skolan.", "Zvokwenya"),
    ],
)
def test_an_unknown_name_after_such_a_verb_is_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Patienten har Waran sedan i fjol och fick Alvedon i morse.",  # medicines: no such verb
        "Hon tar Medikinet på morgonen och tittar på Netflix.",
        "Det är Spotify hon lyssnar på.",
        "Sen sa Lisa Berg att hon kommer.",  # a run of capitals: the other rules' business
        "Sedan sa Vi nåt om det.",  # a pronoun in capitals is no unknown word
        "Han sa Hej och gick.",  # a word of the lexicon
    ],
)
def test_objects_and_known_words_stay(redactor: Redactor, text: str) -> None:
    found = find(text, [], redactor.unregistered.word_class)  # type: ignore[union-attr]
    assert found == []


def test_a_name_taken_already_is_not_taken_twice(redactor: Redactor) -> None:
    text = "Då sa Kinaya ingenting."
    start = text.index("Kinaya")
    assert find(text, [(start, start + 6)], redactor.unregistered.word_class) == []  # type: ignore[union-attr]


def test_every_written_form_of_a_verb_is_looked_for() -> None:
    """The automaton finds the verbs as `find` reads them: the rest of the word in lower case,
    the first letter any character that lowers to it (the Kelvin sign too)."""
    firsts = {verb[0] for verb in _VERBS}
    lowering = {c for c in map(chr, range(0x110000)) if c.lower() in firsts}
    for verb in _VERBS:
        assert {c + verb[1:] for c in lowering if c.lower() == verb[0]} <= _written(verb)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Efter mötet ringde Zvokwenya till skolan.", "Zvokwenya"),
        ("Kan Zvokwenya komma i morgon?", "Zvokwenya"),
        ("\u212aan Zvokwenya komma i morgon?", "Zvokwenya"),  # a Kelvin sign for the "K"
        ('Hon sa:\n"sa Zvokwenya till dig?"', "Zvokwenya"),  # after a line break and a quote
        ("Hon ville visa Zvokwenya vägen.", None),  # "sa" ends "visa": no verb of the list
        ("Hon KAN Zvokwenya inte.", None),  # a verb in capitals is read as no verb
    ],
)
def test_the_verb_before_the_word_is_read_whole(
    redactor: Redactor, text: str, found: str | None
) -> None:
    spans = find(text, [], redactor.unregistered.word_class)  # type: ignore[union-attr]
    assert [text[s:e] for s, e in spans] == ([found] if found else [])
