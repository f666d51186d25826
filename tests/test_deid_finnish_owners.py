"""A stranger in the Finnish genitive before a postposition of company or home or before a
relative (`casebook.deid.finnish_owners`); bodies, places and their genitives stay."""

from __future__ import annotations

import pytest
from casebook.deid.finnish_owners import owner, owner_token
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_owner_reads_the_genitive_and_the_word_after() -> None:
    low = "asuu qendresan luona"
    assert owner(low, 5, 14)
    low = "asuu qendresa luona"  # no genitive ending
    assert not owner(low, 5, 13)
    low = "qendresan mukaan"  # "according to": bodies too
    assert not owner(low, 0, 9)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Qendresan äiti soitti eilen illalla.", "Qendresa"),
        ("Hän asuu nyt Qendresan luona.", "Qendresa"),
        ("Kävin kaupassa Qendresan kanssa.", "Qendresa"),
        ("Qendresan veljensä ei tullut.", "Qendresa"),
    ],
)
def test_a_stranger_in_the_genitive_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Kelan mukaan asia on hoidossa.",  # a body, "according to"
        "Hän muutti Oulun luona olevaan kylään.",  # a town's genitive
        "Tampereen kautta pääsee nopeasti.",  # another postposition
    ],
)
def test_bodies_and_towns_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text


OWNERS = Registry(
    [
        NameEntry("p:1", "Otto Virtanen", "[P1]"),
        NameEntry("p:2", "Marja Laine", "[P2]"),
        NameEntry("p:3", "Sisko Mäki", "[P3]"),
        NameEntry("p:4", "Arvo Aho", "[P4]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # A registered name's genitive that is a word (of a berry, a withdrawal, a sister),
        # opening a line before what only a person's genitive stands before.
        ("- Marjan kanssa käytiin kaupassa.", "- [P2] kanssa käytiin kaupassa."),
        ("10:42 Siskon mielestä kaikki sujui.", "10:42 [P3] mielestä kaikki sujui."),
        ("Kävimme kotona. Siskon pitäisi levätä.", "Kävimme kotona. [P3] pitäisi levätä."),
        ("- Oton työpaikkansa on lähellä.", "- [P1] työpaikkansa on lähellä."),
        ("- Marjan uusi harrastuksensa on kuoro.", "- [P2] uusi harrastuksensa on kuoro."),
        # The word it is: before a plain noun, or an adverb with the suffix frozen on it.
        ("- Marjan kausi alkaa heinäkuussa.", None),
        ("- Oton määrä puolestaan kasvoi.", "- Oton määrä puolestaan kasvoi."),
        ("- Marjan sato oli hyvä.", "- Marjan sato oli hyvä."),
        ("- Oton tilanne ennallaan.", "- Oton tilanne ennallaan."),
        # The adessive before "olla": who has something ("hänellä on" in a published text).
        ("10:42 Arvolla oli huono yö.", "10:42 [P4] oli huono yö."),
        ("- Arvolla mitattuna tulos on pieni.", "- Arvolla mitattuna tulos on pieni."),
    ],
)
def test_registered_genitive_opening_a_line(text: str, redacted: str | None) -> None:
    out = redact(text, Redactor(OWNERS)).text
    if redacted is None:
        assert "[P2]" not in out  # the lexicon's own reading, not the person's
    else:
        assert out == redacted


def test_adessive_of_a_time_is_when_not_who() -> None:
    registry = Registry([NameEntry("p:1", "Aamu Lehtonen", "[P1]")])
    text = "10:42 Aamulla oli kipuja, iltapäivällä parempi."
    assert redact(text, Redactor(registry)).text == text


def test_owner_token_reads_the_case_of_a_registered_form() -> None:
    registered = frozenset({"marja", "otto", "arvo"})
    openings = frozenset(w[:2] for w in registered)
    assert owner_token("marjan", registered, openings)  # the genitive
    assert owner_token("arvolla", registered, openings)  # the adessive
    assert not owner_token("marja", registered, openings)  # the bare form: names.py's
    assert not owner_token("kaupassa", registered, openings)  # opens as no registered form
    assert not owner_token("marjan,", registered, openings)  # not letters only


def test_a_token_judged_once_is_found_in_every_note() -> None:
    # The registry's cases judge each token once and remember it: the second and third
    # notes holding "Marjan" (and "Siskon") find it as the first did.
    redactor = Redactor(OWNERS)
    first = "- Marjan kanssa käytiin kaupassa."
    assert redact(first, redactor).text == "- [P2] kanssa käytiin kaupassa."
    again = "Kävimme kotona. Marjan kanssa käytiin kaupassa."
    assert redact(again, redactor).text == "Kävimme kotona. [P2] kanssa käytiin kaupassa."
    both = "- Siskon mielestä kaikki sujui. Marjan kanssa käytiin kaupassa."
    out = "- [P3] mielestä kaikki sujui. [P2] kanssa käytiin kaupassa."
    assert redact(both, redactor).text == out
