"""Names of the largest groups born abroad that no lexicon lists, found by their letters
(`foreign_letters.py`): a capitalised word nobody knows, written with a letter none of the
study's languages uses (Turkish "ı", "ğ", "ş", Azerbaijani "ə", Polish "ł", "ą", "ę",
Vietnamese "ư", "ơ" and tone marks). The names here are outside the shipped lexicon."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, lexicon
from casebook.deid.foreign_letters import foreign_letter

REGISTRY = Registry([NameEntry("p:1", "Peter Lindgren", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Enligt kuratorn bor Şenyüzlü numera hos sin bror.", "Şenyüzlü"),
        ("Det var tydligt att Przybyłko är trött på allt.", "Przybyłko"),
        ("Då Yıldırımlı ikkje kom, ringde vi.", "Yıldırımlı"),
        ("Çiğdem var också där.", "Çiğdem"),
        ("Gestern war Głąbińska wieder bei uns.", "Głąbińska"),
    ],
)
def test_an_unknown_word_in_another_alphabet_is_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name.lower() not in lexicon.all_names()
    out = redactor.redact(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Sedan flyttade hon till Łódź med barnen.",  # a town of GeoNames
        "Café Zürich var stängt.",  # French and German accents are the study's own
        "Hän muutti Tšekkiin viime vuonna.",  # Finnish writes "š" in loan words
        "Reisen gikk til Kárášjohka i fjor.",  # Sami letters of Norway
        "Październik był zimny, sa hon.",  # a month of CLDR
        "Sedan kom Peter, som vanligt.",
    ],
)
def test_words_of_the_studys_own_letters_and_towns_stay(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    keep = [w.strip(".,") for w in text.split() if w[0].isupper() and w not in ("Peter", "Peter,")]
    for word in keep:
        assert word in out, out


def test_which_letters_count() -> None:
    assert foreign_letter("koçyiğit") and foreign_letter("hưng") and foreign_letter("xədicə")
    assert not foreign_letter("müller") and not foreign_letter("josé")
    assert not foreign_letter("šakki") and not foreign_letter("kárášjohka")
    assert not foreign_letter("şubat")  # Turkish February
