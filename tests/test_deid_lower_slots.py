"""Lower-case words that stand where grammar puts a verb or a common noun, no person: the
infinitive after Swedish "komma att", the second of two bare nouns after a place preposition,
the connegative after a Finnish negation verb, a noun after a Scandinavian indefinite
article, a known word broken by a stray space, and a Swedish compound whose first part drops
its final "e" (`lower_subjects`, `lowercase_registered.coordinated_noun`, `context`,
`vocab.is_word_form`). The settings that name a person in lower case still do."""

from __future__ import annotations

import pytest
from casebook.deid.lowercase_registered import indefinite_noun
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(
        Registry(
            [
                NameEntry("p:1", "Klara Ek", "[K]"),
                NameEntry("p:2", "Sol Berg", "[S]"),
                NameEntry("p:3", "Mark Öberg", "[MA]"),
                NameEntry("p:4", "Will Dahl", "[W]"),
                NameEntry("p:5", "Stina Lind", "[ST]"),
                NameEntry("p:6", "Perit Aho", "[PE]"),
                NameEntry("p:7", "Liv Falk", "[L]"),
            ]
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        # "komma att" + infinitive: the future, a verb after "att"
        "Men vi, vårt land, kommer att klara också denna prövning.",
        "Det kom att klara sig bättre än väntat.",
        # two bare nouns after a place preposition
        "Och investeringarna i vind och sol kommer fortsätta.",
        "Den verksamhet som ideella föreningar bedriver i skog och mark är betydelsefull.",
        # the connegative after a Finnish negation verb
        "Omaishoitajat eivät ole yhdenmukainen joukko.",
        "Opintolainaa ei peritä koskaan.",
        "maksamisesta ei peritä maksukohtaista palvelumaksua.",
        # a word broken by a stray space (text pasted from a PDF)
        "It is also a ho meland of the great religious beliefs.",
        # a Swedish compound whose first part drops its final "e" (arbetsgivare)
        "Vi ser fram emot att prata med arbetsgivarorganisationerna om deras ansvar.",
        # an adjective in "-fri" ("-free") of a known noun
        "Industrin kan förses med fossilfri vätgas.",
    ],
)
def test_words_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "att" that opens a clause: its subject before the verb
        ("Jag tror att klara inte kom.", "Jag tror att [K] inte kom."),
        # a definite first noun may close a clause that "och" joins to the next
        ("Vi satt i parken och klara kom sen.", "Vi satt i parken och [K] kom sen."),
        # a person word first: people in a pair
        ("sat near mum and will said no", "sat near mum and [W] said no"),
        # English: "and" after a bare noun opens the next clause
        ("she was in town and will said no", "she was in town and [W] said no"),
        # the shape
        ("then stina rang the ward", "then [ST] rang the ward"),
        # a title before a name that makes no word with it
        ("dr mocanu called", "dr [name] called"),
        # a family name that reads as "collie" + "ander": no agent noun in "-are" first
        ("samtal med colliander om boendet", "samtal med [name] om boendet"),
        # a name opening a list item: no word before it to be broken from
        ("Närvarande:\n- Israel (tolk)", "Närvarande:\n- [name] (tolk)"),
    ],
)
def test_people_stay_found(redactor: Redactor, text: str, expected: str) -> None:
    assert redactor.redact(text).text == expected


@pytest.fixture(scope="module")
def nordic_redactor() -> Redactor:
    return Redactor(
        Registry(
            [
                NameEntry("p:1", "Tove Holm", "[H]"),
                NameEntry("p:2", "Hauk Rye", "[HA]"),
                NameEntry("p:3", "Per Lind", "[P]"),
            ]
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        # a noun after a Swedish or Norwegian indefinite article, at once or after an adjective
        "Båten låg vid en holm längre ut i sjön.",
        "Vi hyrde en gammal holm med ett litet hus på.",
        "I går såg vi en hauk over jordet.",
        "Det satt ei stor hauk i treet.",
    ],
)
def test_nouns_after_an_indefinite_article_stay(nordic_redactor: Redactor, text: str) -> None:
    assert nordic_redactor.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same word in a person's slot
        ("Jag ringde holm i morse.", "Jag ringde [H] i morse."),
        ("Vi snakket med hauk om det.", "Vi snakket med [HA] om det."),
        # a finite verb after the word: the subject of a clause
        ("Efter en stund holm ringde tillbaka.", "Efter en stund [H] ringde tillbaka."),
        # a sentence adverb after the word: the subject of a relative clause without "som"
        ("Det var en start holm inte förtjänade.", "Det var en start [H] inte förtjänade."),
        # a preposition between the article and the word: "one of"
        ("Det var ett av holm och pers förslag.", "Det var ett av [H] och pers förslag."),
    ],
)
def test_people_after_article_words_stay_found(
    nordic_redactor: Redactor, text: str, expected: str
) -> None:
    assert nordic_redactor.redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Vi hyrde en gammal holm med ett litet hus på.", True),
        ("Det satt ei stor hauk i treet.", True),
        # Dutch "en" (and), French "et" (and): other languages' words, no article
        ("Gisteren kwamen jan en holm naar de afdeling.", False),
        ("Hier soir marie et holm sont venus.", False),
    ],
)
def test_indefinite_noun_reads_scandinavian_sentences_only(text: str, noun: bool) -> None:
    low = text.lower()
    word = "hauk" if "hauk" in low else "holm"
    start = low.index(word)
    assert indefinite_noun(text, low, start, start + len(word)) is noun
