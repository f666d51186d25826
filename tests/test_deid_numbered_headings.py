"""A numbered part's heading on a line of its own ("Loki 9 – kierros", log 9, round; "Loki
44") is no stranger's name when its word is an ordinary word of the language of the lines
around it and no name its people bear (`headings.numbered_label`,
`note_language.heading_word`). A name with an age after it stays a name. Every note here
was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import name_spans, name_tags, numbered_redactor

_FI = "Lasten ja nuorten palvelut on järjestetty hyvin kunnassa, ja jonot ovat lyhyet."
_SV = "Hon bor med sin mamma och pappa i lägenheten och går i skolan."


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "heading", ["Loki 9 – kierros", "Loki 59, kierros", "Loki 11 / litteroitu", "Loki 44"]
)
def test_a_numbered_heading_is_no_name(redactor: Redactor, heading: str) -> None:
    assert name_spans(redactor, f"Edellinen kerta.\n{heading}\n{_FI}") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (f"Pekka 9 – kierros\n{_FI}", ["Pekka"]),  # a name Finns bear
        (f"Annika 9 år\n{_SV}", ["Annika"]),  # a name with an age, in Swedish
        (f"Loki 9 – kierros\n{_SV}", ["Loki"]),  # a Finnish word decides nothing in Swedish
    ],
)
def test_a_name_on_such_a_line_stays(redactor: Redactor, text: str, names: list[str]) -> None:
    assert name_spans(redactor, text) == names


def test_a_registered_name_with_its_age_is_found() -> None:
    redactor = numbered_redactor(["Anna Berg"])
    assert name_tags(redactor, f"Anna 9 år\n{_SV}") == [("Anna", "[P0]")]
