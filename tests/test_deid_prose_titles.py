"""A dictionary word that is no name (a title or role: "Landshövding", "Riksdagsledamoten",
"Congresswoman") opening a run before a given name is the person's title, as published prose
writes it before a full name; only the name is removed (`unregistered._title_before_given`)."""

from __future__ import annotations

import pytest
from deid_helpers import name_spans, numbered_redactor

TITLES = numbered_redactor(["Rauha Korhonen"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Det sades. Landshövding Göran Enander talade.", ["Göran Enander"]),
        ("Det sades. Riksdagsledamoten Anna Johansson ställde frågan.", ["Anna Johansson"]),
        ("It was said. Congresswoman Nancy Pelosi answered.", ["Nancy Pelosi"]),
        (
            "Mannlege blindsoner Debutant Lars Petter Sveen har skrive noveller.",
            ["Lars Petter Sveen"],
        ),
    ],
)
def test_title_before_a_given_name_is_kept(text: str, names: list[str]) -> None:
    assert name_spans(TITLES, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Det sades. Bertil Wahlgren talade.", ["Bertil Wahlgren"]),
        ("It was said. Nancy Pelosi answered.", ["Nancy Pelosi"]),
        ("Hon träffade Anna Johansson i går.", ["Anna Johansson"]),
        ("Q: Spoke to Olivers Axton briefly.", ["Olivers Axton"]),  # a name's -s, no title
    ],
)
def test_a_full_name_stays_whole(text: str, names: list[str]) -> None:
    assert name_spans(TITLES, text) == names
