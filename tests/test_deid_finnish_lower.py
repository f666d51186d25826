"""A registered name that only Finnish writes as a word, in lower case in a Finnish sentence
(`finnish_lower.py`), and a registered name with an "s" that makes a Finnish word."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Aina Korhonen", "[P1]"),
        NameEntry("p:2", "Usko Nieminen", "[P2]"),
        NameEntry("p:3", "Kai Salo", "[P3]"),
        NameEntry("p:4", "Onni Lahti", "[P4]"),
        NameEntry("p:5", "Mie Hansen", "[P5]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Hän sanoi, että hän käy siellä aina tiistaisin ennen töitä.",  # always
        "En usko, että hän tulee tänään kotiin ollenkaan.",  # (I don't) believe
        "Hän ei kai enää halua puhua siitä kenenkään kanssa.",  # probably
        "Hän sanoo, että hänellä on ollut huono onni koko vuoden.",  # luck
        "Hän kertoi, että tämä aina toistuu, kun hän on yksin.",
    ],
    ids=["aina", "usko", "kai", "onni", "aina-before-verb"],
)
def test_finnish_word_in_finnish_sentence_kept(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Hän lähetti linkin eilen illalla. Mies antoi tilauksen pöydän vieressä.",
        "Tuli mies kotiin eilen illalla ja hän oli väsynyt.",
    ],
    ids=["capitalised", "lower"],
)
def test_finnish_word_with_s_is_no_genitive(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower-case word opening a sentence: Finnish would capitalise the word there.
        (
            "Hän on täällä tänään. aina painoi rätin suulleni ja minä purin.",
            "Hän on täällä tänään. [P1] painoi rätin suulleni ja minä purin.",
        ),
        # A list of people that closes a sentence, a label.
        (
            "Paikalla: Lehtinen, Tor ja aina. Hän on varmasti samaa mieltä.",
            "Paikalla: [name], [name] ja [P1]. Hän on varmasti samaa mieltä.",
        ),
        (
            "Yhteyshenkilö: kai. Hän on varmasti samaa mieltä.",
            "Yhteyshenkilö: [P3]. Hän on varmasti samaa mieltä.",
        ),
        # Not a Finnish sentence: the name as before.
        ("Spoke with aina about the move today.", "Spoke with [P1] about the move today."),
        ("Ringde aina i dag om flytten.", "Ringde [P1] i dag om flytten."),
        # Capitalised in a Finnish sentence: the name.
        (
            "Hän sanoi, että Aina tulee huomenna käymään.",
            "Hän sanoi, että [P1] tulee huomenna käymään.",
        ),
        # A Swedish genitive: in a Swedish sentence "Mies" is Mie's.
        ("Mies mamma ringde i dag.", "[P5]s mamma ringde i dag."),
    ],
    ids=[
        "sentence-start",
        "list",
        "label",
        "english",
        "swedish",
        "capitalised",
        "swedish-genitive",
    ],
)
def test_names_kept_where_context_says_person(text: str, expected: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # The line before broke inside the sentence, after a lower-case word: the word.
        ("Hän ei ole täällä. Olen\naina halunnut kirjoittaa lastenkirjan.", False),
        ("Hän ei ole täällä. Äitini on\naina varattu.", False),
        # ... also when a comma stands after the word and the sentence goes on in lower case.
        ("Isäni kertoo\naina, että hän lähtee huomenna.", False),
        # ... and when the word closes the sentence the line broke.
        ("Hän ei ole täällä. Äitini soittaa melkein\naina.\nHuomenna taas.", False),
        ("Hän ei ole täällä. Äitini soittaa melkein\naina.", False),
        # A line that opens its own sentence, or a name alone on its line: the person.
        ("Hän ei ole täällä.\naina soitti eilen illalla.", True),
        ("Paikalla olivat\naina\nmatti", True),
        ("Paikalla olivat\nmatti\naina", True),  # the last of a list with no stop
        ("Paikalla olivat\naina, Matti ja Liisa.", True),  # a list of people, one a comma
    ],
)
def test_a_wrapped_line_is_no_opening(text: str, taken: bool) -> None:
    redactor = Redactor(REGISTRY)
    start = text.index("aina")
    assert any(s.start <= start < s.end for s in redactor.spans(text)) is taken
