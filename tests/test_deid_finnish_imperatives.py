"""Finnish imperatives and connegatives of listed verbs (`finnish_imperatives.py`) are words,
not a registered Satu or Toivo with a case on; the registered names' real cases still are."""

from __future__ import annotations

import pytest
from casebook.deid import finnish_imperatives
from deid_helpers import name_spans, numbered_redactor

REDACTOR = numbered_redactor(["Satu Korhonen", "Toivo Lahtinen"])


@pytest.mark.parametrize(
    ("infinitive", "form"),
    [
        ("satuttaa", "satuta"),
        ("toivottaa", "toivota"),
        ("kertoa", "kerro"),
        ("tietää", "tiedä"),
        ("lähteä", "lähde"),
        ("ymmärtää", "ymmärrä"),
        ("ampua", "ammu"),
        ("leipoa", "leivo"),
    ],
)
def test_weak_grade_singular(infinitive: str, form: str) -> None:
    assert finnish_imperatives.singular(infinitive) == form


def test_no_form_where_the_weak_grade_of_k_varies_or_nothing_gradates() -> None:
    assert finnish_imperatives.singular("lukea") is None  # "lue"
    assert finnish_imperatives.singular("muistaa") == "muista"  # "st" stays
    assert finnish_imperatives.forms("muistaa", frozenset({"muistavat"})) == []


def test_plural_forms_keep_the_strong_grade() -> None:
    forms = finnish_imperatives.forms("satuttaa", frozenset())
    assert {"satuta", "satuttakaa", "satuttako", "satuttakoon"} <= set(forms)


def test_a_nouns_partitive_makes_no_verb() -> None:
    # "akkua" (a battery, partitive) has the shape of a verb's infinitive ("nukkua").
    assert finnish_imperatives.forms("akkua", frozenset({"akun", "akkuja"})) == []
    assert finnish_imperatives.forms("nukkua", frozenset({"nukkuu"})) != []


@pytest.mark.parametrize(
    "text",
    [
        "Älä satuta häntä. Hän on poikani.",
        "Kukaan ei satuta sinua.",
        "En satuta sinua. Jokin on vialla.",
        "Älkää satuttako häntä.",
        "Toivota minulle onnea.",
        "Mitä? Toivota hänelle onnea.",
    ],
)
def test_finnish_imperative_is_no_registered_name(text: str) -> None:
    assert name_spans(REDACTOR, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Soitin satulle eilen illalla.", "satulle"),
        ("En tavannut satua koko päivänä.", "satua"),
        ("Toivolle soitettiin eilen.", "Toivolle"),
        ("Satu ei satuta ketään.", "Satu"),
    ],
)
def test_registered_names_cases_still_found(text: str, name: str) -> None:
    assert name in name_spans(REDACTOR, text)


_OPENED = "Kirjauduin sisään ja avasin lomakkeen uudelleen. {}"
_ANNA = numbered_redactor(["Anna Heikkilä"])
_NOBODY = numbered_redactor(["Pertti Laine"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna vahvistuskoodi, jonka sait tekstiviestinä.",  # give (enter) the code you got
        "Anna kaksiosaisen tunnistuksen koodi.",  # a noun in "-i" closing the object
        "Anna tapaamisaika, jolloin olet kotona.",  # a relative clause after the comma
    ],
)
def test_an_imperative_opening_a_clause_with_no_finite_verb_is_the_verb(sentence: str) -> None:
    """ "Anna" (give) opening a clause that has no finite verb of its own: the clause's verb,
    whether a woman called Anna is registered or nobody is."""
    assert finnish_imperatives.singular_of_listed("anna")
    assert name_spans(_ANNA, _OPENED.format(sentence)) == []
    assert name_spans(_NOBODY, _OPENED.format(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna kertoi, että lomake oli jo lähetetty.",  # her verb right after
        "Anna tuli paikalle vasta illalla.",
        "Anna ei vastannut puhelimeen.",
        "Anna soitti ja kysyi lomakkeesta.",
    ],
)
def test_a_person_before_her_verb_is_still_found(sentence: str) -> None:
    assert name_spans(_ANNA, _OPENED.format(sentence)) == ["Anna"]
    assert name_spans(_NOBODY, _OPENED.format(sentence)) == ["Anna"]


@pytest.mark.parametrize("word", ["harjoittele", "tavoittele", "tulkitse"])
def test_an_imperative_that_is_its_verbs_present_stem(word: str) -> None:
    """The lists hold "harjoittelevat" (they practise): its stem is the imperative."""
    assert finnish_imperatives.stem_imperative(word)


@pytest.mark.parametrize("word", ["hannele", "kantele", "tule", "kuuntele"])
def test_names_short_stems_and_listed_words_are_not_read_as_stems(word: str) -> None:
    assert not finnish_imperatives.stem_imperative(word)


def test_a_stem_imperative_opening_a_sentence_stays() -> None:
    text = "Kokeilin sitä eilen. Harjoittele, mutta älä ota paineita!"
    assert name_spans(REDACTOR, text) == []
