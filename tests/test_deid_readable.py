"""Text as a reader sees it: invisible and compatibility characters pasted from Word, a PDF or
a web page must not hide a name or a number from the redactor or from the verifier."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from casebook.deid import NameEntry, Redactor, Registry, verify_texts
from casebook.deid.readable import fold
from casebook.deid.verify_patterns import FORMAT_CHARACTERS, as_read

ELIN = "[patient P-7Y3M]"
REGISTRY = Registry([NameEntry("p:1", "Elin Berg", ELIN), NameEntry("p:2", "Per Holm", "[x X-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


INVISIBLE = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
    "left-to-right mark": "\u200e",
}


@pytest.mark.parametrize("char", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_an_invisible_character_inside_a_name_goes_with_it(redactor: Redactor, char: str) -> None:
    text = f"Then El{char}in B{char}erg called the ward."
    assert redactor.redact(text).text == f"Then {ELIN} called the ward."
    assert redactor.redact(f"We saw El{char}in.").text == f"We saw {ELIN}."


def test_compatibility_forms_of_names_and_numbers(redactor: Redactor) -> None:
    assert redactor.redact("Ｅｌｉｎ came at nine.").text == f"{ELIN} came at nine."
    out = redactor.redact("Her mobile is ０７０-１２３ ４５ ６７, she said.")
    assert out.text == "Her mobile is [phone], she said."
    nbsp = redactor.redact("Ring 070\u00a0123\u00a045\u00a067 or 08\u202f12\u202f34\u202f56.")
    assert nbsp.text == "Ring [phone] or [phone]."
    assert redactor.redact("Ring 070–123 45 67.").text == "Ring [phone]."  # en dash
    assert redactor.redact("Ring 070\u2011123\u201145\u201167.").text == "Ring [phone]."


def test_nothing_else_of_the_text_changes(redactor: Redactor) -> None:
    text = "Score ５ of ７ – ﬁne – then El\u00adin said “hi” … bye\u00a0now."
    out = redactor.redact(text)
    assert out.text == f"Score ５ of ７ – ﬁne – then {ELIN} said “hi” … bye\u00a0now."
    (span,) = out.spans
    assert text[span.start : span.end] == "El\u00adin"
    assert redactor.redact(out.text).text == out.text  # idempotent on the original characters


def test_the_folded_text_maps_back_to_the_original() -> None:
    text = "a\u00adb ﬁ ０x"
    folded = fold(text)
    assert folded is not None and folded.text == "ab fi 0x"
    assert folded.span(0, 2) == (0, 3)  # "ab" came from "a\u00adb"
    assert folded.span(3, 4) == (4, 5)  # half of "fi": the whole ligature
    assert folded.span(3, 5) == (4, 5)
    assert folded.span(6, 8) == (6, 8)  # "0x" from "０x"
    assert fold("plain ascii") is None
    assert fold("Åsa Öberg – ok, “quoted”") is None  # nothing a reader would read otherwise


def test_the_verifier_folds_too_when_the_redactor_is_bypassed() -> None:
    cells = [
        ("notes", "text", 1, "Then El\u00adin B\u200berg called."),
        ("notes", "text", 2, "Ring ０７０-１２３ ４５ ６７."),
        ("notes", "text", 3, "We saw E\u200dlin."),
        ("notes", "text", 4, "Score ５ of ７."),
    ]
    leaks = verify_texts(cells, REGISTRY)
    assert [(leak.row, leak.kind, leak.key) for leak in leaks] == [
        (1, "name", "p:1"),
        (2, "phone", None),
        (3, "name", "p:1"),
    ]
    assert leaks[0].matched == "Elin Berg"  # the text as a reader sees it


def test_the_verifiers_table_of_format_characters_is_complete() -> None:
    expected = {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}
    assert {c for c in expected if as_read(f"a{chr(c)}b") != "ab"} == set()
    assert FORMAT_CHARACTERS  # the verifier's own table, not the redactor's
