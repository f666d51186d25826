"""`bench/address_secondary.py` lays Faker's and mimesis' streets with their flats, floors and
postcodes out in notes and scores full cover on a development and a held-out share."""

from __future__ import annotations

from bench import address_secondary


def test_every_locale_gets_lines_with_the_address_inside() -> None:
    lines = list(address_secondary.lines(4, 7))
    assert {loc for loc, _, _ in lines} == set(address_secondary.LOCALES)
    assert all(address in text for _, text, address in lines)


def test_full_cover_counts_punctuation_but_not_spaces() -> None:
    text = "Adresse: Storgata 12 B, 3 etg"
    start = text.index("Storgata")
    assert address_secondary.covered(text, start, len(text), [(start, len(text))])
    assert not address_secondary.covered(text, start, len(text), [(start, len(text) - 5)])
    assert address_secondary.covered(text, start, len(text), [(start, 20), (21, len(text))])
