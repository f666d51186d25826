"""The date patterns of `bench/treebank_dates.py` read the dates a reader would see in
published sentences, and nothing else (sentences written for this test)."""

from __future__ import annotations

import pytest

from bench.treebank_dates import _core, _valid, patterns


def _dates(lang: str, text: str) -> list[str]:
    full, _weekday_day = patterns(lang)
    return [
        text[slice(*_core(text, m.start(), m.end(), lang))]
        for m in full.finditer(text)
        if _valid(m.group())
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "She died on Monday, May 5th, 2010 at home.", ["May 5th, 2010"]),
        ("en", "It was the twenty-first of May.", ["twenty-first of May"]),
        ("en", "Born 16 July 1860 in Randers.", ["16 July 1860"]),
        ("sv", "Hon kom den 3:e maj 2001.", ["3:e maj 2001"]),
        ("no", "Eg kom 12. mai 1999 til Voss.", ["12. mai 1999"]),
        ("fi", "Hän syntyi 5. toukokuuta 2010.", ["5. toukokuuta 2010"]),
        ("fi", "Näyttely on avoinna 31.8.", ["31.8."]),
        ("en", "Signed 5/6/2010 by both.", ["5/6/2010"]),
    ],
)
def test_a_day_with_its_month_is_read(lang: str, text: str, expected: list[str]) -> None:
    assert _dates(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In May 2010 they moved."),
        ("en", "You may 3 times ask."),
        ("sv", "Hon vann med 3.5 poäng i mars."),
        ("en", "Version 2.13.1 was out."),
    ],
)
def test_no_day_and_month_is_no_date(lang: str, text: str) -> None:
    assert _dates(lang, text) == []
