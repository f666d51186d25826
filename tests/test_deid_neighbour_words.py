"""Ordinary words of the neighbours' languages beside names, opening short lines and typed in
lower case stay in a release (`note_language.py`; found on `bench/real_sentences`' Norwegian,
Finnish and German treebank text, where every one of these was removed). Every sentence here
was written for this test.

- A word of the sentence's language before a stranger's name is no part of the name ("Kun
  Hurskainen tuli", "Präsident Tudjman"): the name alone is removed.
- A common word of the language that is a name elsewhere, but no name its own people bear,
  opening a sentence is the word ("Vanha", old; "Veit", knows); "Satu" and "Mette" stay names.
- A heading or short line takes the language of the lines around it.
- A lower-case word of the sentence's language after "med" or "hos" is no stranger's name.
- A common German word that is no given name is a noun after a determiner ("der Sonne").
- A Finnish word ending in "s" is no genitive of a name ("Potilas", not "Potila's").
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, note_language

from tests.deid_helpers import removed

REGISTRY = Registry([NameEntry("p:1", "Even Lindqvist", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kun Hurskainen tuli kotiin, hän oli hyvin väsynyt.", ["Hurskainen"]),
        ("Fordi Okonkwo ikkje kom, måtte vi vente på han.", ["Okonkwo"]),
        ("Lääkäri Eskola keskusteli potilaan kanssa illalla.", ["Eskola"]),
        ("Tapasin Hurskaisen eilen, ja hän oli iloinen.", ["Hurskaisen"]),
        ("Gestern hat Sozialarbeiterin Okonkwo angerufen, und sie war nicht da.", ["Okonkwo"]),
        ("Gestern sprach Präsident Tudjman lange mit der Presse.", ["Tudjman"]),
        # a given name of the lexicon opening the run stays part of it
        ("Satu Hurskainen kertoi, että hän oli väsynyt.", ["Satu Hurskainen"]),
    ],
)
def test_a_word_before_a_strangers_name_stays(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Vanha mies istui penkillä koko päivän.",
        "Lue ohjeet huolellisesti ennen kuin aloitat.",
        "Rauta on tärkeää keholle, sanoi lääkäri.",
        "Veit ikkje kva ho skal gjere no.",
        "Til middag åt vi pastasalat med bakte grønsaker og ris.",
        "Ho var hos alle saman for dei hadde ikkje noko anna.",
        "Wir saßen den ganzen Tag in der Sonne und haben geredet.",
        "Der Fisch war frisch und der Wein war gut.",
        "Potilas nukkui hyvin koko yön eikä tarvinnut lääkettä.",
    ],
)
def test_a_word_of_the_language_stays(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names the language's own people bear, opening a sentence or after "med"
        ("Satu kertoi, että hän oli väsynyt eikä halunnut puhua.", ["Satu"]),
        ("Mette kom ikke i dag, og hun ringte ikke.", ["Mette"]),
        ("Hun talte med mette om det i går.", ["mette"]),
        # a given name after a German article, a Finnish word in a Swedish sentence
        ("Die Anna hat heute nicht angerufen, und ich habe sie besucht.", ["Anna"]),
        ("Vanha och Rauta kom sent till mötet i går.", ["Vanha", "Rauta"]),
    ],
)
def test_a_name_of_the_languages_people_is_still_a_name(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_own_names_are_the_languages_own() -> None:
    assert "satu" in note_language.own_names("fi")
    assert "mette" in note_language.own_names("da")
    assert "vanha" not in note_language.own_names("fi")
    assert "veit" not in note_language.own_names("nb")


@pytest.mark.parametrize(
    ("before", "language"),
    [
        ("Yö meni rauhallisesti, potilas nukkui hyvin eikä tarvinnut lääkettä.", ("fi",)),
        ("Natten var lugn, patienten sov hela natten och behövde ingen medicin.", None),
    ],
)
def test_a_heading_takes_the_language_around_it(
    before: str, language: tuple[str, ...] | None
) -> None:
    text = f"{before}\nHengitys:\n"
    start = text.index("Hengitys")
    assert note_language.sentence_language(text, start, start + 8) == language


def test_a_short_sentence_that_leans_one_way_keeps_its_own_language() -> None:
    """ "Neste møte er 11. januar" in a Swedish note: the sentence itself says Norwegian."""
    text = "Vi pratade länge om hur hon mår och vad hon vill.\nNeste møte er 11. januar."
    start = text.index("Neste")
    assert note_language.sentence_language(text, start, start + 5) == ("nb", "da")


def test_a_function_word_of_the_language_stays_though_its_people_bear_it() -> None:
    """Finnish "ole" (be, after a negation) is one of the language's 30 most frequent words:
    in lower case inside a Finnish sentence it is the verb, though Ole is a name in Finland,
    and the "-inen" word after it no family name."""
    text = "Eikö meillä ole tasavertainen asema työpaikalla?"
    assert Redactor(Registry([]))(text) == text
    start = text.index("ole")
    assert note_language.ordinary_lower_here(text, start, "ole")
    assert "ole" in note_language.own_names("fi")  # the word, though a name there
