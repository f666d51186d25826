"""Capitalised names nobody registered, in settings that say person: after a verb of calling
and "to" with the subject pronoun between them in an inverted Scandinavian sentence
(`casebook.deid.calling_verbs`), and in the genitive before the flat or home a person lives
in, also where a sentence opens (`casebook.deid.owner_genitives`,
`casebook.deid.finnish_owners`). Towns, bodies and ordinary words there stay."""

from __future__ import annotations

import pytest
from casebook.deid.calling_verbs import called_to
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


def test_called_to_reads_an_inverted_subject() -> None:
    low = "bagefter ringede jeg til xhevdet"
    assert called_to(low, low.index("xhevdet"))
    low = "sedan skrev hon till xhevdet"
    assert called_to(low, low.index("xhevdet"))
    low = "sedan åkte hon till xhevdet"
    assert not called_to(low, low.index("xhevdet"))
    low = "sedan ringde bilen till xhevdet"
    assert not called_to(low, low.index("xhevdet"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bagefter ringede jeg til Qendresa igen.", "Qendresa"),
        ("Sedan ringde hon till Qendresa om hyran.", "Qendresa"),
        ("Etterpå skrev eg til Qendresa om husleia.", "Qendresa"),
        ("[11:55] Xhevdets leilighet ligger i andre etasje.", "Xhevdet"),
        ("Xhevdets lejlighed ligger på anden sal.", "Xhevdet"),
        ("Xhevdets lägenhet ligger på andra våningen.", "Xhevdet"),
        ("Xhevdetin asunto on toisessa kerroksessa.", "Xhevdetin"),
        ("Xhevdetin kotona oli hiljaista.", "Xhevdetin"),
    ],
)
def test_a_stranger_in_these_settings_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Sedan åkte jag till Qendresa i sommar.",  # a verb of going: a place
        "Sedan ringde hon till Lundby vårdcentral.",  # a place word after it
        "Kommunens lägenhet ligger på andra våningen.",  # a body's definite form
        "Stockholms lägenheter är dyra.",  # a town
        "Familjebostäders lägenhet var fin.",  # a long compound: a landlord
        "Helsingin asunto on kallis.",  # a town's genitive
        "Tampereen asunto on halpa.",
        "Kaupungin asunto on halpa.",  # an ordinary word
    ],
)
def test_places_bodies_and_words_stay(redactor: Redactor, text: str) -> None:
    assert redact(text, redactor).text == text
