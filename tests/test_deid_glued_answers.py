"""A chat answer run into the next word, opening a message, is no stranger's name nor a near
miss of a registered one (`casebook.deid.glued_answers`); a name shaped so inside a sentence,
before a capital, or listed in the name lexicon stays redacted."""

from __future__ import annotations

import pytest
from casebook.deid import lexicon
from casebook.deid.glued_answers import _split, glued
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([NameEntry("p:1", "Sture Forsgren", "[S]")]))


@pytest.mark.parametrize(
    "text",
    [
        "Pasted from the support chat: Yesplease confirm the seat for me.",
        "Yes problem resolved. Noreally thanks have a nice day.",
        "Her message to the airline: Helloi want to check my account balance.",
        "Her message to the airline: Thankyou so much nothing else.",
        "Pasted from the support chat: Sureyesneed to replace.",
        "Pasted from the support chat: Nothingthanks for help.",
        "Her message to the airline: Surei am waiting for your reply.",  # near Sture
        "Pasted from the support chat: Oki want to know about last month's bill.",  # "ok i"
        "Pasted from the support chat: Oki like to purchase that.",
    ],
)
def test_a_glued_answer_opening_a_message_stays(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The nurse met Noreally at the gate.", "Noreally"),  # inside a sentence
        ("Noreally Nielsen called about the form.", "Noreally"),  # before a family name
        ("Noland called about the form.", "Noland"),  # a name of the lexicon
        ("Hisham said he would come.", "Hisham"),
        ("Sturei called about the form.", "Sturei"),  # a near miss that splits into no answer
        ("Okrent said the bill was paid.", "Okrent"),  # "ok" + "rent", before a person's verb
        ("Okrent thanks for the flowers.", "Okrent"),  # what Okrent said (Swedish "tackar för")
        ("Oki wants to know about the bill.", "Oki"),  # a third person's verb
        ("Oki wait for me at the gate.", "Oki"),  # someone addressed: "wait" is an order too
        ("We met Oki at the bank. Oki want to go home now.", "Oki"),  # her, the -s dropped
    ],
)
def test_names_shaped_so_stay_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redact(text, redactor).text


def test_what_splits() -> None:
    assert glued("yesplease") and glued("okits") and glued("yesi") and glued("nothingthanks")
    assert not glued("noam")  # "no" + "am": a last part of two letters
    assert not glued("okaythaank")  # "thaank" is no word
    assert not glued("ineed")  # no answer in it


def test_few_names_of_the_lexicon_would_split() -> None:
    names = lexicon.given_names() | lexicon.family_names()
    split = [n for n in names if _split(n) is not None]
    assert len(split) <= 12  # 9: "noland", "hisham", "heyward", "okseven", "oki", ...
    assert not any(glued(n) for n in split)
