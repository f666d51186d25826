"""Ordinary words that are also names survive where the words around them leave no person:
a topic that "came up", a verb after a subject and a modal, a verb of calling inside a
title-cased heading, a sentence whose previous one lost its full stop, an age before its
noun, a people's adjective said of a plural subject or standing alone ("Asian"), emphasis
run into the next word ("NOTto"), two words written as one ("påväg"). Found on
validation I (published web, e-mail and learner text); every sentence here is written for
this test. The guards below keep the people the same words name where the setting says
person.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

from tests.deid_helpers import removed

REGISTRY = Registry(
    [
        NameEntry("p:1", "Love Lindqvist", "[participant P-1]"),
        NameEntry("p:2", "Will Andersson", "[participant P-2]"),
        NameEntry("p:3", "May Okafor", "[participant P-3]"),
        NameEntry("p:4", "My Svensson", "[participant P-4]"),
        NameEntry("p:5", "Hope Haddad", "[participant P-5]"),
        NameEntry("p:6", "Mark Ekström", "[participant P-6]"),
        NameEntry("p:7", "Klara Holm", "[participant P-7]"),
        NameEntry("p:8", "Asia Khan", "[participant P-8]"),
        NameEntry("p:9", "Max Holmqvist", "[participant P-9]"),
        NameEntry("p:10", "Margit Lund", "[participant P-10]"),
        NameEntry("p:11", "Per Wahlgren", "[participant P-11]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a topic that came up (registered and unregistered words alike)
        ("Hope came up again and again in the second interview.", "Hope"),
        ("Faith comes up often when she talks about her father.", "Faith"),
        ("Love came up twice.", "Love"),
        ("Grace came up during the group session.", "Grace"),
        # a verb after a subject and a modal, in capitals or not
        ("The staff were kind and I think you will LOVE the garden.", "LOVE"),
        ("If the transfer goes through we can Hope for a quieter spring.", "Hope"),
        ("The teacher says you'll Love the new class.", "Love"),
        # a verb of calling inside a heading in title case, before a word near a name
        ("Subject: Quarterly Budget Call Margin Review Today", "Margin"),
        # a sentence whose previous one lost its full stop
        ("The kitchen was small but very clean My brother stayed two nights.", "My"),
        ("Lovely staff and quick delivery Will never go anywhere else.", "Will"),
        ("The flat has one tiny bathroom Will she cope there after the operation?", "Will"),
        ("The rooms were cold and quite noisy May is always the worst month.", "May"),
        # ... after a Swedish word that ends a clause (a noun, an adjective)
        ("Depåinjektion var tredje vecka Will call back after lunch.", "Will"),
        ("Ekonomin är fortsatt dålig Klara besked om bostaden saknas.", "Klara"),
        ("Sov dåligt hela natten Mark the form as read before Friday.", "Mark"),
        # ... after "want" too, unless "to" and a verb follow the word ("want Hope to know")
        ("The tenants got the repairs they want Will the landlord pay for them?", "Will"),
        # an age before its noun
        ("My 6 year old son was scared of the dog.", "My"),
        # a people's adjective said of a plural subject, or alone in a list
        ("Most families on the street are Christian, and they keep to themselves.", "Christian"),
        ("Her neighbours were mostly Muslim.", "Muslim"),
        ("The class is mixed (Asian, Turkish, Somali) and noisy.", "Asian"),
        ("The pupils are Asian, Arab and Somali.", "Asian"),
        # emphasis in capitals run into the next word; two words written as one
        ("I asked them NOTto call after eight.", "NOTto"),
        ("Hon sa att brodern är påväg hem nu.", "påväg"),
        ("Mamman är påväg till jobbet när vi ringer.", "påväg"),
    ],
)
def test_the_ordinary_word_stays(redactor: Redactor, text: str, word: str) -> None:
    assert not any(word in span for span in removed(redactor, text)), removed(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hope came up to me after the meeting and asked about the bus.", "Hope"),
        ("Will came up the stairs with the shopping.", "Will"),
        ("Grace came to the office and said she would stay.", "Grace"),
        ("Will you call Love tomorrow?", "Love"),
        ("Gergely had given Will his address on a piece of paper.", "Will"),
        ("Honestly I believe Will is the one she listens to.", "Will"),
        ("She says Love is too tired to come on Friday.", "Love"),
        ("We met May at the shop and she looked tired.", "May"),
        ("The note says to mejla Klara on Monday.", "Klara"),
        ("Contact details: tel Klara 070 123 45 67.", "Klara"),
        ("Till nästa gång tar Per med schemat.", "Per"),
        ("Handläggaren har sökt Klara två gånger utan svar.", "Klara"),  # a supine before
        ("Vi satt bredvid Klara hela kvällen.", "Klara"),  # a preposition before
        ("Sjuksköterskan såg Klara i korridoren i morse.", "Klara"),  # a strong verb's past
        ("Det var ett bra samtal Klara verkar lugnare nu.", "Klara"),  # a verb after it
        ("Efter en lång vecka Love sa att hon ville flytta.", "Love"),  # a verb of saying after
        ("Till nästa gång tar PER med schemat.", "PER"),
        ("Please Call Margiit tomorrow about the keys.", "Margiit"),
        ("Yesterday we met Margn at the station.", "Margn"),
        ("Yesterday after lunch Love said she wanted to move.", "Love"),
        ("Mark, 45 years old, lives alone.", "Mark"),
        ("Max 45 years old came with his sister.", "Max"),
        ("Christian said the Muslim neighbours were kind.", "Christian"),
        ("The twins are Christian and Norman, both 12.", "Norman"),
        ("We met Asiaa at the shop.", "Asiaa"),  # a slip of a registered name still is one
        ("träffade ingrid tillman på mottagningen", "tillman"),  # "till" + "man", a name
        ("OBrien said the flat was cold.", "OBrien"),
        # the object of "want X to": the one who is to know, no sentence lost its stop
        ("He does not want Hope to know anything about it.", "Hope"),
        ("They really need Mark to sign the form first.", "Mark"),
    ],
)
def test_the_person_is_still_found(redactor: Redactor, text: str, word: str) -> None:
    assert any(word in span for span in removed(redactor, text)), removed(redactor, text)
