"""The registry's cases judge each token of a release once (`registered_cases.RegisteredCases`
remembers which tokens `finnish_owners` looks for) and find what `finnish_owners.
registered_owners` finds note by note, on random notes of our own words."""

from __future__ import annotations

from casebook.deid import finnish_owners, registered_cases
from hypothesis import given, settings
from hypothesis import strategies as st

_REGISTERED = frozenset({"marja", "otto", "sisko", "arvo", "aamu"})
_PIECES = st.sampled_from(
    [
        " ",
        ". ",
        "\n",
        "- ",
        "10:42 ",
        "Marjan ",
        "marjan ",
        "Oton ",
        "Siskon ",
        "Arvolla ",
        "Aamulla ",
        "Marjan, ",
        "kanssa ",
        "mielestä ",
        "pitäisi ",
        "oli ",
        "äiti ",
        "kausi ",
        "kaupassa ",
        "Kävimme ",
        "kotona",
    ]
)
_NOTE = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NOTE, min_size=1, max_size=4))
def test_tokens_judged_once_find_what_each_note_finds(notes: list[str]) -> None:
    cases = registered_cases.RegisteredCases(_REGISTERED)
    for text in notes:  # one release: the same cases judge note after note
        low = text.lower()
        tokens = set(low.split())
        cases.find(text, low, tokens)
        remembered = finnish_owners.owners_among(text, low, cases.owners(tokens))
        each = finnish_owners.registered_owners(
            text, low, tokens, _REGISTERED, frozenset(w[:2] for w in _REGISTERED)
        )
        assert remembered == each


def test_a_remembered_token_is_found_in_a_later_note() -> None:
    cases = registered_cases.RegisteredCases(_REGISTERED)
    first = "- Marjan kanssa käytiin kaupassa."
    cases.find(first, first.lower(), set(first.lower().split()))
    later = "Kävimme kotona. Marjan kanssa."
    tokens = set(later.lower().split())
    cases.find(later, later.lower(), tokens)
    assert cases.owners(tokens) == {"marjan"}
    assert finnish_owners.owners_among(later, later.lower(), cases.owners(tokens)) == [(16, 22)]
