"""Finnish words built from listed words by derivation ("-uus"/"-yys" nouns of quality, "-inen"
adjectives on a compound) and compounds written with a hyphen are ordinary words
(`casebook.deid.finnish_derivation`); family names in "-nen", double names and strangers stay
names."""

from __future__ import annotations

import pytest
from casebook.deid import lexicon
from casebook.deid.finnish_derivation import derived, hyphen_second_part
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text",
    [
        "Kevät oli raskas. Toivottomuus, kiire ja väsymys vaivasivat koko perhettä.",
        "Ympäristöperäinen altistus selitti oireet.",
        "Vanhimmainen poika muutti pois viime keväänä.",
        "Keski- ikäinen mies istui penkillä.",  # a line broken after the hyphen
        "Kauko- ohjain on hukassa taas.",
    ],
)
def test_a_derived_word_or_a_compound_opening_a_finnish_sentence_stays(
    redactor: Redactor, text: str
) -> None:
    assert redact(text, redactor).text == text


@pytest.mark.parametrize(
    "word",
    [
        "toivottomuus",  # "toivo" + "-ttomuus"
        "kodittomuus",  # "koditon"
        "osattomuus",
        "pienituloisuus",  # "pienituloinen"
        "vähävaraisuus",  # "vähä|vara|inen" + "-uus"
        "epävarmuus",
        "läpinäkyvyys",
        "hyvätasoinen",  # "hyvä|taso" + "-inen"
        "ympäristöperäisen",
        "vanhimmainen",  # the superlative "vanhin"
    ],
)
def test_finnish_derivations_of_listed_words_are_read(word: str) -> None:
    assert derived(word)


@pytest.mark.parametrize(
    "word",
    [
        "virtanen",  # a family name of the lexicon
        "haapakoskinen",  # one word and "-nen": a family name's shape
        "karjalainen",  # a place in "-la" and "-inen"
        "oravainen",  # one listed word and "-inen"
        "kurvilainen",
        "markus",
        "tuuss",
    ],
)
def test_family_names_in_nen_are_no_derivation(word: str) -> None:
    assert not derived(word)


def test_no_family_name_of_the_lexicon_reads_as_a_derivation() -> None:
    assert not [name for name in lexicon.family_names() if derived(name)]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Haapakoskinen soitti eilen illalla.", "Haapakoskinen"),
        ("Virtanen tuli kotiin myöhään.", "Virtanen"),
        ("Jussi Halla-aho puhui eilen.", "Halla"),  # a double family name after a given one
        ("Anna-Liisa tuli kotiin myöhään.", "Liisa"),  # a double given name, both capitalised
        ("Tapasin Marja-Leena Kivimäen torilla.", "Leena"),
    ],
)
def test_finnish_names_stay_names(redactor: Redactor, text: str, gone: str) -> None:
    out = redact(text, redactor).text
    assert gone not in out
    assert "[name]" in out


def test_the_second_part_of_a_hyphened_compound_is_no_registered_name() -> None:
    text = "Hän sanoi, että talvi-ilma ei sovi hänelle."
    start = text.index("ilma ei")
    assert hyphen_second_part(text.lower(), start, start + 4)
    assert not hyphen_second_part("tapasin ilma salon", 8, 12)  # no hyphen before it
    assert not hyphen_second_part("marja-leena tuli", 6, 11)  # no vowel shared: a double name
    registry = Registry([NameEntry("p1", "Ilma Salo", "[P1]")])
    out = redact("Talvi-ilma on kirpeä. Ilma Salo tuli kotiin.", Redactor(registry)).text
    assert out == "Talvi-ilma on kirpeä. [P1] tuli kotiin."


@pytest.mark.parametrize("word", ["liberalisti", "populistit", "nationalistien"])
def test_a_follower_in_isti_of_a_listed_ismi_is_a_word(word: str) -> None:
    assert derived(word)


@pytest.mark.parametrize("word", ["battisti", "kirsti", "theopisti"])
def test_names_in_isti_are_no_followers(word: str) -> None:
    assert not derived(word)


def test_a_follower_in_isti_opening_a_finnish_sentence_stays() -> None:
    text = "Kävin eilen.\n\nLiberalisti, sanoi hän."
    assert Redactor(Registry([]))(text) == text


@pytest.mark.parametrize("word", ["lievempi", "vanhempi", "halvempi", "tarkempi"])
def test_the_comparative_of_a_listed_adjective_is_a_word(word: str) -> None:
    assert derived(word)


@pytest.mark.parametrize("word", ["savilampi", "sampi", "kärenlampi"])
def test_names_in_mpi_are_no_comparatives(word: str) -> None:
    assert not derived(word)


def test_a_comparative_opening_a_finnish_sentence_stays(redactor: Redactor) -> None:
    text = "Asia on hankala. Lievempi, mutta yhtä kiusallinen esimerkki on naapurin koira."
    assert redact(text, redactor).text == text
