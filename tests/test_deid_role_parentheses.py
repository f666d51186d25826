"""A person before their role in parentheses (`casebook.deid.role_parentheses`): a name that
is also a word, in lower case or capitalised, a family name that is a word after a given
name, a letter damaged in typing; ordinary words, pronouns, relation words and a thing after
an article stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry
from casebook.deid.role_parentheses import find


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A long silence. roger (ex-partner) rang again on Friday.", "roger"),
        ("sms i går: tel ove (god man) 08-88 38 91", "ove"),
        ("ring Jessica Klang (guardian) om blanketten", "Klang"),
        ("ring gerd sterner (guardian) om blanketten", "sterner"),
        ("The client mentions N˜zamett˜n Arslan (priest) from the mosque.", "zamett"),
    ],
)
def test_the_name_before_the_role_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We rang the doctor (guardian) yesterday.",  # an ordinary word
        "Talked to her (daughter) and mamma (sambo).",  # a pronoun, a relation word
        "Vi ringde skolan (kurator) igen.",
        "They met at the church (priest) today.",  # a thing after an article
        "Hon kom med sin son (12 år).",  # no role
    ],
)
def test_ordinary_words_before_a_role_stay(redactor: Redactor, text: str) -> None:
    assert find(text, [], redactor.unregistered.word_class) == []  # type: ignore[union-attr]
    assert redact(text, redactor).text == text


_WORD_NAMES = Registry([NameEntry("p:1", "Wolf Lind", "[W]"), NameEntry("p:2", "Duke Berg", "[D]")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volontär: wolf\nHan sorterade kläder.", "Volontär: [W]\nHan sorterade kläder."),
        ("Frivillig: wolf\nThey sorted coats.", "Frivillig: [W]\nThey sorted coats."),
        ("Vapaaehtoinen: duke\nHän lajitteli.", "Vapaaehtoinen: [D]\nHän lajitteli."),
        (
            "Also there: Sigrid Vallgårdh and duke (chair)\nIn fact we did.",
            "Also there: [name] and [D] (chair)\nIn fact we did.",
        ),
        ("Board: Lise Krogh, then wolf (sekretær).", "Board: [name], then [W] (sekretær)."),
    ],
)
def test_a_volunteer_label_or_a_meetings_role_in_brackets_makes_the_person(
    text: str, expected: str
) -> None:
    assert redact(text, _WORD_NAMES).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The volunteers made wolf masks for the children.",
        "We sat the duke (chair) of the club at the end.",
        "Frivillig arbejde er godt for byen, sagde hun.",
        "A wolf (parent) guards the den.",
    ],
)
def test_the_words_beside_a_volunteer_or_a_role_stay(text: str) -> None:
    assert redact(text, _WORD_NAMES).text == text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Deltagare: Geir Bjørnstad, Vidar Saeterdal (vertaisohjaaja) and Pound", "vertaisohjaaja"),
        ("Deltagare: Sigrun Aasen and Kaisu Lehtonen (erfaringskonsulent)", "erfaringskonsulent"),
    ],
)
def test_a_peer_workers_title_in_brackets_is_no_name(text: str, role: str) -> None:
    found = [text[s.start : s.end] for s in Redactor(Registry([])).spans(text) if s.kind == "name"]
    assert not any(role in f for f in found), found
    assert any("Saeterdal" in f or "Lehtonen" in f for f in found), found
