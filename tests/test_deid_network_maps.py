"""A network map, the people around a client that a social worker's note lists, names people
only: a stranger's name of the lexicon typed in lower case on a line that opens with its label
is removed (`lowercase_names._network_line`). Every sentence here was written for this test."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Stina Lind", "[ST]")]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nytt möte bokat.\nNätverkskarta: utöver systern nämner pat. hannele i föreningen "
            "och grannen.",
            ["hannele"],
        ),
        (
            "Network map: besides the aunt, the client mentions the coach and teodor.",
            ["teodor"],
        ),
        # the same words with no network map's label: no setting says person
        ("Samtal: utöver systern nämner pat. hannele i föreningen och grannen.", []),
        # the ordinary words of the line stay
        ("Nätverkskarta: utöver systern nämner pat. kuratorn från kyrkan.", []),
    ],
)
def test_a_network_map_names_people(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


def test_a_registered_name_on_the_map_keeps_its_tag(redactor: Redactor) -> None:
    text = "Nätverkskarta: utöver systern nämner pat. stina från kören och hannele."
    spans = redactor.redact(text).spans
    assert [text[s.start : s.end] for s in spans] == ["stina", "hannele"]
    assert spans[0].key == "p:1"
