"""Text as a reader sees it: invisible and compatibility characters pasted from Word, a PDF or
a web page must not hide a name or a number from the redactor or from the verifier."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from casebook.deid import NameEntry, Redactor, Registry, verify_texts
from casebook.deid.lookalikes import LOOKALIKES
from casebook.deid.readable import fold
from casebook.deid.verify_patterns import FORMAT_CHARACTERS, LATIN_LOOKALIKES, as_read

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


# Characters a reader does not see that are not format characters (Unicode's default-ignorable
# code points outside category Cf), and spaces NFKC leaves alone.
UNSEEN = {
    "combining grapheme joiner": "\u034f",
    "variation selector 16": "\ufe0f",
    "variation selector 1": "\ufe00",
    "ideographic variation selector": "\U000e0100",
    "Mongolian free variation selector": "\u180b",
    "Mongolian vowel separator": "\u180e",
    "Khmer inherent vowel": "\u17b4",
    "Hangul filler": "\u3164",
    "Hangul choseong filler": "\u115f",
    "half-width Hangul filler": "\uffa0",
    "tag letter": "\U000e0041",
    "right-to-left override": "\u202e",
    "first strong isolate": "\u2068",
    "invisible separator": "\u2063",
}


@pytest.mark.parametrize("char", UNSEEN.values(), ids=UNSEEN.keys())
def test_every_class_of_unseen_character_inside_a_name_or_number(
    redactor: Redactor, char: str
) -> None:
    text = f"Then El{char}in B{char}erg called, ring 070-12{char}3 45 67."
    assert redactor.redact(text).text == f"Then {ELIN} called, ring [phone]."
    leaks = verify_texts([("notes", "text", 1, text)], REGISTRY)
    assert [(leak.kind, leak.key) for leak in leaks] == [("name", "p:1"), ("phone", None)]


LOOKALIKE = {
    "Cyrillic capital Ie": "\u0415lin",
    "Cyrillic small i": "El\u0456n",
    "Greek capital Epsilon": "\u0395lin",
    "Greek small iota": "El\u03b9n",
    "mathematical bold": "\U0001d404\U0001d425\U0001d422\U0001d427",
    "letter-like script E": "\u2130lin",
    "full-width": "\uff25\uff4c\uff49\uff4e",
    "small capitals": "E\u029f\u026a\u0274",
    "circled": "\u24ba\u24db\u24d8\u24dd",
}


@pytest.mark.parametrize("name", LOOKALIKE.values(), ids=LOOKALIKE.keys())
def test_a_name_written_with_look_alike_letters(redactor: Redactor, name: str) -> None:
    text = f"We saw {name} on Monday."
    assert redactor.redact(text).text == f"We saw {ELIN} on Monday."
    leaks = verify_texts([("notes", "text", 1, text)], REGISTRY)
    assert [(leak.kind, leak.key) for leak in leaks] == [("name", "p:1")]


def test_a_number_with_unusual_spaces_and_line_separators(redactor: Redactor) -> None:
    text = "Ring 070\u1680123\u180e45\u280067 today."
    assert redactor.redact(text).text == "Ring [phone] today."
    leaks = verify_texts([("notes", "text", 1, text)], REGISTRY)
    assert [leak.kind for leak in leaks] == ["phone"]


def test_ordinary_text_with_such_characters_is_published_as_typed(redactor: Redactor) -> None:
    # Russian and Greek words are their scripts' own words, not look-alikes; an emoji keeps
    # its variation selector and joiner; a line separator and a Hangul word stay.
    text = (
        "She wrote спасибо and ευχαριστώ, came \u2764\ufe0f \U0001f468\u200d\U0001f469"
        " at nine;\u2028"
        "the \u1d04\u1d00\ua731\u1d07 was closed. 한글\u3164ok, score ５ \u2800 of ７."
    )
    out = redactor.redact(text)
    assert out.text == text
    assert verify_texts([("notes", "text", 1, text)], REGISTRY) == []
    folded = fold("Петров and Еlin")
    assert folded is not None and folded.text == "Петров and Elin"  # only the mixed word


def test_the_verifier_and_the_redactor_agree_on_what_is_unseen() -> None:
    assert LATIN_LOOKALIKES == LOOKALIKES  # two tables, written apart, that agree
    codes = [*range(0x30000), *range(0xE0000, 0xE1000)]  # every assigned plane but private use
    unseen = [c for c in codes if as_read(f"a{chr(c)}b") == "ab"]
    folded = [c for c in codes if (f := fold(f"a{chr(c)}b")) is not None and f.text == "ab"]
    assert unseen == folded
    assert 0x034F in unseen and 0x3164 in unseen and 0xE0100 in unseen and 0x00AD in unseen


def test_a_name_typed_decomposed_is_found_with_all_its_marks() -> None:
    registry = Registry([NameEntry("p:1", "Håkan Öberg", ELIN)])
    redactor = Redactor(registry)
    text = "Then Ha\u030akan O\u0308berg and Ha\u030akan went to Malmo\u0308."
    # `spans` takes the text as it came (no NFC first): the clusters map back whole, and a
    # decomposed letter that is no name ("Malmö") stays as it was typed.
    spans = redactor.spans(text)
    assert [text[s.start : s.end] for s in spans] == ["Ha\u030akan O\u0308berg", "Ha\u030akan"]
    assert redactor.redact(text).text == f"Then {ELIN} and {ELIN} went to Malmö."
    folded = fold("Ka\u030a ok")
    assert folded is not None and folded.text == "Kå ok" and folded.span(0, 2) == (0, 3)
    leaks = verify_texts([("notes", "text", 1, text)], registry)
    assert [leak.key for leak in leaks] == ["p:1", "p:1"]


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u202f"], ids=["nbsp", "figure", "narrow"])
def test_a_no_break_space_pasted_inside_a_name(redactor: Redactor, space: str) -> None:
    text = f"We met E{space}lin and Hol{space}m; Elin{space}Berg came, Nr{space}12, en{space}lin."
    out = redactor.redact(text)
    # Inside a registered word the space goes with the name; between words it stays.
    assert out.text == f"We met {ELIN} and [x X-1]; {ELIN} came, Nr{space}12, en{space}lin."
    leaks = verify_texts(
        [("notes", "text", 1, f"We met E{space}lin today, Nr{space}12.")], REGISTRY
    )
    assert [(leak.kind, leak.key) for leak in leaks] == [("name", "p:1")]
    assert (
        verify_texts([("notes", "text", 1, f"See en{space}lin and Nr{space}12.")], REGISTRY) == []
    )


def test_a_name_with_a_turkish_capital_i_typed_in_lower_case() -> None:
    # "İnönü".lower() writes "i" and a combining dot above (U+0307), which NFC keeps apart: a
    # reader sees "inönü", and so does the matcher; the dot goes out with the name.
    registry = Registry(
        [NameEntry("p:1", "Gazel İnönü", ELIN), NameEntry("p:2", "Mark İdris", "[P2]")]
    )
    redactor = Redactor(registry)
    text = "gazel i\u0307nönü stirrade. Sekreterare: mark i\u0307dris, ordförande i\u0307nönü's."
    assert redactor.redact(text).text == f"{ELIN} stirrade. Sekreterare: [P2], ordförande {ELIN}'s."
    folded = fold("i\u0307nönü i\u0307\u0301")
    assert folded is not None and folded.text == "inönü í" and folded.span(0, 5) == (0, 6)
    leaks = verify_texts([("notes", "text", 1, "i\u0307nönü kom")], registry)
    assert [leak.key for leak in leaks] == ["p:1"]
