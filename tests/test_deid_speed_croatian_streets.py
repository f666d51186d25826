"""The scan for a Croatian street adjective and its house number (`croatian_streets._QUICK`)
looks for a space and a digit and checks the adjective's ending behind them: it must end
where the ending-first scan ended, and the streets found through it stay found. Every
street here is our own."""

from __future__ import annotations

import re

import pytest
from casebook.deid.croatian_streets import _QUICK, find

_ENDING_FIRST = re.compile(r"[sšcčćž](?:(?<=[sšcčć])k[ae]|(?<=[ćčšž])ev[ae])[ ]\d")
_ENDINGS = ["ska", "ske", "ška", "čke", "ćka", "cka", "ćeva", "čeve", "ševa", "ževe"]


@pytest.mark.parametrize(
    "text",
    [
        "Vinogradska 6, Tkalčićeva 14 i Višnjičke 8b",
        "ka 1 ke 2 eva 3 ska1 ska  4 sKa 5 Ska 6 zeva 7 ćeva 8 ševe 9",
        "Engelska 2 gånger, svenska 10 dagar och ska 3 personer",
        "ska 1ska 2ćeva 3",
        "",
        " 1",
    ],
)
def test_the_digit_first_scan_ends_where_the_ending_first_scan_ended(text: str) -> None:
    ends = [m.end() for m in _ENDING_FIRST.finditer(text)]
    assert [m.end() for m in _QUICK.finditer(text)] == ends


def test_every_ending_letter_pair_is_found_alike() -> None:
    letters = "sšcčćžkaevx"
    for a in letters:
        for b in letters:
            for c in letters:
                for d in ("a", "e", "x"):
                    text = f"{a}{b}{c}{d} 5 {b}{c}{d} 7"
                    ends = [m.end() for m in _ENDING_FIRST.finditer(text)]
                    assert [m.end() for m in _QUICK.finditer(text)] == ends, text


@pytest.mark.parametrize("ending", _ENDINGS)
def test_a_street_adjective_with_its_number_is_still_found(ending: str) -> None:
    text = f"Hon bor på Mirogoj{ending} 9c sedan i våras."
    assert [text[s:e] for s, e, _ in find(text)] == [f"Mirogoj{ending} 9c"]


def test_the_scan_starts_at_the_space_before_the_number() -> None:
    # A literal first: the engine skips from space to space instead of trying every letter.
    text = "Vinogradska 6, Tkalčićeva 14"
    assert [text[m.start() : m.end()] for m in _QUICK.finditer(text)] == [" 6", " 1"]
