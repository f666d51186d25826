"""Registered names typed in lower case with a Finnish case ending that the near-miss table
does not reach: names of two or three letters ("vũlle", "weille") and names that are also a
town somewhere ("leighin", "bradleyn") (`casebook.deid.registered_cases`); Finnish words that
merely end like them stay ("meille", "tulle", "lille", "alin")."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registered_cases import short_bases
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Nhiên Vũ", "[V]"),
            NameEntry("p:2", "Wei Chen", "[W]"),
            NameEntry("p:3", "Leigh Smith", "[L]"),
            NameEntry("p:4", "Bradley Jones", "[B]"),
            NameEntry("p:5", "Mei Lin", "[M]"),
            NameEntry("p:6", "Ali Farah", "[A]"),
            NameEntry("p:7", "Tú Lê", "[T]"),
        ]
    )


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("vũlle", "Vũ"),
        ("vũn", "Vũ"),
        ("weille", "Wei"),
        ("túlta", "Tú"),
        ("leighin", "Leigh"),
        ("bradleylla", "Bradley"),
        ("alille", "Ali"),
    ],
)
def test_a_case_of_a_registered_name_is_removed(registry: Registry, word: str, name: str) -> None:
    out = redact(f"Eilen kerroin {word} näkemästäni kotona.", registry).text
    assert word not in out
    assert out.startswith("Eilen kerroin [")


@pytest.mark.parametrize("word", ["meille", "tulle", "lille", "alin", "annan", "vastaan"])
def test_finnish_words_that_end_like_them_stay(registry: Registry, word: str) -> None:
    text = f"Eilen kerroin {word} näkemästäni kotona."
    assert redact(text, registry).text == text


def test_short_bases_need_a_case_after_two_letters() -> None:
    assert short_bases("vũlle") == ["vũ"]
    assert "an" in short_bases("anille")  # a linking "i" after a consonant
    assert short_bases("vũ") == []


@pytest.fixture(scope="module")
def plural_registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Nigel Witty", "[W]"),
            NameEntry("p:2", "Trace Oakes", "[T]"),
            NameEntry("p:3", "Hanne Juhl", "[H]"),
            NameEntry("p:4", "Abdi Warsame", "[A]"),
            NameEntry("p:5", "Ville Aho", "[V]"),
            NameEntry("p:6", "Aamu Lind", "[M]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Soitin traceille ja kysyin, tarvitseeko hän kyydin.", "traceille"),
        ("Sain viestin wittyilta: hän tulee myöhemmin.", "wittyilta"),
        ("Lainasimme kaiuttimet hanneilta, kun omat eivät toimineet.", "hanneilta"),
        ("Istuin warsamein vieressä koko elokuvan ajan.", "warsamein"),
    ],
)
def test_a_case_glued_with_an_i_to_a_name_ending_in_a_vowel_is_removed(
    plural_registry: Registry, text: str, word: str
) -> None:
    out = redact(text, plural_registry).text
    assert word not in out
    assert "[" in out


@pytest.mark.parametrize(
    "text",
    [
        "Kävimme aamuilla uimassa.",  # mornings, beside an Aamu: a Finnish word's plural
        "Kävimme villeissä metsissä.",  # wild ones (villi), beside a Ville
        "Menimme bussille ja taksilla hallille.",
        "Tankkasin shellin asemalla.",
    ],
)
def test_a_finnish_words_plural_stays(plural_registry: Registry, text: str) -> None:
    assert redact(text, plural_registry).text == text
