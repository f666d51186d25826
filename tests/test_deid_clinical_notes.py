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
