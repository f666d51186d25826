"""Capitalised names nobody registered, in settings that say person: after a verb of calling
and "to" with the subject pronoun between them in an inverted Scandinavian sentence
(`casebook.deid.calling_verbs`); in the genitive before the flat or home a person lives in,
also where a sentence opens (`casebook.deid.owner_genitives`, `casebook.deid.finnish_owners`);
a given name before a family name though a neighbour language's inflection reads it as a word
(`unregistered._given_before_family`); a list item after a label of people, whole where the
other rules found half of it, and not read as a typing slip (`casebook.deid.attendance_lists`,
`casebook.deid.typing_slips`). Towns, bodies, ordinary words and registered tags stay."""

from __future__ import annotations

import pytest
from casebook.deid import attendance_lists, typing_slips
from casebook.deid.calling_verbs import called_to
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry


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
        ("14:10 Bolette Ingvartsen fra boligselskabet kom ind til sidst.", "Bolette"),
        ("09:39 Interviewer: Avdar Hammoud\n09:45 Det har været hårdt.", "Avdar"),
        ("Paikalla: Avdar ja Qendresa. Hän sanoi sen.", "Avdar"),
        ("Til stede: Alaster Shek og Qendresa. Jeg holdt hans hånd.", "Alaster"),
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


def test_a_slip_of_a_word_in_a_list_of_people_is_a_name() -> None:
    assert typing_slips.slip("avdar")  # "vadar", Swedish for wades
    text = "Paikalla: Avdar ja Qendresa."
    assert attendance_lists.listed(text, text.lower(), text.index("Avdar"))
    text = "Hän sanoi: Avdar ja Qendresa."
    assert not attendance_lists.listed(text, text.lower(), text.index("Avdar"))
    text = "Paikalla: Qendresa. Avdar tuli."
    assert not attendance_lists.listed(text, text.lower(), text.index("Avdar"))


def test_a_registered_name_in_a_list_keeps_its_tag() -> None:
    registry = Registry([NameEntry("p:1", "Kyllikki Talonen", "[K]")])
    out = redact("Til stede: Alaster Shek, Kyllikki Talonen og Qendresa.", registry).text
    assert out == "Til stede: [name], [K] og [name]."


@pytest.mark.parametrize(
    "text",
    [
        "Kun Esko toi kukkia.",  # a listed Finnish word opens the sentence
        "Lääkäri Eskola keskusteli.",
        "Kiistämättä Linna on nyt päivän henkilö.",  # a Finnish adverb, then the name
    ],
)
def test_an_opening_word_of_the_lists_is_cut_from_the_name(redactor: Redactor, text: str) -> None:
    out = redact(text, redactor).text
    assert out.split()[0] == text.split()[0]


@pytest.mark.parametrize(
    "text",
    [
        "Jätin esitteen Jensignelle. Historian kulku kiertyy tällaisiin käännekohtiin.",
        "Kerroin koko asian Xhevdetille ja hänen äidilleen eilen illalla.",
    ],
)
def test_a_recipient_in_the_finnish_allative_is_removed(redactor: Redactor, text: str) -> None:
    from casebook.deid import finnish_recipients

    word = next(
        w.strip(".") for w in text.split() if w[0].isupper() and w.strip(".").endswith("lle")
    )
    start = text.index(word)
    found = finnish_recipients.find(text, [], redactor.unregistered.word_class)  # type: ignore[union-attr]
    assert (start, start + len(word)) in found
    assert word not in redact(text, redactor).text


@pytest.mark.parametrize(
    "text",
    [
        "Lähetin paketin Tampereelle eilen illalla, kun kävin postissa.",  # a town
        "Lähetin hakemuksen Imatralle eilen illalla, kun kävin postissa.",
        "Soitin eilen illalla Postille, koska paketti ei tullut perille.",  # a word: a body
        "Muutin viime vuonna Jyväskylälle, koska sain sieltä töitä.",  # no such verb
    ],
)
def test_towns_and_bodies_in_the_allative_stay(redactor: Redactor, text: str) -> None:
    from casebook.deid import finnish_recipients

    assert finnish_recipients.find(text, [], redactor.unregistered.word_class) == []  # type: ignore[union-attr]
