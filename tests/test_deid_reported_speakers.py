"""The subject of a clause reported after a verb of saying, before a quotation or the clause's
verb (`casebook.deid.reported_speakers`): a name that is also a word, capitalised mid-sentence,
a lower-case name of the lexicon, an unknown word before what a person does; ordinary words,
pronouns, towns, months, words in capitals and lower-case unknown words before another verb
stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry
from casebook.deid.reported_speakers import find


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Hon skrattade och sa att Hans "alltid kommer för sent".', "Hans"),
        ('Han suckade och sa att sofia "bestämmer allt".', "sofia"),
        ("Mamman berättade att Regimantas har lånat pengar av henne.", "Regimantas"),
        ("Her brother says Parissa owes him money.", "Parissa"),
        ("the client says sadhna basu owes her rent.", "sadhna basu"),
        ("vännen berättade att ridha har lånat bilen igen", "ridha"),
    ],
)
def test_the_reported_subject_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Hon sa att han har ont i ryggen.",  # a pronoun
        "Hon sa att Stockholm är för dyrt.",  # a town
        "Hon sa att sobril hjälper mot oron.",  # an unknown lower-case word: a medicine too
        "He said May was the worst month.",  # a month
        "She said mum was ill again.",  # an ordinary word
        "Hon sa att ICA har rea i veckan.",  # capitals
        'Han sa att det "inte spelar någon roll".',
        "Hon berättar att exfrub lånat ut pengar.",  # a relation word typed with a slip
    ],
)
def test_ordinary_words_stay(redactor: Redactor, text: str) -> None:
    assert find(text, text.lower(), [], redactor.unregistered.word_class) == []  # type: ignore[union-attr]
    assert redact(text, redactor).text == text
