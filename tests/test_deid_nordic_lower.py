"""A registered name typed in lower case that only Norwegian or Danish write as a word, in a
Norwegian or Danish sentence (`nordic_lower.py`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Vera Lund", "[P1]"),
        NameEntry("p:2", "Mai Dahl", "[P2]"),
        NameEntry("p:3", "Kim Holm", "[P3]"),
        NameEntry("p:4", "Tove Aas", "[P4]"),
        NameEntry("p:5", "Meir Cohen", "[P5]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "10:42 Det er ikkje lett å vera ung i dag, seier ho.",  # after the infinitive marker
        "10:42 Hun flyttet hit i mai og har det bra nå.",  # after a preposition of time
        "- Det er en kim til noe nytt i det hun sier.",  # after an article
        "- Det kostar mykje meir enn vi trudde, men ho betalar.",  # after a quantifier
        "* Ho har ikkje meir tid til dette no, sa ho.",  # a quantifier before its noun
        "10:42 Det ville vera katastrofalt for henne.",  # a modal's infinitive
        "10:42 Det kan vera eit problem, seier ho.",
    ],
    ids=[
        "infinitive",
        "preposition",
        "article",
        "quantifier-before",
        "quantifier-itself",
        "modal-adjective",
        "modal-article",
    ],
)
def test_the_norwegian_word_stays(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("tove ringte i dag og sa at hun var syk.", "[P4] ringte i dag og sa at hun var syk."),
        ("Jeg har snakket med tove om det i dag.", "Jeg har snakket med [P4] om det i dag."),
        ("I dag kom vera ikke til mødet.", "I dag kom [P1] ikke til mødet."),
        ("Hun har ringt til mai i går.", "Hun har ringt til [P2] i går."),
        ("10:42 Then kim rang the ward.", "10:42 Then [P3] rang the ward."),
        ("Vi ventar på vera, ho kjem seinare.", "Vi ventar på [P1], ho kjem seinare."),
        ("I går såg eg vera på butikken.", "I går såg eg [P1] på butikken."),
        ("Han har aldri angra på det vera gjorde.", "Han har aldri angra på det [P1] gjorde."),
        ("Eg fekk meir hos naboen i går.", "Eg fekk [P5] hos naboen i går."),
        ("Eg veit kvar vera står i saka.", "Eg veit kvar [P1] står i saka."),
        ("Så fann vi ut at meir kunne komme.", "Så fann vi ut at [P5] kunne komme."),
        ("I morgon vil vera sjå på leiligheita.", "I morgon vil [P1] sjå på leiligheita."),
        ("Då skal vera ikkje flytte, seier ho.", "Då skal [P1] ikkje flytte, seier ho."),
        ("Det er godt, sidan vera då får hjelp.", "Det er godt, sidan [P1] då får hjelp."),
    ],
    ids=[
        "subject",
        "talked-with",
        "inverted-subject",
        "rang",
        "english",
        "waiting-for",
        "object-after-inverted-subject",
        "after-a-pronoun",
        "no-noun-after",
        "where",
        "verb-after",
        "modal-subject-infinitive",
        "modal-subject-negation",
        "subordinator",
    ],
)
def test_the_person_is_still_taken(text: str, redacted: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == redacted


def test_a_swedish_sentence_keeps_the_name() -> None:
    text = "Hon sa att det var en bra dag för vera och att hon skulle komma."
    assert "[P1]" in Redactor(REGISTRY).redact(text).text
