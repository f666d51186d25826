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


@pytest.fixture(scope="module")
def with_registered() -> Redactor:
    from casebook.deid import NameEntry

    return Redactor(Registry([NameEntry("p:1", "Tove Holm", "[P-1]")]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the given name of a whole stranger's name, named again alone
        (
            "Hon sa att Jovanka Simonović är hotad, om Jovanka återvänder blir det svårt.",
            ["Jovanka Simonović", "Jovanka"],
        ),
        # before an English "'s" (the "'s" stays) and a Nordic genitive "s"
        (
            "Zakharii Lutska gjorde det, og Zakharii's bror forstod.",
            ["Zakharii Lutska", "Zakharii"],
        ),
        (
            "Hon sa att Jovanka Simonović kom. Jovankas ansökan avslogs.",
            ["Jovanka Simonović", "Jovankas"],
        ),
        # a word longer than a given name is not taken again: a Finnish verb form (its
        # first reading, a stranger's name, is another rule's)
        (
            "Ohje: Napsauttamalla Poista sulje ikkuna. Napsauttamalla sitä avaat sen.",
            ["Napsauttamalla Poista"],
        ),
        # a given name that is an ordinary word is not taken again: "Hope" the word
        (
            "She said that Hope Simonović came in. Hope is what we need now.",
            ["Hope Simonović"],
        ),
    ],
)
def test_the_given_name_alone(redactor: Redactor, text: str, names: list[str]) -> None:
    assert removed(redactor, text) == names


def test_a_registered_name_in_the_same_slot_keeps_its_tag(with_registered: Redactor) -> None:
    text = "Hon sa att Jovanka Simonović är hotad, om Tove återvänder blir det svårt."
    redaction = with_registered.redact(text)
    assert [text[s.start : s.end] for s in redaction.spans] == ["Jovanka Simonović", "Tove"]
    assert redaction.spans[1].key == "p:1"
