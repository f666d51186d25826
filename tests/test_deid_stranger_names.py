"""General causes of missed names nobody registered, found on validation I (read for its misses
on 2026-12-02) and fixed in general. Each test names its cause and uses sentences of our own,
never that set's: the names here are outside the shipped lexicon (Yoruba, Zulu, Igbo, Flemish,
Azerbaijani spellings) unless a test says otherwise, so only the setting can find them.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Peter Lindgren", "[patient P-1]"),
        NameEntry("p:2", "Tove Mikkelsen", "[contact C-2]"),
        NameEntry("p:3", "Eldar Aliyev", "[professional H-3]"),
        NameEntry("p:4", "Will Ekholm", "[significant other S-4]"),
        NameEntry("p:5", "Love Hedin", "[professional H-5]"),
        NameEntry("p:6", "May Ekström", "[contact C-6]"),
        NameEntry("p:7", "Hope Dahlberg", "[patient P-7]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


# --- a stranger who shares one half of a name with a registered person ----------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Peter Hargreaves from the council joined late.", ("Peter", "Hargreaves")),
        ("Sedan kom Jurgita Mikkelsen in på mötet.", ("Jurgita", "Mikkelsen")),
        ("Barnen som Eldar Hüseynzadeli bott med flyttade.", ("Eldar", "Hüseynzadeli")),
    ],
)
def test_the_other_half_of_a_shared_name_goes_too(
    redactor: Redactor, text: str, gone: tuple[str, ...]
) -> None:
    out = redacted(redactor, text)
    for word in gone:
        assert word not in out, out


def test_a_family_names_particles_go_with_it(redactor: Redactor) -> None:
    out = redacted(redactor, "Femke De Smedt kom in sent.")
    assert "Femke" not in out and "Smedt" not in out and out.endswith(" kom in sent.")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Will Merritt come to the meeting?", "Will "),  # the modal
        ("In May Oyelaran moved to Malmö.", "In May "),  # the month
        ("Hope Oyelaran is fine.", "Hope "),  # a wish, at the start of a sentence
    ],
)
def test_a_word_before_a_name_stays_a_word(redactor: Redactor, text: str, kept: str) -> None:
    assert redacted(redactor, text).startswith(kept)


@pytest.mark.parametrize(
    "text",
    [
        "Tack för idag.\n\nMvh Peter Hargreaves, 070-123 45 67",
        "Thanks for today.\n\nRegards Eldar Hüseynzadeli",
        "Kiitos.\nTerveisin Tove Jurgitaitė",
    ],
)
def test_a_closing_before_the_writers_name_stays(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    closing = text.split("\n")[-1].split(" ", 1)[0]
    assert f"{closing} [" in out, out  # the closing kept, the name after it gone


# --- an unknown word in the genitive before a noun ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vi läste Dumisanis brev igår.",
        "I trust Oluwadamilare's judgement completely.",
    ],
)
def test_an_unknown_genitive_before_a_noun_is_a_name(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    assert "Dumisani" not in out and "Oluwadamilare" not in out and "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Han har inte varit på Danderyds sjukhus sedan maj.",  # a place's name
        "Best Pizzas and Calzones in the City!",  # an English plural
        "The Tullgarn's boats are blue.",  # after a determiner
        "We drove to Kvarnholt. Later Kvarnholt's harbour was full.",  # a place named so
    ],
)
def test_a_genitive_that_names_no_person_stays(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


# --- words before a person: from (Norwegian, Danish), at someone's (German), asked for ---------


@pytest.mark.parametrize(
    "text",
    [
        "Brev fra Ngozika om leiligheten kom i går.",
        "Sie wohnt jetzt bei Dumisani in Köln.",
        "At reception she asked for Dumisani by name.",
        "Hon frågade efter Ngozika i telefonen.",
    ],
)
def test_a_person_after_from_at_or_asked_for(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    assert "Ngozika" not in out and "Dumisani" not in out and "[name]" in out


def test_asked_for_an_ordinary_word_keeps_it(redactor: Redactor) -> None:
    text = "She asked for Help at the desk."
    assert redacted(redactor, text) == text


# --- lower case: a name given, a clause after a verb of thinking --------------------------------


def test_a_name_given_in_lower_case(redactor: Redactor) -> None:
    out = redacted(redactor, "Hennes nya granne heter dumisani och är snäll.")
    assert out == "Hennes nya granne heter [name] och är snäll."


def test_a_lexicon_name_after_a_verb_of_thinking(redactor: Redactor) -> None:
    assert redacted(redactor, "Mamma thinks jessica talks too much.") == (
        "Mamma thinks [name] talks too much."
    )


@pytest.mark.parametrize(
    "text",
    [
        "He said he thinks love is all you need.",
        "Dessa ämnen kallas psykofarmaka i dag.",
    ],
)
def test_words_after_those_verbs_stay(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Hon frågade efter jenny i receptionen.",
        "Brev fra jenny om leiligheten kom i går.",
    ],
)
def test_a_lexicon_name_in_lower_case_asked_for_or_writing(redactor: Redactor, text: str) -> None:
    assert "jenny" not in redacted(redactor, text)


# --- a wider lexicon: names of more origins --------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Afaq", "Aagot", "Adegoke", "Abena", "Adinata"],
)
def test_names_of_more_origins_are_in_the_lexicon(redactor: Redactor, name: str) -> None:
    out = redacted(redactor, f"Igår var {name} också där.")
    assert name not in out, out
