"""Words of the neighbour languages that are no names although the rules for strangers read
them so: a Danish, Norwegian or Finnish compound noun opening a field note's heading before a
comma ("Feltdagbog, dag 4", `vocatives`), and a Finnish noun that is also a given name after
an adjective or participle that agrees with it ("otettu arvo", `name_inflection`) or the
genitive of a common noun that owns it ("määrän arvo")."""

from __future__ import annotations

import pytest
from casebook.deid import vocatives
from casebook.deid.redactor import redact
from casebook.deid.registry import Registry


def _removed(text: str) -> list[str]:
    return [text[s.start : s.end] for s in redact(text, Registry([])).spans if s.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Feltdagbog, dag 4\nFor at forbedre vedligeholdelsen af dette dokument, skal du læse.",
        "Kenttäpäiväkirja, päivä 38\nTila on jätetty huomiotta.",
        "Kenttäpäiväkirja, päivä 12\n\nKaikille näille muuttujille voidaan sijoittaa arvo.",
    ],
)
def test_a_field_notes_heading_is_no_name(text: str) -> None:
    assert _removed(text) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("feltdagbog", True),  # felt + dagbog
        ("kenttäpäiväkirja", True),  # kenttä + päiväkirja (Kenttä is a family name too)
        ("solbakken", False),  # a farm's name in its definite form: a family name
        ("nordhaugen", False),
        ("kaukojärvi", False),  # "-järvi" ends many Finnish family names
        ("tamsiro", False),
    ],
)
def test_neighbour_compound(word: str, expected: bool) -> None:
    assert vocatives._neighbour_compound(word) is expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tamsiro, kom hit med det samme.", "Tamsiro"),
        ("Nordhaugen, kom hit nå.", "Nordhaugen"),
        ("Kaukojärvi, tule tänne.", "Kaukojärvi"),
    ],
)
def test_a_stranger_spoken_to_stays_a_name(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ensimmäinen pinosta otettu arvo on reduktiomodulus, jonka täytyy olla nollasta poikkeava.",
        "Kolmas pinosta otettu arvo on kantaluku, joka korotetaan potenssiin.",
        "Seuraava arvo on nolla.",
        "Toinen arvo oli suurempi.",
        # The genitive of a common noun owns it: the quantity's value, the page's.
        "Lomakkeessa oli virhe. Määrän arvo on väärin kirjoitettu.",
        "Tarkistin lomakkeen. Sivun arvo ei ole oikein tallennettu.",
    ],
)
def test_a_finnish_noun_after_its_attribute_is_no_name(text: str) -> None:
    # "arvo" (value) is also a Finnish given name; a participle or adjective before it
    # agrees with the noun.
    assert _removed(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("eilen arvo soitti ja kertoi asiasta.", "arvo"),
        ("sitten arvo kertoi että kaikki on hyvin.", "arvo"),
        ("eilen jukka soitti ja kertoi asiasta.", "jukka"),
        # After the genitive of a noun of people, the person: the neighbour's Arvo.
        ("naapurin arvo soitti ja kertoi asiasta.", "arvo"),
        ("hoitajan arvo kertoi että kaikki on hyvin.", "arvo"),
    ],
)
def test_a_lower_case_finnish_name_before_its_verb_stays(text: str, name: str) -> None:
    assert name in _removed(text)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("otettu", True), ("seuraava", True), ("ensimmäinen", True), ("vanhempi", True)]
    + [("eilen", False), ("sitten", False), ("katu", False), ("virtanen", False)],
)
def test_finnish_attribute(word: str, expected: bool) -> None:
    from casebook.deid import name_inflection

    assert name_inflection.finnish_attribute(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("määrän", True), ("sivun", True)]
    + [("eilen", False), ("naapurin", False), ("hoitajan", False), ("avasin", False)]
    + [("puhuin", False), ("kävin", False)],  # a verb's first person: "puhuin jukan kanssa"
)
def test_finnish_genitive_attribute(word: str, expected: bool) -> None:
    from casebook.deid import name_inflection

    assert name_inflection.finnish_genitive_attribute(word) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi satt där länge. Och gick min väg.",
        "Han famntog henne för andra gången. Och ibland kom torrhosta emellan.",
    ],
)
def test_a_conjunction_opening_a_sentence_before_a_verb_is_no_name(text: str) -> None:
    # "Och" is a family name of the lexicon, and one of Swedish's most frequent words.
    assert _removed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vi pratade om flytten i våras.\nInt: Och nu?",
        "Samtalet gick bra.\nForskare (10:02): Och sen då?",
    ],
)
def test_a_conjunction_opening_a_turn_after_a_label_is_no_name(text: str) -> None:
    # "Int" is an English word too: the label is no word of the turn, whose words decide.
    assert _removed(text) == []


def test_a_name_opening_a_turn_before_an_english_verb_stays() -> None:
    assert _removed("Notes from the visit.\nInt: Och said he would call back.") == ["Och"]


def test_a_given_name_opening_a_sentence_before_a_verb_stays() -> None:
    assert _removed("Vi satt där. Hans sa att han var trött.") == ["Hans"]


def _registered(text: str) -> list[str]:
    from casebook.deid.registry import NameEntry

    registry = Registry(
        [
            NameEntry("p:1", "Eva Linden", "[participant P-1]"),
            NameEntry("p:2", "Per Holmen", "[participant P-2]"),
        ]
    )
    return [text[s.start : s.end] for s in redact(text, registry).spans if s.kind == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Inga träd utom den stora linden på en gammal grav.",
        "Den gamla holmen låg mitt i sjön.",
        "Vi rodde ut til den store holmen i går.",
    ],
)
def test_a_definite_noun_after_article_and_adjective_is_no_registered_name(text: str) -> None:
    assert _registered(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi träffade linden igår.", "linden"),
        ("samtal med linden om boendet.", "linden"),
        ("Den stora Linden kom sent.", "Linden"),
        ("det var holmen som ringde.", "holmen"),
    ],
)
def test_a_registered_name_in_lower_case_elsewhere_stays_a_name(text: str, name: str) -> None:
    assert name in _registered(text)


@pytest.mark.parametrize(
    "text",
    [
        "Det gjekk lange stunder. Ho kom til å høre kva dei snakka om, sa ho.",
        "Ho kom ikkje til å reise heim likevel i kveld, sa ho.",
    ],
)
def test_a_nynorsk_subject_pronoun_is_no_name(text: str) -> None:
    # "Ho" (she) is a family name of the lexicon too.
    assert _removed(text) == []


@pytest.mark.parametrize(
    "text",
    ["We waited a long time. Ho said she was tired.", "Vi väntade länge. Ho sa att hon var trött."],
)
def test_the_same_word_before_a_verb_outside_a_norwegian_sentence_stays_a_name(text: str) -> None:
    assert _removed(text) == ["Ho"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feltdagbog, dag 4\nFor at forbedre.", False),  # a numbered note's heading
        ("Kenttäpäiväkirja, päivä 38", False),
        ("Feltdagbog, kom hit med det samme.", True),  # spoken to: the rules decide as before
    ],
)
def test_a_compound_is_read_as_a_heading_only_on_a_numbered_heading_line(
    text: str, expected: bool
) -> None:
    end = text.index(",")
    assert vocatives.addressed(text, text.lower(), 0, end) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feltdagbog, dag 4\nmore", True),
        ("- Dagbok, side 12", True),
        ("Feltdagbog, dag 4 og 5 gik godt", False),
        ("Vi skrev. Feltdagbog, dag 4", False),
    ],
)
def test_numbered_heading(text: str, expected: bool) -> None:
    from casebook.deid import headings

    start = text.index("dagbo") - 4 if "Feltdagbog" in text else text.index("Dagbok")
    end = text.index(",", start)
    assert headings.numbered_heading(text, start, end) is expected
