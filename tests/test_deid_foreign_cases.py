"""A registered name's Finnish case in a Finnish sentence: a case that is a word of another
language only ("Filipin", a stain in English; "Arton", eighteen in Swedish;
`casebook.deid.foreign_cases`), and a misspelt name with a case glued on ("Aksalin", "Firdasta":
`NearMisses.inflected_slip`). The same words in Swedish or English sentences, and Finnish
words after a lost full stop ("Hänen", "Onneksi"), stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry(
        [
            NameEntry("p:1", "Filip Thomassen", "[F]"),
            NameEntry("p:2", "Arto Koskela", "[A]"),
            NameEntry("p:3", "Aksel Jensen", "[K]"),
            NameEntry("p:4", "Frida Christensen", "[R]"),
            NameEntry("p:5", "Emilie Lunde", "[E]"),
            NameEntry("p:6", "Hans Jansson", "[H]"),
            NameEntry("p:7", "Christoffer Lind", "[C]"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kerroin äidille, että Filipin kirja jäi eilen bussiin.", "Filipin"),
        ("Opettaja kysyi, muistaako kukaan vielä Arton osoitetta.", "Arton"),
        ("Kysyin eilen illalla, onko Filipin äiti jo kotona.", "Filipin"),
    ],
)
def test_a_case_that_is_a_word_elsewhere_is_the_person_in_finnish(
    registry: Registry, text: str, word: str
) -> None:
    out = redact(text, registry).text
    assert word not in out
    assert "[" in out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Aksalin mielipiteet eivät muuttuneet koko kokouksen aikana.", "Aksalin"),
        ("Firdasta tuli viime vuonna koko osaston johtaja.", "Firdasta"),
        ("Sanoin sen jo eilen Emilaelle, mutta hän ei kuunnellut.", "Emilaelle"),
        ("Kerroin, että Christfoferin auto on edelleen korjaamolla.", "Christfoferin"),
    ],
)
def test_a_misspelt_name_with_a_case_is_the_person_in_finnish(
    registry: Registry, text: str, word: str
) -> None:
    out = redact(text, registry).text
    assert word not in out


@pytest.mark.parametrize(
    "text",
    [
        "Arton personer kom till mötet i går och alla stannade kvar.",
        "Vi var Arton stycken på festen, sa hon.",
        "Filipin staining of the cells was negative on both slides.",
        "Hän tulee luoksemme illalla Hänen kätensä ja jalkansa ovat kylmät.",
        "Ei enää tyhmiä kysymyksiä Onneksi kaikki meni hyvin lopulta.",
        "Tämä on vaikea asia Ainakin minun mielestäni se on niin.",
    ],
)
def test_words_stay(registry: Registry, text: str) -> None:
    assert redact(text, registry).text == text


@pytest.fixture(scope="module")
def worded() -> Registry:
    return Registry([NameEntry("p:1", "Clive Wake", "[W]"), NameEntry("p:2", "Mart Kask", "[M]")])


def test_a_case_of_a_name_that_is_a_word_elsewhere_is_the_person_inside_a_finnish_sentence(
    worded: Registry,
) -> None:
    out = redact("Istuin Waken vieressä koko elokuvan ajan.", worded).text
    assert "Waken" not in out
    assert "[W]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Then I will Waken the children before the film starts.",  # English
        "Puhuin eilen pitkään Martin kanssa elokuvasta.",  # Martin: a name of its own
    ],
)
def test_a_case_of_a_worded_name_stays_elsewhere(worded: Registry, text: str) -> None:
    assert "[W]" not in redact(text, worded).text
    assert "[M]" not in redact(text, worded).text


def test_a_worded_name_owning_something_where_a_finnish_sentence_starts(worded: Registry) -> None:
    """The genitive before a lower-case Finnish word: the owner, whatever the capital says."""
    out = redact("Waken polkupyörä korjattiin tänään.", worded).text
    assert "Waken" not in out and "polkupyörä" in out


@pytest.mark.parametrize(
    "text",
    [
        "Waken the children before the film starts.",  # English
        "Waken them all before the film starts.",  # English, though a genitive's shape
    ],
)
def test_a_worded_case_where_a_sentence_starts_stays_otherwise(worded: Registry, text: str) -> None:
    assert "[W]" not in redact(text, worded).text
