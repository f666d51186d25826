"""Clinical notes: what the redactor took for names and numbers on real nursing notes, and
the names and numbers it missed there, each checked with sentences written for this test
(none taken from the PhysioNet notes or any other corpus). Every test that keeps words also
checks that a name or number beside them is still caught.

- A review-of-systems heading, a device, a laboratory panel or a drip's short name is a word
  ("Neuro: alert", "Foley draining", "Levo weaned"), and so is a medicine ("Reglan given"):
  `data/extra_en.txt` and `data/clinical_en.txt` (built by `bench/build_clinical_words.py`).
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]), phone_regions=("US",))


def words(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


# --- clinical vocabulary ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Neuro: sleepy but rousable, follows commands.\nPulm: coarse crackles at the bases.",
        "Heme: no transfusion needed tonight.\nEndo: sliding scale continued.",
        "Foley draining clear amber urine. Abd obese and soft.",
        "Levo weaned to off by midnight; Neo remains at a low dose.",
        "Given Reglan with good effect, then Dopamine started for a low pressure.",
        "Restarted with Lopressor and Flovent; Heparin started at noon.",
        "Swan removed, Aline intact in the left wrist, Teds on both legs.",
    ],
)
def test_clinical_words_are_not_names(redactor: Redactor, text: str) -> None:
    assert words(redactor, text) == []


def test_a_name_beside_clinical_words_is_still_a_name(redactor: Redactor) -> None:
    text = "Neuro: calm. Dr. Foley saw him at noon; his niece Oksana Wrzesniewska rang twice."
    found = words(redactor, text)
    assert "Foley" in found
    assert any("Oksana" in w for w in found) and any("Wrzesniewska" in w for w in found)
    assert "Neuro" not in found


# --- measured values are no phone numbers, and a sentence run together is no web address --------


@pytest.mark.parametrize(
    "text",
    [
        "Blood gas 7.36-41-88-24 on the new settings.",
        "Gas on rest 62-31-7.49, repeat later.",
        "Output 214509.75 since admission.",
        "Drawn at 0915 262, recheck at 1300.",
        "Pressure 152/71 (84) and settling.",
        "Balloon 1:1-82/97/41/66 overnight.",
        "Volumes 850-1000 on the new mode.",
        "Bright bile.no stool today, tolerating feeds.well.No pain reported.",
        "Kept npo..no tube placed yet.",
    ],
)
def test_measured_values_and_run_together_sentences_stay(redactor: Redactor, text: str) -> None:
    assert words(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Follow-up by physio, Pager #40917 if questions.", "40917"),
        ("Questions: PG 51728.", "51728"),
        ("Wound nurse, beeper: #3-2960, will review.", "3-2960"),
        ("Sister Ilse Nakagawa- 415- 389- 2047, call anytime.", "415- 389- 2047"),
        ("Gas 7.36-41-88-24; her husband's number 555-2871.", "555-2871"),
    ],
)
def test_pager_numbers_and_spaced_phone_numbers_are_found(
    redactor: Redactor, text: str, number: str
) -> None:
    assert number in words(redactor, text)


def test_a_web_address_still_is_one(redactor: Redactor) -> None:
    text = "See vardguiden.nu or www.example.no/help; ring 08-123 456 78."
    found = words(redactor, text)
    assert "vardguiden.nu" in found and "www.example.no/help" in found


# --- a clinician named by an initial and a family name ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K 5.9 ON RECHECK. T. OKONKWO-BRANDT AWARE, WILL REPEAT AT NOON.", "T. OKONKWO-BRANDT"),
        ("SWELLING NOTED. R. FISHER AWARE AND WILL REVIEW IN THE MORNING.", "R. FISHER"),
        ("LINE CHANGED OVER A WIRE BY P. VANTERPOOL, BLEEDING CONTROLLED.", "P. VANTERPOOL"),
        ("DIURESIS CONTINUES PER DR H. BAKER, GOAL NEGATIVE ONE LITRE.", "H. BAKER"),
        ("Incision checked by L. Szczepaniak NP this afternoon.", "L. Szczepaniak"),
    ],
)
def test_an_initial_and_a_family_name_are_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert any(name in w for w in words(redactor, text))


@pytest.mark.parametrize(
    "text",
    [
        "SPUTUM GREW S. AUREUS; STOOL SENT FOR C. DIFF AND E. COLI.",
        "NO C/O. PAIN, CALM THROUGH THE SHIFT AND SLEEPING WELL.",
        "S. WELL RESTED. O. SEE THE FLOWSHEET FOR THE FIGURES TODAY.",
    ],
)
def test_an_initial_before_a_word_is_no_name(redactor: Redactor, text: str) -> None:
    assert words(redactor, text) == []


# --- clinicians and relatives named in lower case or in capitals ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("slight wheeze at midnight, dr baker aware, nebs given.", "baker"),
        ("k 3.1 this morning, dr carpenter notified and replaced.", "carpenter"),
        ("temp 38.9 overnight, md quintanilla aware, cultures sent.", "quintanilla"),
        ("PLAN DISCUSSED WITH HO VANDERMEULEN AT THE BEDSIDE TODAY.", "VANDERMEULEN"),
        ("Dr. O'Halloran reviewed the films with the family.", "O'Halloran"),
        ("Plan agreed with Dr. Lindqvist-hale after rounds.", "Lindqvist-hale"),
    ],
)
def test_a_clinician_after_a_title_or_role(redactor: Redactor, text: str, name: str) -> None:
    assert name in words(redactor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("social: lives with his daughter, pat, who drives him in.", "pat"),
        ("social: son rob visits daily and knows the plan.", "rob"),
        ("SOCIAL: WIDOWED. SON MARTIN 555-2871 IS THE CONTACT.", "MARTIN"),
        ("SOCIAL: DTR ROSALIND AND HER HUSBAND VISITED THIS EVENING.", "ROSALIND"),
        ("family: his wife, irene sherwood, stayed overnight.", "irene sherwood"),
        ("social: daughters helena and tessa in to visit this evening.", "tessa"),
        ("social: visited by significant other jolene, updated.", "jolene"),
        ("SOCIAL: LARGE FAMILY. ORSOLYA VANTERPOOL (DAUGHTER)- THE PROXY.", "VANTERPOOL"),
    ],
)
def test_a_relative_named_after_the_kin_word(redactor: Redactor, text: str, name: str) -> None:
    assert any(name in w for w in words(redactor, text))


@pytest.mark.parametrize(
    "text",
    [
        "son will visit tomorrow; daughter called twice; wife present all day.",
        "son in law at the bedside, sister aware of the plan.",
        "dr aware of the plan, dr notified of the result.",
        "Pt NP suctioned twice for thick secretions.",
    ],
)
def test_kin_words_and_titles_before_ordinary_words(redactor: Redactor, text: str) -> None:
    assert words(redactor, text) == []


# --- notes in capitals and abbreviations in mixed case ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "CV: Tele SR in the 70s, Pos BS, no stool overnight.",
        "GU-ARF improving; CV-MP paced at 80, no ectopy.",
        "Plan: Ostomy RN to see him in the morning.",
        "Sats drop with Lt. side down; CPAP trial with Vts < 300.",
        "AGITATED OVERNIGHT, GIVEN IV MS FOR PAIN WITH GOOD EFFECT TODAY.",
        "REPLACED WITH 40 MEQ KCL VIA THE TUBE AND RECHECK LATER TODAY.",
        "CONTINUES ON A 10 DAY COURSE OF ANTIBIOTICS, AFEBRILE TODAY.",
        "PT HAD A 9 BEAT RUN OF VT, SELF LIMITING, LYTES SENT.",
    ],
)
def test_abbreviations_and_shouted_phrases_stay(redactor: Redactor, text: str) -> None:
    assert words(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MET MS WOODHOUSE AND HER SON AT THE BEDSIDE TODAY.", "WOODHOUSE"),
        ("MET MS BROWN AND HER SON AT THE BEDSIDE TODAY.", "BROWN"),
        ("HE LIVES AT 14 ELM STREET WITH HIS WIFE AND DOG.", "14 ELM STREET"),
    ],
)
def test_names_and_streets_in_capitals_stay_found(redactor: Redactor, text: str, name: str) -> None:
    assert any(name in w for w in words(redactor, text))


def test_a_stranger_after_with_is_still_a_name(redactor: Redactor) -> None:
    text = "The plan was agreed with Oyelaran and with Zbigniew after rounds."
    found = words(redactor, text)
    assert "Oyelaran" in found and "Zbigniew" in found
