"""German role compounds and abstract nouns at the edge of a stranger's name are nouns
(`german_compounds.py`): "Vorstandschef Horst Görtz" loses "Horst Görtz", not the role;
"Medienentwicklung" or "Popularität" alone is no name. The name behind the role, a family name
ending in "-ung" ("Hartung"), a registered name and the same words outside German sentences
are left as before. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, german_compounds

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Anna Lindqvist", "[patient P-1]")]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Der Vorstandschef Horst Görtz hat gestern angerufen und wollte mit uns sprechen.",
            ["Horst Görtz"],
        ),
        (
            "Nach dem Gespräch hat der Staatspräsident Lech Walesa die Stadt wieder verlassen.",
            ["Lech Walesa"],
        ),
        (
            "Sie war mit der Beratung ihres Kundenberaters Horst Rosenberger sehr zufrieden.",
            ["Horst Rosenberger"],
        ),
    ],
)
def test_the_role_goes_back_to_the_sentence_and_the_name_stays_removed(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert removed(redactor, text) == names


def test_a_role_inside_a_span_keeps_only_the_person_after_it(redactor: Redactor) -> None:
    text = "Nach Angaben von Bundesgeschäftsführer Franz Müntefering ist das so."
    got = removed(redactor, text)
    assert "Franz Müntefering" in got
    assert not any("Bundesgeschäftsführer" in word or "Angaben" in word for word in got)


@pytest.mark.parametrize(
    "text",
    [
        "Sie sagte, die Popularität von diesem Laden sei in der letzten Zeit stark gesunken.",
        "Der rasante Prozeß der Medienentwicklung verändere die Formen des Zusammenlebens.",
        "Sie klagte über Bürokratismus und über die langen Wartezeiten bei den Ämtern.",
    ],
)
def test_an_abstract_noun_is_no_name(redactor: Redactor, text: str) -> None:
    got = removed(redactor, text)
    assert not any(
        w in " ".join(got) for w in ("Popularität", "Medienentwicklung", "Bürokratismus")
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a family name ending in "-ung" is too short a stem for an abstract noun
        ("Heute hat Frau Hartung angerufen, sie kommt morgen wieder zu uns.", ["Hartung"]),
        # a registered name is never cut
        (
            "Die Geschäftsführung hat mit Anna Lindqvist gesprochen, sie war sehr zufrieden.",
            ["Anna Lindqvist"],
        ),
    ],
)
def test_names_are_left_alone(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


def test_the_word_classes() -> None:
    for word in (
        "Vorstandschef",
        "Gesundheitsminister",
        "Staatspräsidenten",
        "Sozialethiker",
        "Popularität",
        "Medienentwicklung",
        "Bürokratismus",
        "EU-Präsidentschaft",
    ):
        assert german_compounds.is_compound_noun(word), word
    for word in ("Hartung", "Jung", "Kanzler", "Leiter", "Betriebsrats-Vize", "Görtz", "minister"):
        assert not german_compounds.is_compound_noun(word), word
