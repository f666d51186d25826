"""Registered names typed in lower case where they are ordinary words of the sentence's
language: a lower-case name with a glued "s" that makes an ordinary word
(`lowercase_registered.s_form_word`), and a Norwegian or Danish adjective graded by a degree
adverb (`nordic_lower.word_here`)."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Toivo Lång", "[P1]"),
        NameEntry("p:2", "Gordon Lykke", "[P2]"),
        NameEntry("p:3", "Jean Huovinen", "[P3]"),
        NameEntry("p:4", "Tove Aas", "[P4]"),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Jag behöver ett par jeans men är dålig på att köpa kläder.",  # a plural (sv)
        "Denne buks – ofte er det jeans – sidder helt stramt.",  # a plural (da)
        "Sju byer langs kysten og flere øyprovinser ble rammet.",  # a preposition (nb)
        "Tørk av nålen og langs karmen med tørkepapir til slutt.",
        "Hvorfor skulle det ikke lykkes andre steder?",  # a deponent verb (da)
        "Det er ikke sikkert at et sådant forsøg kan lykkes, kræver det.",
    ],
    ids=["jeans-sv", "jeans-da", "langs", "langs-after-og", "lykkes", "lykkes-comma"],
)
def test_a_name_with_an_s_that_makes_a_word_is_the_word(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Hvor lang tid tok det fra oppdagelsen av induksjon til man fikk en bryter?",
        "Hvor lang var løypa før juryen kortet den ned?",  # "hvor" opening a question
        "Så der er jo nok ikke så lang tid igen?",
        "Det tager alt for lang tid at komme igennem.",
        "Vi ved alle, hvor lang tid det tager et træ at vokse.",
        "Kor lang tid vil det taka å få Hellas på fote?",  # nynorsk "kor"
    ],
    ids=["hvor-noun", "hvor-question", "saa-noun", "for-noun", "hvor-inside", "kor-noun"],
)
def test_a_graded_adjective_is_the_word(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Jeg ringte til jeans mamma i går.", "Jeg ringte til [P3]s mamma i går."),
        ("Hun sagde at jeans bil stod der.", "Hun sagde at [P3]s bil stod der."),
        ("Hvis jeg vidste hvor tove var nu.", "Hvis jeg vidste hvor [P4] var nu."),
        ("Hvor tove bor vet jeg ikke.", "Hvor [P4] bor vet jeg ikke."),
        ("Det betyr mykje for tove å vere med.", "Det betyr mykje for [P4] å vere med."),
        ("Jeg så tove i går.", "Jeg så [P4] i går."),
        ("tove ringte i dag og sa at hun var syk.", "[P4] ringte i dag og sa at hun var syk."),
    ],
    ids=[
        "genitive-kin",
        "genitive-belonging",
        "where-person-verb",
        "where-person-short-verb",
        "for-person-infinitive",
        "saw-person",
        "subject",
    ],
)
def test_the_person_is_still_taken(text: str, redacted: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == redacted


# Lower-case words nobody registered, in a setting that names nothing: "Hva heter X?" asks for
# a name and gives none; Swedish "till och med" (even) takes no object.
NOBODY = Registry([NameEntry("p:1", "Anna Berg", "[P1]")])


@pytest.mark.parametrize(
    "text",
    [
        "Hva heter klasehodepine på engelsk?",
        "Hva heter språkfamilien som sanskrit tilhører?",
        "Till vänster vill man till och med tvångsdela föräldraförsäkringen för att uppnå målet.",
    ],
    ids=["asked-name", "asked-name-before-som", "till-och-med"],
)
def test_a_word_where_no_name_is_given_stays(text: str) -> None:
    assert Redactor(NOBODY).redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Hennes pojkvän heter hartwik och bor i Malmö.",
        "Samtal med þóroddur brynjólfursdóttir i dag.",
    ],
    ids=["named-by-heter", "med-pair"],
)
def test_a_stranger_named_in_lower_case_is_still_taken(text: str) -> None:
    assert "[name]" in Redactor(NOBODY).redact(text).text


# Lång is matched as "lang" too; a Norwegian or Dane writing the name has "å" on the keyboard,
# so "lang" in lower case in their sentence is the word (`nordic_lower.folded_here`).
@pytest.mark.parametrize(
    "text",
    [
        "Det tog lang tid før de kom.",
        "Den har lang hale og større ører.",
        "Sundag var det klart for den fyrste messa på lang tid.",
    ],
    ids=["object", "has", "after-preposition"],
)
def test_a_folded_name_that_is_a_nordic_word_is_the_word(text: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == text


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("Vi ringte til lång i går.", "Vi ringte til [P1] i går."),
        (
            "Vi møtte Toivo Lång, og lang sa at han var syk.",
            "Vi møtte [P1], og [P1] sa at han var syk.",
        ),
        ("We met lang at the office.", "We met [P1] at the office."),
    ],
    ids=["as-written", "verb-of-saying", "english"],
)
def test_the_folded_name_is_still_the_person(text: str, redacted: str) -> None:
    assert Redactor(REGISTRY).redact(text).text == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Please tell me the type of doctor you're looking for.",
        "Is this the nurse we've seen before?",
        "Ask the doctor they'll send you to.",
    ],
    ids=["you-are", "we-have", "they-will"],
)
def test_a_contraction_after_a_title_is_no_name(text: str) -> None:
    assert Redactor(NOBODY).redact(text).text == text


def test_a_name_with_an_apostrophe_after_a_title_is_still_taken() -> None:
    assert "[name]" in Redactor(NOBODY).redact("dr d'souza called at noon").text


# `note_language.sentence_language(count_word=False)` leaves the word itself out whatever its
# case: a lower-case registered name that Nynorsk writes as a word ("heine") no longer makes
# a Swedish sentence Norwegian, so it stays the person.
HEINE = Registry([NameEntry("p:1", "Kalle Heine", "[P1]")])


def test_a_lower_case_name_does_not_make_its_sentence_norwegian() -> None:
    text = "11:32 Sedan kom heine in i rummet"
    assert Redactor(HEINE).redact(text).text == "11:32 Sedan kom [P1] in i rummet"


def test_sentence_language_leaves_the_lower_case_word_out() -> None:
    from casebook.deid import note_language

    text = "sedan kom heine in i rummet"
    start = text.index("heine")
    assert note_language.sentence_language(text, start, start + 5, count_word=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "11:32 Sedan kom Heine in i rummet",
        "Jag pratade med heine i går.",
    ],
)
def test_heine_stays_a_person(text: str) -> None:
    assert "[P1]" in Redactor(HEINE).redact(text).text


def test_a_norwegian_sentence_still_reads_the_word() -> None:
    text = "Ho veit ikkje kva ho skal gjera med heine i dag."
    # (whatever "heine" is here, the Norwegian reading of the sentence stands)
    from casebook.deid import note_language

    start = text.index("heine")
    assert note_language.sentence_language(text, start, start + 5, count_word=False) == (
        "nb",
        "da",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Interviewer: Min far var gårdejer, men han fik ingen statstilskud.",
        "[12:18] Villaen laa paa en knaus med granskog omkring paa tre kanter.",
    ],
    ids=["gardejer-da", "granskog-no"],
)
def test_a_lower_case_word_breaks_a_tie_of_its_sentence(text: str) -> None:
    # The other words tie Danish/Norwegian with Swedish; the unregistered lower-case word,
    # which Swedish lacks, decides (`note_language.ordinary_lower_here`): the word is kept.
    assert Redactor(HEINE).redact(text).text == text
