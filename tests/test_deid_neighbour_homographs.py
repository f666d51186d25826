"""A registered name typed in lower case that is an English or Swedish word, in a sentence of a
neighbour language that has no such word (`neighbour_homographs.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "May Berg", "[P1]"),
        NameEntry("p:2", "Bill Moss", "[P2]"),
        NameEntry("p:3", "Milan Kovač", "[P3]"),
        NameEntry("p:4", "Sol Vik", "[P4]"),
        NameEntry("p:5", "Hans Weber", "[P5]"),
        NameEntry("p:6", "Will Price", "[P6]"),
        NameEntry("p:7", "Odd Lie", "[P7]"),
        NameEntry("p:8", "Min Park", "[P8]"),
    ]
)


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        (
            "Da vi kom hjem, satt may allerede ved bordet og spiste.",
            "Da vi kom hjem, satt [P1] allerede ved bordet og spiste.",
        ),
        (
            "Jeg har set may og bill i byen i dag.",
            "Jeg har set [P1] og [P2] i byen i dag.",
        ),
        (
            "Skilde seg ut frå mengda da milan promenerte i Horten kring førre hundreårsskifte.",
            "Skilde seg ut frå mengda da [P3] promenerte i Horten kring førre hundreårsskifte.",
        ),
        ("Odotin bill kaksi tuntia kotona eilen.", "Odotin [P2] kaksi tuntia kotona eilen."),
        (
            "Gestern sagte mir milan, dass er nicht kommen kann.",
            "Gestern sagte mir [P3], dass er nicht kommen kann.",
        ),
        (
            "Sie hat may gestern angerufen und nichts gesagt.",
            "Sie hat [P1] gestern angerufen und nichts gesagt.",
        ),
    ],
    ids=["norwegian", "danish", "nynorsk", "finnish", "german", "german-may"],
)
def test_a_word_of_english_or_swedish_is_a_name_where_the_sentence_has_no_such_word(
    text: str, redacted: str
) -> None:
    assert Redactor(REGISTRY).redact(text).text == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Han har ei sol i hjartet sitt, sa ho i går kveld.",  # a Norwegian word
        "Vi gikk ut i dag og hans bror var med oss heile dagen.",
        "Er will nicht mit uns kommen, sagte sie gestern.",  # a German word
        "prinsen har nemleg trassa uvanleg mange odds for å komme til verda.",  # "odds"
        "SaO2 pysyy yli 90 ja hengitys tasaantuu 2-3 min kuluessa.",  # a unit after a number
        "I will call you tomorrow, may be late, and the bill came.",  # English: its words
        "Soppan var iskall, men hans bror drack hälften av den.",  # Swedish: its words
        # An English sentence that lost its stop runs into a Swedish one a count may read
        # as Danish: the English word after it says which language "may" is in.
        "Båda makarna kommer att avgöra saken obundna av nuvarande konventioner. The wedding "
        "had to be postponed as family members fled the outbreak of the war, she said.\nit may"
        " sound like a bad idea Du kan prata om ett förbedelser på bröllopet. För att hitta en"
        " fina brud klänning och bru slöja.",
    ],
    ids=[
        *("nynorsk-sol", "norwegian-hans", "german-will", "odds", "min", "english"),
        *("swedish", "run-on"),
    ],
)
def test_a_word_of_the_sentence_s_language_stays(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


_ENGLISH = (
    "The tea volunteer stayed by the electrics table as the tables were cleared, and others "
    "joined in. They argued kindly over the lever arm for a while, and then left early. "
)


def test_a_lone_danish_line_of_an_english_note_after_fra_is_read_as_danish() -> None:
    text = _ENGLISH + "Vi fik en kaffemaskine fra bill i dag. " + _ENGLISH
    assert Redactor(REGISTRY).redact(text).text == text.replace("fra bill", "fra [P2]")


@pytest.mark.parametrize(
    "text",
    [
        _ENGLISH + "Vi fik en kaffemaskine fra sol i dag. " + _ENGLISH,  # a Danish word
        _ENGLISH + "Stay til may and then go home. " + _ENGLISH,  # an English sentence
    ],
)
def test_an_english_note_keeps_its_words_after_fra_or_til_otherwise(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text
