"""A line's label that names a role, or a compound whose head is an office or a watch, is no
person (`casebook.deid.line_roles`): not a stranger ("Saunavært:", "Bastuvärd:") nor a near
miss of a registered person or town ("Värd:" beside a town Varde, "Host:" beside a Holst). The
label's value and a name the registry holds as written stay."""

from __future__ import annotations

import pytest
from casebook.deid import finnish_agent_nouns, line_roles, role_parentheses
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(
        Registry(
            [
                NameEntry("p:1", "Lasse Holst", "[P1]"),
                NameEntry("p:2", "Bo Hills", "[P2]"),
                NameEntry("t:1", "Varde", "[T1]", kind="place"),
            ]
        )
    )


def _words(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text)]


@pytest.mark.parametrize(
    "label",
    ["Saunavært", "Badevakt", "Bastuvärd", "Badevagt", "Saunaemäntä", "Värd", "Host"],
)
def test_a_role_labelling_a_chat_line_is_no_person(redactor: Redactor, label: str) -> None:
    text = (
        "Club chat, copied from the phone, no. 12\n\nFrivillig: Can I have some candy?\n"
        f"{label}: No because it's in the refrigerator and is already thawed.\n"
        "Ohjaaja: But the oven broke down this morning."
    )
    assert label not in _words(redactor, text)


def test_the_value_after_a_role_label_stays_a_person(redactor: Redactor) -> None:
    text = "Club chat\n\nBadevakt: Kirsi Lahti\nVärd: Ulf\nSaunavært: Lasse Holst came early."
    words = _words(redactor, text)
    assert "Kirsi Lahti" in words and "Ulf" in words and "Lasse Holst" in words


def test_a_registered_name_as_a_speaker_label_stays(redactor: Redactor) -> None:
    assert "Hills" in _words(redactor, "Club chat\n\nHills: kommer senare\nHost: ok")


@pytest.mark.parametrize(
    "word", ["saunavært", "bastuvärd", "badevakt", "badevagt", "saunaemäntä", "nattevakt"]
)
def test_compounds_of_an_office_or_a_watch(word: str) -> None:
    assert role_parentheses.label_compound(word)


@pytest.mark.parametrize("word", ["calvert", "sivert", "sevärd", "anmärkningsvärd", "remember"])
def test_names_and_adjectives_are_no_label_compounds(word: str) -> None:
    assert not role_parentheses.label_compound(word)


def test_only_a_line_opening_label_is_a_role() -> None:
    text = "We sat by the stove.\nHe said Saunavært: yes\n[21:04] Saunavært: kommer"
    at = text.index("Saunavært")
    assert not line_roles.role_at(text, at, at + 9)
    at = text.rindex("Saunavært")
    assert line_roles.role_at(text, at, at + 9)


@pytest.mark.parametrize("label", ["Korjaaja", "Kuljettaja", "Opettaja", "Vetäjä"])
def test_a_finnish_doer_labelling_a_chat_line_is_no_person(redactor: Redactor, label: str) -> None:
    text = f"Club chat\n\nFikser: ok\n{label}: Repeat for the remaining bulbs.\nHost: ok"
    assert label not in _words(redactor, text)


def test_a_finnish_doer_label_keeps_its_value(redactor: Redactor) -> None:
    words = _words(redactor, "Club chat\n\nKorjaaja: Mikko Laine\nHost: ok")
    assert "Korjaaja" not in words and "Mikko Laine" in words


@pytest.mark.parametrize("word", ["korjaaja", "ohjaaja", "kuljettaja", "opettaja", "vetäjä"])
def test_finnish_agent_nouns(word: str) -> None:
    assert finnish_agent_nouns.agent_noun(word)


@pytest.mark.parametrize("word", ["saija", "teija", "kaija", "harja", "lukija", "lahja", "tanja"])
def test_given_names_and_nouns_are_no_agent_nouns(word: str) -> None:
    assert not finnish_agent_nouns.agent_noun(word)


def test_a_given_name_in_ja_as_a_speaker_stays(redactor: Redactor) -> None:
    assert "Saija" in _words(redactor, "Club chat\n\nSaija: ok\nHost: ok")


_LEVER = Registry([NameEntry("p:1", "Lever Hansen", "[L]")])


def test_a_word_labelling_a_forms_date_is_no_slip_of_a_name() -> None:
    text = "Repair ticket, intake desk\n\nLevert: onsdag 3. desember\n\nThe lamp works."
    words = _words(Redactor(_LEVER), text)
    assert "Levert" not in words and "onsdag 3. desember" in words


@pytest.mark.parametrize(
    "text",
    [
        "Repair ticket\n\nLevert: Anna\n",  # no date after it
        "Repair ticket\n\nLeverr: onsdag 3. desember\n",  # no word of the languages
    ],
)
def test_a_slip_before_anything_but_a_date_or_no_word_stays(text: str) -> None:
    assert any(w.startswith("Lever") for w in _words(Redactor(_LEVER), text))
