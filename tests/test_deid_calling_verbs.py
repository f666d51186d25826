"""A stranger after a verb of calling or writing and "to" (`casebook.deid.calling_verbs`), and
before a Norwegian, Danish or Finnish verb of doing (`vocab.NAME_FOLLOWERS`); not a German
noun after "mit" (German capitalises its nouns)."""

from __future__ import annotations

import pytest
from casebook.deid.calling_verbs import called_to
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_called_to_reads_the_two_words_before() -> None:
    low = "hon ringde till xhevdet"
    assert called_to(low, low.index("xhevdet"))
    low = "hon åkte till xhevdet"
    assert not called_to(low, low.index("xhevdet"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hon ringde till Qendresa i går kväll.", "Qendresa"),
        ("Hun ringede til Qendresa om huslejen.", "Qendresa"),
        ("He wrote to Qendresa about the flat.", "Qendresa"),
    ],
)
def test_a_stranger_in_these_settings_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Vi åker till Qendresa i sommar.",  # a verb of going: a place
        "Hon ringde till Lundby vårdcentral.",  # a place word after it
        "Han skrev till Migrationsverket.",  # a known body
        "Suomi tuli toiseksi kisoissa.",  # a known word before the verb
        "Er brach blutüberströmt mit Einschüssen in der Brust zusammen.",  # a German noun
        "Lapsi lähti.",  # one-line notes: a Finnish or Norwegian noun before a verb of doing
        "Lapsi muutti Helsinkiin.",
        "Søster hjalp.",
    ],
)
def test_places_and_words_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
