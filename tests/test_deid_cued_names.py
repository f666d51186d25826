"""Names nobody registered right after a title, a role, a verb of reporting or a kin word, and
before a word said of a person or a role in brackets (`casebook.deid.cued_names`), in notes
typed in lower case, in capitals and in mixed case, in English and the neighbouring
languages; the words those cues also stand before stay."""

from __future__ import annotations

import pytest
from casebook.deid import cued_names, kin_names
from casebook.deid.redactor import Redactor
from casebook.deid.registry import Registry

from tests.deid_helpers import name_spans as _names


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]), month_first=True)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a title or a role before, in lower case, with an initial, in mixed case
        ("pt of dr. john bowman.\nallergies: nkda", ["john bowman"]),
        ("pt did break on her own. NP grace made aware, eps consulted.", ["grace"]),
        ("psych: pt admits to psych nurse leslie kiezulas that she uses", ["leslie kiezulas"]),
        ("bp dropped after the bolus. HO Falco notified, no other change.", ["Falco"]),
        ("Patient died at 10am. Seen by Dr.Sawtelle.", ["Sawtelle"]),
        ("Family in attendance. Drs' Ballou and Dutter pronounced.", ["Ballou", "Dutter"]),
        ("lytes checked, Dr B Muse in to see pt, levo restarted", ["B Muse"]),
        ("LASIX GIVEN AT 10PM - ORDER DOUBLE CHECKED W/MD SPEARS AS MED WAS HELD", ["SPEARS"]),
        # the neighbouring languages' roles
        ("pratade med ssk anna berg om natten", ["anna berg"]),
        ("ifølge overlege kari nordmann er det stabilt", ["kari nordmann"]),
        # Finnish offices and care staff, a capitalised name after them, in any case
        ("Yhdysvaltain presidentti Barack Obama sanoi perjantaina.", ["Barack Obama"]),
        ("Yhtiön perustaja Bill Gates väitti oikeudessa toisin.", ["Bill Gates"]),
        ("Potilas kävi lääkäri Virtasen vastaanotolla eilen.", ["Virtasen"]),
        ("habe heute mit ärztin petra schulz gesprochen", ["petra schulz"]),
        ("ringde till överläkare lindqvist om provsvaren", ["lindqvist"]),
        # an interpreter, in a line in capitals; each word apart when another rule took one
        (
            "Dottern skämtade om julen igen. TOLK ALONSO PÉREZ BOKAD. Han lånar bilen.",
            ["ALONSO PÉREZ"],
        ),
        ("tolk ahmed hassan kom i tid", ["ahmed", "hassan"]),
        # a verb of reporting: two names, or an initial and a family name
        ("to wake and wean despite low ci per carol wolfe)", ["carol wolfe"]),
        ("nipride to be weaned to sbp 120 per d ross. pacing wires secured", ["d ross"]),
        # a kin word of the neighbouring languages
        ("datter kari kommer i morgen med klær", ["kari"]),
        ("sohn jonas kommt morgen früh vorbei", ["jonas"]),
        # a word said of a person, a role or kin word in brackets
        ("dopplerable pulses. grace dudak aware. cap refill brisk", ["grace", "dudak"]),
        ("TAP...DICK CUCCHIARA (RESIDENT) WORKING ON THIS. PT TIRED", ["DICK", "CUCCHIARA"]),
        ("VERY SUPPORTIVE FAMILY. URSLA MORETTI (DAUGHTER)- SPOKES PERSON", ["URSLA", "MORETTI"]),
        # two relatives after one kin word, one of them taken by another rule
        ("social: pt's daughters sarah and margie visited today.", ["sarah", "margie"]),
        # a given name that is also an irregular past, with no object after it
        ("her daughter drew said she would call back.", ["drew"]),
        ("his wife, rose, left a number for the ward.", ["rose"]),
        ("my husband drew out back, he said.", ["drew"]),  # a particle, no object after
    ],
)
def test_name_after_or_before_a_cue(redactor: Redactor, text: str, names: list[str]) -> None:
    assert _names(redactor, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "dr aware, md notified, rn will check, np to see pt",
        "per protocol, per day, per hour, per os, per pt, per team, called back",
        "sedated on propofol drip as per flowsheet. pt cont on vent as per carevue.",
        "spoke with sicu resident who would like foley flushed",
        "Sputum sent. NP suctioned x3 for thick secretions. After NP suctioning, better.",
        "Resp: sats 98% on 4l np. Breath sounds clear.",
        "this 70 y/o male with ho CRI and an EF of 20-30% has been stable",
        "resident and fellow eval. heparin off for 2 hrs",
        "pt aware, family aware, team notified, will be informed",
        "PATIENT REMAINS NO DEFIB NO CPR PER WIFE'S WISHES.",
        "snakket med lege om planen, laut plan, as per arzt",
        "tolk dari bokad till måndag, tolk arabiska på plats, TOLK SOMALI BOKAD",
        "interpreter present, tolk behövs, tolk bokad",
        "Yhtiön toimitusjohtaja ilmoitti asiasta ensimmäistä kertaa.",
        "Lääkäri kävi osastolla ja sairaanhoitaja soitti omaisille.",
        # the kin word's own verb, an irregular past, before its object
        "Her son drew a map of the ward for the nurses.",
        "His daughter rose the next morning at six.",
        # ... with a phrasal verb's particle between them
        "my husband drew up a plan for the garden.",
        "Her son drew out the money before the trip.",
    ],
)
def test_ordinary_words_after_a_cue_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


def test_a_word_joined_to_a_known_word_is_no_name(redactor: Redactor) -> None:
    text = "C/O A LOT OF PAIN AGAIN. DR. HOLMES CALLED-PT GIVEN 1X ORDER FOR MSO4."
    assert _names(redactor, text) == ["HOLMES"]


def test_cues_are_found_only_as_words() -> None:
    """ "per" inside "perfusion", "pa" inside "pain", "son" inside "person" is no cue."""
    text = "perfusion good, pain controlled, person at bedside said kari"
    assert cued_names.after_cues(text, text, []) == []


def test_each_language_has_its_titles_and_kin_words() -> None:
    assert set(cued_names.ROLE_TITLES) == {"en", "sv", "nb", "da", "de", "fi"}
    assert set(cued_names.REPORT_CUES) == {"en", "sv", "nb", "da", "de"}
    assert set(kin_names.KIN_WORDS) == {"nb", "da", "de"}
    assert all(cued_names.NAME_THEN[lang] for lang in ("en", "sv", "nb", "da", "de"))
