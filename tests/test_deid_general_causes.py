"""General causes of wrongly removed words and of missed names, found on a second validation
set (held-out B, read for its misses after the first tuning) and fixed in general. Each test
names its cause and uses sentences of our own, never that set's.

Unregistered people here have names outside the shipped lexicon (Igbo, Estonian, Basque,
Māori), so only the context can find them.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:1", "Will Ekholm", "[significant other S-1]"),
        NameEntry("p:2", "Hope Dahlberg", "[professional H-2]"),
        NameEntry("p:3", "Pat Rydén", "[patient P-3]"),
        NameEntry("p:4", "Iris Lönn", "[patient P-4]"),
        NameEntry("p:5", "Ulf Sandgren", "[contact C-5]"),
        NameEntry("p:6", "Dag Wiklund", "[contact C-6]"),
        NameEntry("p:7", "Mark Olofsson", "[significant other S-7]"),
        NameEntry("p:8", "Björn Ask", "[contact C-8]"),
        NameEntry("p:9", "Love Hedin", "[professional H-9]"),
        NameEntry("p:10", "Marva Lind", "[patient P-10]"),
        NameEntry("p:11", "May Ekström", "[contact C-11]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


def unchanged(redactor: Redactor, text: str) -> bool:
    return redactor.redact(text).spans == ()


# --- abbreviations: a full stop followed by a lower-case word closes no sentence ------------


@pytest.mark.parametrize(
    "text",
    [
        "Samtalet gick bra. Pat. verkar piggare, sover bättre.",
        "Vi åt lunch. Pat. och sambo kom tillsammans.",
    ],
)
def test_an_abbreviation_with_a_full_stop_is_no_name(redactor: Redactor, text: str) -> None:
    assert unchanged(redactor, text)


def test_a_name_ending_a_sentence_is_still_a_name(redactor: Redactor) -> None:
    out = redacted(redactor, "Vi väntade länge. Pat. Sedan kom hon.")
    assert out.startswith("Vi väntade länge. [patient P-3].")


# --- text hard-wrapped by an e-mail program or a PDF: a line break inside a sentence --------


@pytest.mark.parametrize(
    "text",
    [
        "We talked about the garden.\nWill\nshe cope with the stairs on her own?",
        "They were tired. Mark\nmy words, she said, things will change.",
        "Hon var glad idag. Will\nyou come next week, she asked.",
        "We paid the rent and the electricity\nbill came to 900 kr.",
        "Hope,\nshe said, is the hardest thing to keep.",
    ],
)
def test_a_wrapped_line_does_not_end_the_sentence(redactor: Redactor, text: str) -> None:
    assert unchanged(redactor, text)


def test_a_name_on_a_line_of_its_own_is_still_a_name(redactor: Redactor) -> None:
    assert redacted(redactor, "Kind regards\nWill\nwill.e@example.org") == (
        "Kind regards\n[significant other S-1]\n[email]"
    )


# --- sentences about the word itself -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hope Dahlberg came late. Hope is a word she likes to use.",
        "Hope Dahlberg came late. Hope is what keeps the group together.",
        "Mark Olofsson phoned. Mark is always the word he writes on the calendar.",
    ],
)
def test_a_sentence_defining_the_word_keeps_it(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    assert out.split(". ", 1)[1] == text.split(". ", 1)[1]


def test_a_name_said_to_be_a_person_is_still_a_name(redactor: Redactor) -> None:
    out = redacted(redactor, "Hope Dahlberg came late. Hope is the nurse on the ward.")
    assert out == "[professional H-2] came late. [professional H-2] is the nurse on the ward."


# --- a modal followed by a verb in its base form -------------------------------------------


def test_will_before_a_base_form_verb_is_a_modal(redactor: Redactor) -> None:
    text = "The group ended at four. Will think about the offer until Monday."
    assert unchanged(redactor, text)


# --- lower-case homographs where no person stands ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The patient and the nurse talked about smoking and sleep. Smokes 15 cig/dag. The "
        "patient set the agenda and was happy to go.",
        "The patient and the nurse talked about the plan and the rent was paid. Walks 3 km/dag.",
        "Det är bra att hon och sambon kom. Läkaren såg en liten blödning i iris, det ska "
        "följas upp och hon är lugn.",
    ],
)
def test_a_lower_case_word_after_a_slash_or_a_preposition_of_place_stays(
    redactor: Redactor, text: str
) -> None:
    assert unchanged(redactor, text)


def test_a_lower_case_name_after_a_person_verb_is_still_a_name(redactor: Redactor) -> None:
    out = redacted(redactor, "In the afternoon she met dag at the station and they talked.")
    assert "met [contact C-6] at" in out


# --- acronyms -------------------------------------------------------------------------


def test_an_acronym_opening_a_compound_is_no_name(redactor: Redactor) -> None:
    assert unchanged(redactor, "Hon har fyllt i SCB:s ULF-enkät och tyckte den var lång.")
    assert "ULF SANDGREN" not in redacted(redactor, "Närvarande: ULF SANDGREN (granne)")


# --- closing formulas ------------------------------------------------------------------


def test_a_closing_formula_is_no_name_and_the_line_after_it_is(redactor: Redactor) -> None:
    out = redacted(redactor, "See you on Monday.\n\nBest wishes,\nAdaeze Okonkwo\nHousing")
    assert out.startswith("See you on Monday.\n\nBest wishes,\n")
    assert "Adaeze" not in out
    assert unchanged(redactor, "Thank you for the lovely card.\n\nLove,\nMum")
    assert redacted(redactor, "Mötet flyttas.\n\nThanks,\nLove") == (
        "Mötet flyttas.\n\nThanks,\n[professional H-9]"
    )


# --- roles: a role in parentheses after a word, a profession before one --------------------


def test_a_role_in_parentheses_says_person(redactor: Redactor) -> None:
    out = redacted(redactor, "Present: Ekaterina (nurse), björn (contact person), Maile (pt)")
    assert "björn" not in out and "[contact C-8] (contact person)" in out
    assert "Maile" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Närvarande: Ulf Sandgren, Hope Dahlberg, ssk Arrieta\nDagordning: ekonomi", "Arrieta"),
        ("Frånvarande: arbetsterapeut Tamatea (sjuk)", "Tamatea"),
        ("Vi ringde överläkare Etxeberria om dosen.", "Etxeberria"),
        ("The support worker Chidiebube came at ten.", "Chidiebube"),
    ],
)
def test_a_care_role_before_a_word_says_person(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redacted(redactor, text)


# --- a street word inside an ordinary word ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Called 112 twice last month, no admission.",
        "Ringde 1177 natten till lördag och fick råd.",
    ],
)
def test_an_emergency_number_after_a_verb_is_no_address(redactor: Redactor, text: str) -> None:
    assert unchanged(redactor, text)


# --- towns are not people ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She lived in Kandahar from 1999 to 2004 and misses it.",
        "Ville prata om sin barndom i Mosul 1998-2001.",
        "Bodde i Kuopio under studietiden.",
        "Grew up in Tampere, then moved to Uppsala from Pori.",
        "Han bodde i\nErbil på nittiotalet.",
    ],
)
def test_a_town_is_no_name(redactor: Redactor, text: str) -> None:
    assert unchanged(redactor, text)


def test_a_family_name_that_is_also_a_town_is_a_name_in_a_full_name(redactor: Redactor) -> None:
    out = redacted(redactor, "Afterwards Tavita Hakkari summed up the plan.")
    assert "Tavita" not in out and "Hakkari" not in out


def test_a_misspelt_registered_name_that_is_also_a_town_is_the_name(redactor: Redactor) -> None:
    out = redacted(redactor, "She still keeps Narva's letters in a shoebox.")
    assert out == "She still keeps [patient P-10]'s letters in a shoebox."


# --- rare dictionary words used as names, where the setting says person -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("13.05 case manager Kestrel is on leave; cover arranged.", "Kestrel"),
        ("Many thanks,\nSorrel Ngata\nHousing office", "Sorrel"),
        ("From: Sol <sol.k@example.org>\nSent: Monday", "Sol"),
    ],
)
def test_a_rare_word_is_a_name_where_the_setting_says_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redacted(redactor, text)


def test_a_rare_word_elsewhere_stays(redactor: Redactor) -> None:
    text = "Kestrel nests were seen near the ward. Fennel tea helps her sleep."
    assert unchanged(redactor, text)


def test_a_relation_word_opening_a_sentence_leaves_the_name_after_it(redactor: Redactor) -> None:
    out = redacted(redactor, "Kusinen Tavita ska kanske flytta in tillfälligt.")
    assert out == "Kusinen [name] ska kanske flytta in tillfälligt."


# --- full names: after a title, with particles, with a genitive ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Närvarande: doktor Aroha Haj Ngata\nDagordning: boende",
        "Vänliga hälsningar\nAnouk van der Woude\nKommunen",
        "Den 3 maj skrev Sanne te Velde <s.tevelde@example.nl>:",
    ],
)
def test_a_full_name_with_particles_or_after_a_title_is_removed_whole(
    redactor: Redactor, text: str
) -> None:
    out = redacted(redactor, text)
    for word in ("Aroha", "Haj", "Ngata", "Anouk", "Woude", "Sanne", "Velde"):
        assert word not in out


def test_a_name_with_a_genitive_s_is_removed_whole(redactor: Redactor) -> None:
    out = redacted(redactor, "Afterwards Joakims said he would call.")
    assert out == "Afterwards [name] said he would call."
    assert redacted(redactor, "We met at Joakims flat.") == "We met at [name]s flat."


# --- appositions and labels that name a role ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She talked a lot about Tavita, an old friend from school.", "Tavita"),
        ("The housing officer at the council, Ngaio, has not called back.", "Ngaio"),
        ("Ny kontaktperson från kommunen: Ihaia.", "Ihaia"),
        ("Tavita (hans nya sambo) var också där.", "Tavita"),
        ("Referral from Ihaia, received in March.", "Ihaia"),
        ("Apparently Ihaia at the job centre said no.", "Ihaia"),
        ("Aroha and Tavita both came late.", "Aroha"),
        ("Aroha and Tavita both came late.", "Tavita"),
        ("NB! Ihaia not to be contacted (her wish).", "Ihaia"),
    ],
)
def test_an_apposition_a_label_or_a_coordination_says_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12:40 love and Tavita agreed to meet.", "12:40 [professional H-9] and [name] agreed"),
        ("She spoke to mark\non the phone.", "spoke to [significant other S-7]\non"),
        ("Has not heard from May since June.", "from [contact C-11] since"),
        ("NB! Hope not to be contacted (pt's wish).", "NB! [professional H-2] not to be"),
        ("Attendees: Ihaia; Aroha; Love The group met.", "; [professional H-9] The group"),
    ],
)
def test_a_registered_homograph_in_a_person_setting(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert expected in redacted(redactor, text)


# --- Turkish dotted and dotless I ---------------------------------------------------------


def test_a_name_with_a_turkish_capital_dotted_i_is_found() -> None:
    redactor = Redactor(Registry([NameEntry("p:1", "İpek Aydoğan", "[patient P-1]")]))
    assert redacted(redactor, "Present: İpek Ay\u200ddoğan (pt)") == "Present: [patient P-1] (pt)"
    assert redacted(redactor, "İPEK came late.") == "[patient P-1] came late."


def test_a_dotless_i_in_capitals_is_found_with_other_turkish_letters() -> None:
    redactor = Redactor(Registry([NameEntry("p:1", "Tarık Altıntaş", "[patient P-1]")]))
    result = redactor.redact("Vi pratade med ALTINTAŞ och TARIK ALTINTAŞ igår.")
    assert result.text == "Vi pratade med [patient P-1] och [patient P-1] igår."
    assert result.near_misses == ()  # the name as registered, not taken for a misspelling


# --- a possessive before a home or a belonging ---------------------------------------------


def test_a_lower_case_genitive_before_a_home_is_a_name(redactor: Redactor) -> None:
    out = redacted(redactor, "Fick låna pengar. björns lägenhet har nya fönster nu.")
    assert out == "Fick låna pengar. [contact C-8]s lägenhet har nya fönster nu."
    assert unchanged(redactor, "Vi såg björns spår i snön vid stugan.")


def test_a_lower_case_genitive_after_an_article_is_the_word(redactor: Redactor) -> None:
    # A name takes no article: "en björns lägenhet" is a bear's den, "a mark's house" no one's.
    assert unchanged(redactor, "Det var en björns lägenhet, sa barnen och skrattade.")
    assert unchanged(redactor, "The teacher drew a mark's house on the board for them.")


def test_a_new_clause_after_a_comma_is_no_apposition(redactor: Redactor) -> None:
    text = "Her son shops on Saturdays, the psychiatrist could not come this time."
    assert unchanged(redactor, text)
