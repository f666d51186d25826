"""Finnish role nouns as labels and before a phone number, role compounds, and the Finnish
verbs of texting before a number (`role_parentheses`, `unregistered`, `contact_names`,
`phones.STRONG_CUES`). Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

from tests.deid_helpers import name_spans

_NOTE = "Kävimme kotikäynnillä aamulla ja juttelimme pitkään keittiössä.\n\n{}\n"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Aila Koskinen", "[P1]")]))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Omainen: Veikko Rantala", ["Veikko Rantala"]),  # a role ending like "-nen"
        ("Vastuuhenkilö: Veikko Rantala", ["Veikko Rantala"]),  # a compound of "henkilö"
        ("Tukihenkilö: Veikko Rantala", ["Veikko Rantala"]),
        ("Lähiomainen: Veikko Rantala", ["Veikko Rantala"]),
        ("Haastateltava: 040 765 4321", []),  # the interviewee's number, no name
        ("Tekstaa 040 765 4321", []),  # text (me): a verb before the number
        ("Tekstaa numeroon 040 765 4321 illalla.", []),
    ],
)
def test_a_finnish_role_or_verb_is_no_name(redactor: Redactor, line: str, names: list[str]) -> None:
    assert name_spans(redactor, _NOTE.format(line)) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Tuomainen: 040 765 4321", ["Tuomainen"]),  # a family name ending like "omainen"
        ("Pekkanen: 040 765 4321", ["Pekkanen"]),
        ("Vastuuhenkilö Mäkijärvi soitti eilen.", ["Mäkijärvi"]),
        # a stranger after a role opening the sentence, a Danish one's too
        ("Naboen Abdullo havde hørt skænderiet.", ["Abdullo"]),
        ("Læreren Jnoko havde indkaldt til møde.", ["Jnoko"]),
        ("Omainen Abdullo kertoi asiasta.", ["Abdullo"]),
    ],
)
def test_the_person_beside_a_role_is_still_found(
    redactor: Redactor, line: str, names: list[str]
) -> None:
    assert name_spans(redactor, _NOTE.format(line)) == names
