"""Words of the neighbour languages that are no names although the rules for strangers read
them so: a Danish, Norwegian or Finnish compound noun opening a field note's heading before a
comma ("Feltdagbog, dag 4", `vocatives`), and a Finnish noun that is also a given name after
an adjective or participle that agrees with it ("otettu arvo", `name_inflection`)."""

from __future__ import annotations

import pytest
from casebook.deid import vocatives
from casebook.deid.redactor import redact
from casebook.deid.registry import Registry


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in redact(text, Registry([])).spans if s.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Feltdagbog, dag 4\nFor at forbedre vedligeholdelsen af dette dokument, skal du læse.",
        "Kenttäpäiväkirja, päivä 38\nTila on jätetty huomiotta.",
        "Kenttäpäiväkirja, päivä 12\n\nKaikille näille muuttujille voidaan sijoittaa arvo.",
    ],
)
def test_a_field_notes_heading_is_no_name(text: str) -> None:
    assert _removed(text) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("feltdagbog", True),  # felt + dagbog
        ("kenttäpäiväkirja", True),  # kenttä + päiväkirja (Kenttä is a family name too)
        ("solbakken", False),  # a farm's name in its definite form: a family name
        ("nordhaugen", False),
        ("kaukojärvi", False),  # "-järvi" ends many Finnish family names
        ("tamsiro", False),
    ],
)
def test_neighbour_compound(word: str, expected: bool) -> None:
    assert vocatives._neighbour_compound(word) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamsiro, kom hit med det samme.", "Tamsiro"),
        ("Nordhaugen, kom hit nå.", "Nordhaugen"),
        ("Kaukojärvi, tule tänne.", "Kaukojärvi"),
    ],
)
def test_a_stranger_spoken_to_stays_a_name(text: str, name: str) -> None:
    assert name in _removed(text)
