"""The scan for a slipped space (`space_slips._INNER_CAPITAL`) stops at capitals and checks the
lower-case letter behind each: it must find exactly the places the plain two-letter scan
("a lower-case letter, then a capital") finds, and the names found through them. Every word
here is our own."""

from __future__ import annotations

import re

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry
from casebook.deid.space_slips import _INNER_CAPITAL

_PLAIN = re.compile(r"[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")


@pytest.mark.parametrize(
    "text",
    [
        "Abdu sOmidsen och TishkoI vanosen",
        "aBcDeF ABC abc McKay iPhone",
        "ßÀ øÞ ÿØ öÖ ×A ÷B _C 1D éÉ",
        "AaBbCcDd",
        "",
        "A",
        "aB",
        "Semre tStrömfeldt, ÅsaÖberg, ÉloïseÀlvarez",
    ],
)
def test_the_capital_first_scan_finds_what_the_plain_scan_finds(text: str) -> None:
    plain = [m.start() + 1 for m in _PLAIN.finditer(text)]
    assert [m.start() for m in _INNER_CAPITAL.finditer(text)] == plain


def test_every_letter_pair_of_the_classes_is_found_alike() -> None:
    lower = "".join(chr(c) for c in range(0x20, 0x250) if re.fullmatch(r"[a-zß-öø-ÿ]", chr(c)))
    upper = "".join(chr(c) for c in range(0x20, 0x250) if re.fullmatch(r"[A-ZÀ-ÖØ-Þ]", chr(c)))
    for left in (lower, upper, " .-1"):
        for right in (lower, upper, " .-1"):
            text = " ".join(a + b for a in left for b in right)
            plain = [m.start() + 1 for m in _PLAIN.finditer(text)]
            assert [m.start() for m in _INNER_CAPITAL.finditer(text)] == plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi träffade ÅsaÖ berg i går.", "Vi träffade [ÅSA] i går."),
        ("Vi träffade Ås aÖberg i går.", "Vi träffade [ÅSA] i går."),
    ],
)
def test_a_slip_before_a_nordic_capital_is_still_found(text: str, expected: str) -> None:
    registry = Registry([NameEntry("p:1", "Åsa Öberg", "[ÅSA]")])
    assert redact(text, registry).text == expected
