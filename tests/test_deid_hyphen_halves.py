"""The second part of a registered double family name misspelt after its first is the same
person's name (`casebook.deid.hyphen_halves`); a part nowhere near it stays."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Marie Buchan-Hepburn", "[MARIE]"),
        NameEntry("p:2", "Aino Ahola-Virta", "[AINO]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "part", "tag"),
    [
        ("After lunch Marie Buchan-jepburn rang the office.", "jepburn", "[MARIE]"),
        ("Tapasimme Aino Ahola-Vitra kaupassa.", "Vitra", "[AINO]"),
        ("Tapasimme Aino Ahola-vitra kaupassa.", "vitra", "[AINO]"),
    ],
)
def test_a_misspelt_second_part_is_the_same_person(text: str, part: str, tag: str) -> None:
    out = redact(text, REGISTRY).text
    assert part not in out
    assert tag in out
    assert "[name]" not in out


def test_a_part_nowhere_near_stays() -> None:
    assert "-based" in redact("Marie Buchan-based work was discussed.", REGISTRY).text
