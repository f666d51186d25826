"""Capitalised ordinary words that notes put where a name could stand are no strangers: a
Finnish participle labelling an interview turn ("Haastateltava:", the interviewee), a heading
typed in capitals ("HAVAINTOLOKI NRO 12"). Names in the same places are still found.
Sentences written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import neighbour_forms, shouted_names
from casebook.deid.redactor import Redactor

from tests.deid_helpers import name_spans, numbered_redactor

PEOPLE = ["Anna Berg", "Per Lund"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(PEOPLE)


INTERVIEW = (
    "Haastattelija: Mitä teitte eilen illalla?\n"
    "{label}: Kävimme kaupassa ja sitten kotiin.\n"
    "Haastattelija: Entä sen jälkeen?\n"
    "{label}: Katsoimme elokuvan yhdessä."
)


@pytest.mark.parametrize("label", ["Haastateltava", "Tutkittava"])
def test_a_finnish_participle_labelling_a_turn_is_no_name(redactor: Redactor, label: str) -> None:
    assert name_spans(redactor, INTERVIEW.format(label=label)) == []


@pytest.mark.parametrize("label", ["Anna", "Zlatko"])
def test_a_name_labelling_a_turn_is_still_found(redactor: Redactor, label: str) -> None:
    assert name_spans(redactor, INTERVIEW.format(label=label)) == [label, label]


@pytest.mark.parametrize(
    ("word", "participle"),
    [
        ("haastateltava", True),
        ("haastateltavan", True),  # its genitive
        ("tutkittavat", True),
        ("otava", False),  # family names in "-tava" have no such verb
        ("rautava", False),
        ("katava", False),  # "katu" is a street, no passive participle
    ],
)
def test_the_passive_participle_is_read_by_its_verb(word: str, participle: bool) -> None:
    assert neighbour_forms.is_form(word, "fi") is participle


@pytest.mark.parametrize(
    "text",
    [
        "HAVAINTOLOKI NRO 358\n09.18 Asiakas saapui ajoissa ja istui alas.",
        "OBSERVASJONSLOGG RUNDE 12\n13.24 Gruppen diskuterte planene for uka.",
        "FELTDAGBOK NR. 20\nVi møttes i kantina og snakket om været.",
        "DELTAGEROBSERVATION RUNDE 7\n14:58 Deltagerne talte om vejret.",
        "YHTEISTYÖPALAVERI VIIKKO 14\nKeskustelimme aikataulusta.",
    ],
)
def test_a_heading_in_capitals_of_ordinary_words_is_no_name(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ZLATKO HADZIC 12\nHan kom sent.", "ZLATKO HADZIC"),
        ("LOGG ANNA BERG 4\nHon kom sent.", "ANNA"),
    ],
)
def test_a_name_on_a_line_in_capitals_is_still_found(
    redactor: Redactor, text: str, name: str
) -> None:
    removed = [text[s.start : s.end] for s in redactor.spans(text)]
    assert any(name in found for found in removed)


def test_a_heading_line_needs_every_word_ordinary() -> None:
    text = "MÖTE MED ZLATKO 4\nHan kom."
    assert not shouted_names.heading_line(text, 0, 4)
    text = "FELTDAGBOK FRA SKOLEN\nVi kom."  # no number: no log's heading
    assert not shouted_names.heading_line(text, 0, 10)
    text = "FELTDAGBOK NR 4\nVi kom."
    assert shouted_names.heading_line(text, 0, 10)


NEAR = ["Mina Koski", "Kavija Lind", "Mitja Salo"]


@pytest.fixture(scope="module")
def near_redactor() -> Redactor:
    return numbered_redactor(NEAR)


@pytest.mark.parametrize(
    "text",
    [
        "[16:35] Minä: 020 8093126",  # "I" as a message's sender, no slip of Mina
        "Asukas: Ilmo Mitä suurempi talousalue sitä enempi rahaa.",  # "what"
        "Mitä ihmiset tekevät verkossa? Kävijä voi liittää näyttelyyn merkkejä.",  # visitor
    ],
)
def test_a_finnish_word_is_no_near_miss(near_redactor: Redactor, text: str) -> None:
    found = name_spans(near_redactor, text)
    assert not {"Minä", "Mitä", "Kävijä"} & set(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Kavia soitti eilen illalla.", "Kavia"), ("Soitin Minalle eilen.", "Minalle")],
)
def test_a_slip_of_a_registered_name_is_still_found(
    near_redactor: Redactor, text: str, name: str
) -> None:
    assert name_spans(near_redactor, text) == [name]


def test_the_nominative_of_a_listed_plural_and_partitive_is_a_word() -> None:
    assert neighbour_forms.nominative_listed("kävijä")
    assert not neighbour_forms.nominative_listed("mikko")


@pytest.mark.parametrize(
    "text",
    [
        "Interviewer: Ohh, yeah, so I had a boyfriend for a while.",  # "oh" drawn out
        "Interviewer: Ooh it was about a pack a day, back then.",
        "Interviewer: Don't be too worried about the side effects.",  # "do not"
        "Det var svårt för oss alla. Tyvär, vi visste att det skulle hända.",  # "tyvärr"
    ],
)
def test_an_interjection_a_contraction_or_a_slip_of_a_word_is_no_name(
    redactor: Redactor, text: str
) -> None:
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Interviewer: Don said it hurts when he walks.", "Don"),
        ("I met Don's brother at the clinic.", "Don"),
    ],
)
def test_a_name_before_an_apostrophe_is_still_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name_spans(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # "I" as an SMS sender before a number, after a line that tells the note's language
        "Kaikki ne värit on rakkaita.\n[16:35] Minä: 020 8093126",
    ],
)
def test_a_pronoun_beside_a_number_is_no_stranger(near_redactor: Redactor, text: str) -> None:
    assert not {"Minä", "Mitä"} & set(name_spans(near_redactor, text))


def test_a_question_word_after_a_registered_name_is_no_family_name() -> None:
    redactor = numbered_redactor(["Ilmo Salo", "Mina Koski"])  # Mitä is one slip from Mina
    text = "V: Asukas: Ilmo Mitä suurempi talousalue sitä enempi rahaa."  # what, not his name
    assert name_spans(redactor, text) == ["Ilmo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kaikki ne värit on rakkaita.\n[16:35] Zlatko: 020 8093126", "Zlatko"),
        ("Tapasin Mina Hadzic eilen.", "Hadzic"),
    ],
)
def test_a_name_beside_a_number_or_a_name_is_still_found(
    near_redactor: Redactor, text: str, name: str
) -> None:
    assert any(name in found for found in name_spans(near_redactor, text))


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        (
            "14:23 Seuranta Ahmed Tainio Asiakkaalla on aina oikeus katsoa ja muuttaa tietojaan.",
            "Tainio",
            "Asiakkaalla",  # at the client's: the next sentence's first word
        ),
        (
            "Haastattelija: Seuranta Aina Vehvilainen Novelleja edeltävien lyhyiden "
            "kirjailijaesittelyjen tilasta noin puolet.",
            "Vehvilainen",
            "Novelleja",  # novels, partitive plural
        ),
    ],
)
def test_a_finnish_inflected_word_after_a_strangers_name_is_the_next_sentence(
    text: str, name: str, word: str
) -> None:
    found = name_spans(numbered_redactor(["Ahmed Ali", "Aina Berg"]), text)
    assert name in found
    assert not any(word in span for span in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tapasin Pekka Virtanen eilen kaupassa ja puhuimme pitkään.", "Pekka Virtanen"),
        ("Eilen Sari Rautakoski soitti minulle ja kysyi asiasta.", "Sari Rautakoski"),
        ("Maija Kivimäki sanoi, että kokous on huomenna.", "Maija Kivimäki"),
    ],
)
def test_a_finnish_family_name_that_reads_as_a_word_is_still_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in name_spans(redactor, text)


def test_a_finnish_inflected_word_after_a_registered_name_is_the_next_sentence() -> None:
    redactor = numbered_redactor(["Ahmed Tainio", "Jorn Kahkonen"])
    text = (
        "Hän laittoi uunikellon soittamaan.\n"
        "14:23 Seuranta Ahmed Tainio Asiakkaalla on aina oikeus katsoa tietojaan.\n"
        "15:28 Seuranta Jorn Kahkonen Avauserä ei luvannut hyvää."
    )
    assert name_spans(redactor, text) == ["Ahmed Tainio", "Jorn Kahkonen"]


@pytest.mark.parametrize("registered", [["Leena Berg"], ["Anna Berg"]])
def test_a_family_name_that_reads_as_an_inflected_word_stays_after_a_given_name(
    registered: list[str],
) -> None:
    # "Peltooja" reads as a listed word inflected; after a given name alone it is her family
    # name, whether the given name is registered ("Leena") or not
    text = "Saako olla kahvia?\nLeena Peltooja terveysasemalta tuli myöhässä.\nHyvä on."
    assert "Peltooja" in " ".join(name_spans(numbered_redactor(registered), text))
