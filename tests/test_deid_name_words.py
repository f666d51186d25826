"""Frequent words of a language that the lexicon holds as a family name stay in a release
where they open a sentence of that language (`data/name_words.tsv`, `vocab.name_words`), and
a word of a neighbour language that none of its people bears as a name is no name before a
verb of saying (`note_language.nobodys_name_here`). Found on `bench/name_free/strangers.py`
(UD sentences with no name, an empty registry). Every sentence here was written for this
test; the names beside them must still go.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry, lexicon, note_language, vocab


def _names(text: str) -> list[str]:
    redactor = Redactor(Registry([]))
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Pappas bil stod kvar på gården hela dagen.\n",  # Swedish: dad's (Pappas, Greek)
        "- Pappas röst hördes från köket.\n",
        "10:42 Tarhan lapsista moni on nyt sairaana.\n",  # Finnish: of the yard (Tarhan)
        "Luostari kukkulalla on hyvin vanha.\n",  # Finnish: a monastery
        "- Isä kertoi tyttärelleen, mitä oli tapahtunut.\n",  # father: no "Isa" as written
        "* Mies sanoi, että bussi oli myöhässä.\n",  # a man; Mies is a German name
        "Leivos maistui hyvältä ja kahvi oli kuumaa.\n",  # a pastry, no "Leivo's"
    ],
)
def test_ordinary_opening_word_stays(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Nikos Pappas ringde i går och frågade efter tiden.\n", ["Nikos Pappas"]),
        ("Mehmet Tarhan soitti eilen ja kysyi ajasta.\n", ["Mehmet Tarhan"]),
        ("Tarhan soitti eilen ja kysyi ajasta.\n", ["Tarhan"]),  # a person before a verb
        ("Pappas ringde i går och frågade efter tiden.\n", ["Pappas"]),
        ("Igår kom Pappas hit och hämtade nycklarna.\n", ["Pappas"]),  # inside a sentence
        ("Vi møtte Klint på kontoret i går.\n", ["Klint"]),
        ("Klint ringte i går og sa at hun kommer.\n", ["Klint"]),  # a finite verb follows
        ("Satu kertoi eilen, että hän tulee huomenna.\n", ["Satu"]),  # a name Finns bear
        ("Isa kertoi eilen, että hän tulee huomenna.\n", ["Isa"]),  # as written, a name
        ("Mette sagde at hun kommer i morgen.\n", ["Mette"]),
        ("Leivos mamma ringde i går och frågade efter tiden.\n", ["Leivo"]),  # Swedish
        ("Tapasin Leivosin eilen kaupungilla.\n", ["Leivosin"]),
        ("Seppä kertoi eilen, että hän tulee.\n", ["Seppä"]),  # a Finnish family name
    ],
)
def test_names_beside_them_still_go(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_name_words_hold_no_given_name_nor_own_name() -> None:
    given = lexicon.given_names()
    for lang in ("sv", "nb", "da", "fi"):
        words = vocab.name_words(lang)
        assert words, lang
        assert not words & given
        assert words <= lexicon.family_names()
        if lang != "sv":
            assert not words & note_language.own_names(lang)
    assert "pappas" in vocab.name_words("sv")
    assert "pappas" not in vocab.common_words(("sv",))  # ordinary only opening a sentence
    assert "seppä" not in vocab.name_words("fi")


def test_nobodys_name_here_reads_the_sentence_language() -> None:
    text = "Mies kertoi hänelle, että bussi oli myöhässä."
    assert note_language.nobodys_name_here(text, 0, "mies")
    text = "Satu kertoi hänelle, että bussi oli myöhässä."
    assert not note_language.nobodys_name_here(text, 0, "satu")
    text = "Mies told him that the bus was late."  # no neighbour language here
    assert not note_language.nobodys_name_here(text, 0, "mies")
