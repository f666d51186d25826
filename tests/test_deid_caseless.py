"""Notes typed without letter case, and figures that are measured values, not phone numbers.

Every sentence here was written for these tests (interview and observation notes typed with
caps lock on, or in lower case on a phone; readings written down in a session), not taken from
any corpus.
"""

from __future__ import annotations

import pytest
from casebook.deid import caseless, value_series
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def _found(redactor: Redactor, text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == kind]


SHOUTED = (
    "REVIEW AT HOME. PRN ZOPICLONE OFFERED, CLOZAPINE TDS CONTINUED, CPA MTG BOOKED, HONOS "
    "RESCORED, DNA LETTER SENT, SW REFERRAL MADE, CPN RV IN TWO WEEKS, LITHIUM BLDS DUE. "
    "SPOKE WITH DR MARSH ABOUT THE MHA REVIEW. MET ZLATKO FROM THE HOUSING OFFICE."
)


def test_a_note_in_capitals_keeps_its_abbreviations_and_loses_the_names(
    redactor: Redactor,
) -> None:
    # Before: every pair of abbreviations was a "run" of capitalised words, so a name
    # ("CPA MTG", "HONOS RESCORED", "CPN RV"), while the stranger after "MET" was kept.
    assert _found(redactor, SHOUTED, "name") == ["MARSH", "ZLATKO"]
    out = redactor.redact(SHOUTED).text
    for kept in ("CPA MTG", "HONOS RESCORED", "CPN RV", "PRN ZOPICLONE", "LITHIUM BLDS"):
        assert kept in out


def test_people_listed_in_capitals_are_judged_as_in_lower_case(redactor: Redactor) -> None:
    note = "OBSERVER 2: PATIENT CHAIRED, GOALS DISCUSSED.\nPRESENT: STACY, ALTAF (INTERPRETER)."
    assert _found(redactor, note, "name") == ["STACY", "ALTAF"]


def test_a_line_in_capitals_inside_a_mixed_note_is_judged_caselessly(redactor: Redactor) -> None:
    note = (
        "Visit went well, she talked about the allotment.\n"
        "CPA MTG BOOKED, CPN RV IN TWO WEEKS, HONOS RESCORED\n"
        "She asked about going back to work."
    )
    assert _found(redactor, note, "name") == []
    # a short line in capitals in a mixed note stays the capitalised pass's: a signature
    signed = "Thank you for the meeting today.\nBest regards,\nMARGARETA LINDQVIST"
    assert _found(redactor, signed, "name") == ["MARGARETA LINDQVIST"]


def test_a_stranger_after_a_formal_title_in_a_lower_case_note(redactor: Redactor) -> None:
    note = (
        "quick note from the phone: met the family at home, mother worried about sleep. "
        "dr. hollis will review the depot next week. dr aware of the plan, dr notified."
    )
    # "hollis" is a town as well as a surname, so the lower-case pass left it; after a
    # formal title a word that is no common word is the name ("dr aware": a verb)
    assert _found(redactor, note, "name") == ["hollis"]


def test_a_name_signed_with_a_credential_or_after_an_initial(redactor: Redactor) -> None:
    # lower case and capitals alike: the words before a professional credential ("rn",
    # "msw") from a given name on, and a lexicon surname after an initial
    signed = "home visit done, mood low but stable, plan unchanged.\nmarta k. nowicki, rn"
    assert _found(redactor, signed, "name") == ["marta k. nowicki"]
    shouted = "REVIEWED BY THE TEAM.\nGUSTAV P. ELMQVIST, MSW"
    assert _found(redactor, shouted, "name") == ["GUSTAV P. ELMQVIST"]
    initial = "DEPOT GIVEN, SIDE EFFECTS REVIEWED. J. HARRINGTON MD AWARE OF THE PLAN."
    assert _found(redactor, initial, "name") == ["J. HARRINGTON"]  # the initial with it
    # a credential after words that are no given name names nobody
    assert _found(redactor, "bloods taken, pa line intact, ccu rn informed.", "name") == []


def test_a_common_noun_before_a_credential_signs_nothing(redactor: Redactor) -> None:
    # "do" after a plural noun is the verb: a lexicon given name before the noun ("buget")
    # is no signature
    review = "Sharp pictures, but doesn't seem any of the buget cameras do. Not for me."
    assert _found(redactor, review, "name") == []
    signed = "home visit done.\nmarta nowicki, rn"  # a family name there still signs
    assert _found(redactor, signed, "name") == ["marta nowicki"]


def test_what_marks_a_caseless_stretch() -> None:
    assert caseless.stretches("ALL OF IT IN CAPITALS") == [(0, 21)]
    assert caseless.stretches("12:30 7/8") == []  # no letters: nothing to judge
    text = "Mixed case here.\nNEURO: ALERT\nCPA MTG BOOKED TODAY\nend"
    start = text.index("CPA")
    assert caseless.stretches(text) == [(start, start + len("CPA MTG BOOKED TODAY"))]
    assert caseless.lowered(text, caseless.stretches(text)).count("cpa mtg booked today") == 1


QUANTITIES = [
    "pressure 118-142/70 during the session",
    "readings 126/82 - 131/85 after the walk",
    "gas 7.36/44/88/24 on room air",
    "weights 71.5/72.0/72.8 kg over three visits",
    "ventilation 500/12/5/40",
    "the score ratio was 1450/210",
    "shift 0700-1900, then home",
    "fluids 500-1000 a day",
    "intake 900-1250ml overnight",
    "the 110-130/60's all week",
    "weighed @ 0830 71.5 this morning",
]


@pytest.mark.parametrize("sentence", QUANTITIES)
def test_measured_values_are_not_phone_numbers(redactor: Redactor, sentence: str) -> None:
    assert _found(redactor, sentence, "phone") == []


PHONES = [
    ("Her sister in the US: 415/555/0198.", "415/555/0198"),
    ("The old office number was 0711/123-4567.", "0711/123-4567"),
    ("The French one is 01/45/67/89/10.", "01/45/67/89/10"),
    ("Ring (212) 555-0123 after lunch.", "(212) 555-0123"),
    ("The housing office, 555-1234.", "555-1234"),
    ("Call her on 1450/2100 tonight.", "1450/2100"),  # a phone word decides
    ("Her mobile is 500-1000 now.", "500-1000"),
    ("anna@example.org 0830 7154 22", "0830 7154 22"),  # a contact line
]


@pytest.mark.parametrize(("sentence", "number"), PHONES)
def test_phone_numbers_still_go(redactor: Redactor, sentence: str, number: str) -> None:
    assert number in _found(redactor, sentence, "phone")


def test_the_shapes_of_measured_values() -> None:
    def measured(value: str, after: str = "") -> bool:
        text = value + after
        return value_series.measured(text, text.lower(), 0, len(value))

    assert measured("128/30/7.52") and measured("40/700/16") and measured("1900-0700")
    assert measured("900-1000", "cc") and measured("900-1000", " mg")
    assert not measured("201/324/1423") and not measured("0711/123456")
    assert not measured("555-1234") and not measured("0700-1910")  # not on the quarter hour
    assert not measured("070 123 45 67", " min mamma")  # "min" written apart is a word
    assert not measured("04.37.91.81.64") and not measured("1.800.555.1234")
    assert not measured("061/009-158")  # a trunk 0: a number, whatever its groups rise to
    assert not measured("12/1 9.10")  # a day and a clock time ("9.10" is no decimal)
    assert measured("0430 27.5") and measured("4.8/2.51/1265")


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("while a cigarette-smoking doctor luridly leers above him", []),  # an adverb
        ("the doctor gently closed the door", []),
        ("dr kelly came at nine", ["kelly"]),  # a name of the lexicon in "-ly"
        ("dr zorbaly came at nine", ["zorbaly"]),  # no English word before "-ly"
    ],
)
def test_an_adverb_after_a_title_is_no_name(text: str, removed: list[str]) -> None:
    found = caseless.after_titles(text, text.lower(), [])
    assert [text[s:e] for s, e in found] == removed
