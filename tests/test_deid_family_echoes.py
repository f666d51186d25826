"""A stranger named in full and then by the family name alone, in any Finnish case, is
removed there too (`family_echoes.py`): "Wojciech Aavikko ... Aavikon mukaan". A family name
that no whole name in the note ends with, and one that is a frequent word, are left to the
other rules. Every sentence here was written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import removed


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Asiasta kertoi toimitusjohtaja Wojciech Aavikko eilen. Aavikon mukaan tilanne on "
            "hyvä.",
            ["Wojciech Aavikko", "Aavikon"],
        ),
        (
            "Asiasta kertoi Wojciech Aavikko eilen. Lisätietoja antaa Aavikolle soittamalla.",
            ["Wojciech Aavikko", "Aavikolle"],
        ),
        # no whole name in the note: nothing to echo ("Aavikon mukaan" reads as a firm's)
        ("Aavikon mukaan tilanne on hyvä.", []),
        # a frequent word of the note's language is never an echo
        ("Anna Vain soitti eilen. Vain hän ei tullut.", ["Anna Vain"]),
    ],
)
def test_the_family_name_alone(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names
