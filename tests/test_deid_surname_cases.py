"""Finnish cases of registered names the lower-case passes left (`casebook.deid.surname_cases`,
`name_inflection.bases`): a "-nen" family name on its "-se-" stem though Finnish frequency
lists count the form ("korhosen", "järvisen"), an old "-e" name doubling it ("laineelle"),
and a case capitalised where a sentence starts ("Pekan äiti soitti"). A Finnish word that
looks like such a case stays: "toisen" and "iloisen" (Toinen and Iloinen are words before they
are names), "ainoa", "annan", "sadun" and "järven"."""

from __future__ import annotations

import pytest
from casebook.deid.name_inflection import bases
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry
from casebook.deid.surname_cases import plain_surname


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Pekka Korhonen", "[K]"),
            NameEntry("p:2", "Leena Järvinen", "[J]"),
            NameEntry("p:3", "Satu Laine", "[L]"),
            NameEntry("p:4", "Aino Lahtinen", "[A]"),
            NameEntry("p:5", "Kaisa Toinen", "[T]"),
            NameEntry("p:6", "Anna Iloinen", "[I]"),
            NameEntry("p:7", "Hanna Järvi", "[H]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Puhuin korhosen kanssa eilen.", "[K]"),
        ("Eilen järvisen perhe tuli.", "[J]"),
        ("Soitin laineelle eilen.", "[L]"),
        ("Pekan äiti soitti aamulla.", "[K]"),
        ("Lahtisen äiti soitti aamulla.", "[A]"),
    ],
)
def test_a_case_of_a_registered_name_is_the_person(registry: Registry, text: str, tag: str) -> None:
    assert redact(text, registry).text.count(tag) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Toisen kerran hän soitti.",
        "toisen kerran hän soitti.",
        "Iloisen näköinen poika tuli.",
        "iloisen näköinen poika tuli.",
        "Ainoa ongelma on raha.",
        "Vi tog en annan väg.",
        "järven rannalla asuu.",
    ],
)
def test_finnish_words_that_look_like_them_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


def test_grammar() -> None:
    assert "laine" in bases("laineelle")
    assert "laine" in bases("laineen")
    assert plain_surname("korhosen", "korhonen")
    assert not plain_surname("toisen", "toinen")
    assert not plain_surname("korhosen", "korho")
