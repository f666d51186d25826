"""Sentences in the neighbours' languages keep their ordinary words (`note_language.py`).

Nordic studies' notes hold lines in Norwegian, Danish, Finnish and German. A capitalised
ordinary word opening such a sentence ("Mutta", "Minä", "Likevel", "Auch"), or a German
noun anywhere, is a word of that language, not a name; but only in a sentence written in
it: a Finnish word that is a given name ("Satu", "Toivo", "Onni") is still a name in a
Swedish or English sentence, a registered name is replaced wherever it stands, and a given
name of the lexicon opening a Finnish sentence is still a name. Every sentence here was
written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, note_language

from tests.deid_helpers import removed

REGISTRY = Registry(
    [
        NameEntry("p:1", "Even Lindqvist", "[patient P-1]"),
        NameEntry("p:2", "Onni Berg", "[contact K-2]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        # Finnish: conjunctions, pronouns, a negative imperative opening a sentence
        "Intervjun gick bra. Mutta hän ei halunnut puhua äidistään, koska se oli vaikeaa.",
        "Minä en tiedä, mitä tapahtui sen jälkeen, sanoi hän.",
        "Sinä et ymmärrä, miten vaikeaa se on ollut.",
        "Älä soita minulle enää tänään, hän kirjoitti.",
        "Koska bussi ei tullut, hän käveli kotiin.",
        "Että hän jaksoi vielä tulla tänne, se on hienoa.",
        "Aina kun hän soittaa, hän on väsynyt.",
        # ... in a sentence of three words, its first a function word that is a name too
        "Minä soitan huomenna.",
        "Sinä tiedät sen.",
        # Norwegian
        "Likevel kom hun til møtet, selv om hun var syk.",
        # Danish: words that are family names too, among its most frequent, opening a sentence
        "Hele dagen havde hun ondt i hovedet, og hun spiste ikke noget.",
        "Morgen og aften tager hun sin medicin.",
        # German: an adverb or article opening a sentence, a noun anywhere
        "Das Gespräch war kurz, aber sie hat viel erzählt.",
        "Auch die Mutter kam mit zum Termin.",
        "Nur am Wochenende kann sie schlafen.",
        # German: a noun after a fused preposition or an indefinite article, even one that
        # is a family name too ("Zimmer", "Sommer", "Koch")
        "Eine Kollegin hat sie zum Zimmer gebracht.",
        "Im Sommer war sie oft im Westen, sagt sie.",
        "Sie war früher ein Koch und hat viel gearbeitet.",
    ],
)
def test_an_ordinary_word_of_the_sentences_language_stays(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Finnish given names that are Finnish words, in Swedish and English sentences
        (
            "Satu och Toivo var där, men hon kom inte. Tuuli ringde senare.",
            ["Satu", "Toivo", "Tuuli"],
        ),
        ("Satu said she was tired. Ilta came later with her sister.", ["Satu", "Ilta"]),
        # a given name of the lexicon in a Finnish sentence, opening it or inside it
        ("Mikko kertoi, että hän oli väsynyt ja että Satu ei tullut.", ["Mikko", "Satu"]),
        ("Satu kertoi, että hän oli väsynyt eikä halunnut puhua.", ["Satu"]),
        ("Hänen mukaansa Kari ei ole soittanut kahteen viikkoon.", ["Kari"]),
        # a family name that is a Finnish word too, opening a Finnish sentence
        ("Hämäläinen sai kirjeen eilen, mutta hän ei vastannut siihen.", ["Hämäläinen"]),
        # a German family name that is a noun, opening a German sentence
        ("Zimmer hat heute nicht angerufen, und ich habe ihn nicht erreicht.", ["Zimmer"]),
        # German: a name after "die" (spoken German), after "mit"
        ("Die Anna hat heute nicht angerufen, und ich habe sie besucht.", ["Anna"]),
        ("Ich habe es im Juni mit Koch besprochen, aber er war nicht da.", ["Koch"]),
        # a Norwegian and a Danish sentence with a stranger's name
        ("Jeg vet ikke hvor Mette er, sa hun, og hun har ikke ringt.", ["Mette"]),
        ("Søren havde ikke sovet, og han var meget træt.", ["Søren"]),
    ],
)
def test_a_name_is_still_a_name(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    ("text", "name", "tag"),
    [
        ("Even kom ikke i dag, og jeg ringte ham to ganger.", "Even", "[patient P-1]"),
        ("Onni kertoi, että hän oli väsynyt.", "Onni", "[contact K-2]"),
        ("Onni och hans mamma kom sent.", "Onni", "[contact K-2]"),
    ],
)
def test_a_registered_name_is_replaced_in_any_language(
    redactor: Redactor, text: str, name: str, tag: str
) -> None:
    spans = redactor.redact(text).spans
    assert [(text[s.start : s.end], s.tag) for s in spans] == [(name, tag)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hun kom ikke til møtet, og jeg ringte henne.", ("nb", "da")),
        ("Hänen mielestään se oli hyvä, mutta hän ei tullut.", ("fi",)),
        ("Heute war sie nicht da, und ich habe sie angerufen.", ("de",)),
        ("Det var bra i dag, och hon sov länge.", None),
        ("She was tired and did not want to talk.", None),
    ],
)
def test_the_language_of_a_sentence(text: str, language: tuple[str, ...] | None) -> None:
    end = text.index(" ")
    assert note_language.sentence_language(text, 0, end) == language


def test_a_name_does_not_make_its_sentence_finnish() -> None:
    """ "Onni, Toivo ja Satu" is a list of names joined by a Finnish "ja" (and Swedish "ja"):
    the names themselves are no evidence of the language."""
    text = "Onni, Toivo ja Satu"
    assert note_language.sentence_language(text, 0, 4, count_word=False) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a stranger's inflected name after a Finnish word opening the sentence
        ("Tapasin Hurskaisen eilen, ja hän oli iloinen.", "Hurskaisen"),
        ("Ilman Wrightin apua hän ei olisi pärjännyt.", "Wrightin"),
        # a German role (a noun) before a stranger's name
        ("Gestern hat Sozialarbeiterin Okonkwo angerufen, und sie war nicht da.", "Okonkwo"),
        ("Sie hat mit Freundin Zlatka gesprochen, aber sie kam nicht.", "Zlatka"),
    ],
)
def test_a_stranger_after_a_word_of_the_language_is_still_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    start = text.index(name)
    spans = redactor.redact(text).spans
    assert any(s.start <= start and start + len(name) <= s.end for s in spans)


def test_inside_a_sentence_only_a_german_word_asks_the_sentence_language(monkeypatch) -> None:
    """Inside a sentence only a German noun can be an ordinary word (Nordic languages write
    an ordinary word capitalised only where a sentence starts): the sentence's language, the
    costly part, is guessed for nothing else."""
    from casebook.deid import note_language

    asked: list[int] = []
    real = note_language.sentence_language

    def counted(text: str, start: int, end: int, count_word: bool = True):  # type: ignore[no-untyped-def]
        asked.append(start)
        return real(text, start, end, count_word)

    monkeypatch.setattr(note_language, "sentence_language", counted)
    text = "Hon sa att Hän inte kom till mötet igår."
    start = text.index("Hän")
    assert not note_language.ordinary_here(text, text.lower(), start, "hän", name=False)
    assert asked == []
    text = "Wir waren gestern mit der Mutter dort und sie war sehr froh."
    start = text.index("Mutter")
    assert note_language.ordinary_here(text, text.lower(), start, "mutter", name=False)
    assert asked
