"""The subject of a subordinate clause (`subordinate_subjects.py`): an unknown capitalised word
right after a conjunction and right before the clause's finite verb or negation is a person.
The names here are outside the shipped lexicon and written in the study's own letters."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, lexicon
from casebook.deid.subordinate_subjects import clause_subject

REGISTRY = Registry([NameEntry("p:1", "Peter Lindgren", "[patient P-1]")])


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi vet inte om Bashdar är hemma i dag.", "Bashdar"),
        ("Det blev fel eftersom Xhevdet inte kom.", "Xhevdet"),
        ("Eg veit ikkje om Sakhorn har fått brevet.", "Sakhorn"),
        ("I asked whether Wandile has the keys.", "Wandile"),
        ("Hun ringte fordi Shkelqim ikke var hjemme.", "Shkelqim"),
    ],
)
def test_the_subject_after_a_conjunction_is_a_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name.lower() not in lexicon.all_names()
    out = redactor.redact(text).text
    assert name not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Vi vet att Försäkringskassan har beslutat.",  # a compound of known words
        "Han undrade om Sverige är bättre.",  # a country
        "Det är bra att Region Skåne har svarat.",
        "I doubt that Covid is over.",
        "Hon frågade om Swish är säkert.",
        "Vi vet inte om Bashdar-projektet startar.",  # no finite verb after it
    ],
)
def test_known_words_places_and_other_settings_stay(redactor: Redactor, text: str) -> None:
    out = redactor.redact(text).text
    for word in ("Försäkringskassan", "Sverige", "Region", "Skåne", "Covid", "Swish"):
        if word in text:
            assert word in out, out
    if "Bashdar-projektet" in text:
        assert "Bashdar-projektet" in out, out


def test_which_settings_count() -> None:
    low = "vi vet inte om bashdar är hemma"
    end = low.index(" är")
    assert clause_subject(low, end, "om", "")
    assert not clause_subject(low, end, "om", ",")  # "om, Bashdar är"
    assert not clause_subject(low, end, "med", "")
    assert not clause_subject("om bashdar hemma", len("om bashdar"), "om", "")
