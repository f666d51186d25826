"""People listed after a label of who was there or whom to contact
(`casebook.deid.attendance_lists`), typed in lower case, in capitals or with a family name
first, in every language of the study; the lists that hold no person ("Närvarande: alla",
"Present: all staff") stay."""

from __future__ import annotations

import pytest
from casebook.deid import attendance_lists, namecontext
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry

from tests.deid_helpers import name_spans as _names
from tests.deid_helpers import name_tags, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kontaktperson: victor. Hun gjorde det hun ønsket.", ["victor"]),
        ("Do you remember? Contact: GRAYSON.\n\nNo I said keep him.", ["GRAYSON"]),
        ("En vain tiedä. Yhteyshenkilö: Lilja. He vain jättivät sen.", ["Lilja"]),
        ("Til stede: Feｌix, NYSTRÖM og ALFIE. Det er.", ["Feｌix", "NYSTRÖM", "ALFIE"]),
        ("Det var allt. Närvarande: Saag, Aaltonen och EVA.", ["Saag", "Aaltonen", "EVA"]),
        ("Med på møtet: ELLINOR og Tapani. I dag har samfunnet det.", ["ELLINOR", "Tapani"]),
        ("Paikalla: RISSANEN, Toivo Vaisanen ja Bonnie.", ["RISSANEN", "Toivo Vaisanen", "Bonnie"]),
        ("Til stede: knutsen, GRAHAM og fredrik lindström. Han er der.", ["knutsen", "GRAHAM"]),
        ("Also there: Penelope and Raya. But it's really a spout.", ["Penelope", "Raya"]),
        ("Present: the patient, her mother and eloise.", ["eloise"]),
    ],
)
def test_listed_people_are_names(redactor: Redactor, text: str, names: list[str]) -> None:
    found = _names(redactor, text)
    for name in names:
        assert any(name in f for f in found), (name, found)


@pytest.mark.parametrize(
    "text",
    [
        "Närvarande: alla.",
        "Present: all staff.",
        "Paikalla: kaikki.",
        "Deltagere: alle.",
        "Kontakt: ingen.",
        "Contact: will call back tomorrow.",
        "Contact: droplet precautions.",
        "Present: Social worker, interpreter.",
        "Närvarande: mamma och tolk.",
        "Till: Socialtjänsten, Försäkringskassan.",
        "Läsnä: hoitaja ja tulkki.",  # "tulkki", an interpreter, is a family name too
        "Mötet började kl. 13. Närvarande: pat, sonen, kuratorn och case managern, plus obs. 1.",
    ],
)
def test_lists_of_no_person_stay(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


def test_a_role_in_brackets_is_no_name(redactor: Redactor) -> None:
    text = "Närvarande: Adaliza Mikaelsson (ssk), Ulf Olderman (pat.)"
    assert _names(redactor, text) == ["Adaliza Mikaelsson", "Ulf Olderman"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poissa: Torleif Essen\n\n1. Asia", "Poissa: [P2] [name]\n\n1. Asia"),
        (
            "Til stede: Ola, Sultan Tarp\n- Vi møttes.",
            "Til stede: [name], [name] [P3]\n- Vi møttes.",
        ),
        # a clause of presence runs on into prose: the word after the name is no half
        (
            "Paikalla oli myös Torleif nuorisotalolta.\nHän tuli.",
            "Paikalla oli myös [P2] nuorisotalolta.\nHän tuli.",
        ),
    ],
)
def test_the_strangers_half_beside_a_registered_one_in_a_list(text: str, expected: str) -> None:
    redactor = Redactor(
        Registry([NameEntry("p:2", "Torleif Vask", "[P2]"), NameEntry("p:3", "Hedda Tarp", "[P3]")])
    )
    assert redactor.redact(text).text == expected


def test_a_listed_name_of_two_words_is_one_name(redactor: Redactor) -> None:
    assert _names(redactor, "kontakt: tobias wuoleth.") == ["tobias wuoleth"]


def test_only_a_label_opening_its_sentence_counts() -> None:
    text = "She said the following about contact: victor was there."
    assert attendance_lists.items(text, text.lower(), []) == []


def test_paikalla_is_a_label_not_a_name(redactor: Redactor) -> None:
    assert "Paikalla" not in _names(redactor, "Paikalla: RISSANEN ja Bonnie.")


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Also there: grace\n- The budget was discussed.", "grace", "[P0]"),
        ("Med på mötet: Siv Ek, vilja, Ola Ek\n- Budgeten", "vilja", "[P1]"),
        ("Deltog: Siv Ek, vilja\n- Budgeten", "vilja", "[P1]"),
    ],
)
def test_a_registered_word_in_a_list_of_people_is_the_person(
    text: str, word: str, tag: str
) -> None:
    """A label of several words ("Med på mötet", "Also there") or of the neighbours' is a label
    of people for the lower-case registered word too, not only for strangers."""
    tags = dict(
        name_tags(numbered_redactor(["Grace Lind", "Vilja Berg", "Siv Ek", "Ola Ek"]), text)
    )
    assert tags.get(word) == tag, tags


def test_a_registered_word_in_a_sentence_after_such_a_label_stays() -> None:
    text = "Also there: grace that nobody had expected of them."
    assert name_tags(numbered_redactor(["Grace Lind"]), text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name that is also a rarer word before a family name that is one too
        ("Present: Nemesis Brager, Aino Lehto\nApologies: none", "Nemesis Brager"),
        ("Afbud: Siren Essen\n\n1. Budgettet", "Siren Essen"),
        ("Present: Siren Schneider, Enid Lier", "Siren Schneider"),
    ],
)
def test_a_capitalised_pair_of_rarer_words_is_a_listed_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in _names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Present: Social Services, Finance Department",
        "Apologies: Project Board\n",
        "Present: Steering Group",
    ],
)
def test_a_capitalised_pair_of_common_words_stays(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "slip", "tag"),
    [
        # one slip from a registered name, in a list of people: that person, however short
        # or ordinary the slip ("brag", "hoe", "harr" are words)
        ("Møde 4\n\nTil stede: Ole Hald, Ebba Lund\nAfbud: Brag\n\n1. Budget", "Brag", "[P0]"),
        ("Present: Ebba Lund, Hoe, Ole Hald\nApologies: none", "Hoe", "[P1]"),
        ("Møte 8, ikke gjennomgått\n\nTil stede: Harr, Ebba Lund\n\n1. Plan", "Harr", "[P2]"),
        ("Forfall: Asj\n\n1. Plan", "Asj", "[P3]"),
    ],
)
def test_a_registered_name_slipped_in_a_list_is_the_person(text: str, slip: str, tag: str) -> None:
    redactor = numbered_redactor(["Brage Moe", "Hope Dahl", "Harry Fure", "Ask Holm"])
    assert dict(name_tags(redactor, text)).get(slip) == tag


@pytest.mark.parametrize(
    "text",
    [
        "Present: All, Mum\n",  # closed-class and relation words stay
        "Til stede: Hele gruppen\n",
    ],
)
def test_a_word_near_a_registered_name_outside_a_list_stays(text: str) -> None:
    redactor = numbered_redactor(["Brage Moe", "Alli Dahl", "Mums Lind", "Hele Ek"])
    assert [w for w, _t in name_tags(redactor, text) if w in ("All", "Mum", "Hele", "Brag")] == []


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        # a registered given name that is also a word ("jo", yes; "bo", live; "sol", sun),
        # first after a neighbour's label of who was there, before more people
        ("Møte 3\n\nTil stede: Jo, Ebba Lund\n\n1. Plan", "Jo", "[P0]"),
        ("Fremmødte: Bo, Ebba Lund og Ask Holm\n\n1. Budget", "Bo", "[P1]"),
        ("Møte 5\n\nTilstede: Sol\n\n1. Plan", "Sol", "[P2]"),
    ],
)
def test_a_capitalised_registered_word_first_after_a_neighbours_label_is_the_person(
    text: str, word: str, tag: str
) -> None:
    redactor = numbered_redactor(["Jo Berge", "Bo Dahl", "Sol Fure", "Ebba Lund", "Ask Holm"])
    assert dict(name_tags(redactor, text)).get(word) == tag


@pytest.mark.parametrize(
    "text",
    [
        "Til stede: Jo, det var mange der i går.",  # "Yes, there were many": a turn
        "Fremmødte: Bo gerne i byen, sagde de.",
    ],
)
def test_a_registered_word_opening_a_sentence_after_a_neighbours_label_stays(text: str) -> None:
    redactor = numbered_redactor(["Jo Berge", "Bo Dahl"])
    assert [w for w, _t in name_tags(redactor, text) if w in ("Jo", "Bo")] == []


def test_a_roles_label_in_a_block_of_peoples_labels_is_no_person(redactor: Redactor) -> None:
    """Minutes list who was there, who was away and who came in which role, one label a line:
    "Boendestöd:" (housing support) under "Frånvarande:" labels its value, the person."""
    text = (
        "Anteckningar.\n\nNärvarande: Chidera Okafor\nFrånvarande: Nnamdi\nBoendestöd: Ugwu Obi\n"
    )
    assert _names(redactor, text) == ["Chidera Okafor", "Nnamdi", "Ugwu Obi"]


def test_a_persons_turn_after_a_block_of_labels_is_still_a_person(redactor: Redactor) -> None:
    text = "Anteckningar.\n\nNärvarande: Chidera Okafor\nNnamdi: kom sent och gick tidigt.\n"
    assert "Nnamdi" in _names(redactor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fra: glen\nHej Axel,\ntak for sidst.", "Fra: [G]\nHej [name],\ntak for sidst."),
        ("Lähettäjä: glen\nHei,\nkiitos.", "Lähettäjä: [G]\nHei,\nkiitos."),
        ("Til: glen, hale\nHej,\nvi ses.", "Til: [G], [H]\nHej,\nvi ses."),
        ("Avsender: hale\nHei Ola,", "Avsender: [H]\nHei [name],"),
    ],
)
def test_a_lower_case_registered_word_after_a_neighbour_header_label_is_the_person(
    text: str, expected: str
) -> None:
    registry = Registry(
        [NameEntry("p:1", "Glen Bach", "[G]"), NameEntry("p:2", "Hale Lund", "[H]")]
    )
    assert "fra" in attendance_lists.NEIGHBOUR_HEADERS
    assert redact(text, registry).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vi ses til sommer, og turen går til hale og tilbage.",
        "Turen gik til hale og tilbage igen.",
        "Fra glen kan man se havet.",
    ],
)
def test_the_same_words_as_prepositions_without_a_header_colon_stay(text: str) -> None:
    registry = Registry(
        [NameEntry("p:1", "Glen Bach", "[G]"), NameEntry("p:2", "Hale Lund", "[H]")]
    )
    assert redact(text, registry).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Overheard at the till: Good, thank you for asking.",
        "Overheard at the till: Thankyou for the bags.",
    ],
)
def test_an_english_noun_after_its_article_labels_no_people(text: str) -> None:
    # "the till" is the shop's counter, not Swedish "Till:" (to) of a letter's header
    word = text.split(": ")[1].split(",")[0].split()[0]
    assert word in _redacted_plain(text)


def test_a_header_label_of_people_still_names_them() -> None:
    assert "Zlatko" not in _redacted_plain("Till: Zlatko Wahl\nHej!")
    assert "Zlatko" not in _redacted_plain("Those present: Zlatko and Meno")


def _redacted_plain(text: str) -> str:
    return Redactor(Registry([])).redact(text).text


def test_a_label_ending_in_a_verb_reports_words_not_people() -> None:
    text = "A volunteer wrote: MTurk doesn't pay much."
    assert "MTurk" in _redacted_plain(text)
    assert "Zlatko" not in _redacted_plain("Granne: Zlatko Wahl")


def test_an_article_is_read_on_the_labels_own_line() -> None:
    # "518a" ends the heading's line; "Present:" opens the next: a label of people
    low = "notes of meeting 518a\npresent: sd\n"
    assert namecontext.in_attendance(low, low.index("sd"))
    assert not namecontext.in_attendance("heard at the till: good", 19)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Intake form\n\nFølgesvenn: halvard sæterdal\nTogether we read the letter.", "halvard"),
        ("Phone notes\n\nLedsagare: Sirpa\nShe ordered a burger.", "Sirpa"),
        ("Letter on file\n\nAvsändare: Amund\nHallå Tesay,\n\nNow enough.", "Amund"),
    ],
)
def test_the_value_of_a_companions_or_senders_label_is_a_person(
    redactor: Redactor, text: str, name: str
) -> None:
    assert any(name in f for f in _names(redactor, text)), _names(redactor, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Saattaja: Solveig Eidsvåg\nNo thanks for the help.", "Saattaja"),
        ("Følgesvenn: Sirpa\nTogether we went through the decision.", "Følgesvenn"),
        ("Ledsager: Kaisu\nWe went to the bank.", "Ledsager"),
    ],
)
def test_a_companions_label_is_no_name(redactor: Redactor, text: str, word: str) -> None:
    assert not any(word in f for f in _names(redactor, text)), _names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Avsändare: Socialtjänsten\nHej,",
        "Ledsager: han kom for sent i dag\nVi gikk.",
        "Absent with notice: none\n\nWe met.",
    ],
)
def test_a_service_a_turn_or_none_after_such_a_label_stays(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


def test_registered_names_after_a_writers_label_or_absent_with_notice() -> None:
    redactor = numbered_redactor(["Pete Strange", "Nell Pound", "Tor Fry"])
    letter = "Letter in\n\nKirjoittaja: strange\nMorning NORDHEIM,\n\nWe argued."
    assert ("strange", "[P0]") in name_tags(redactor, letter)
    minutes = "Team\n\nAbsent with notice: torgeir, Prycce, pound, Fryy\n\nSome issues."
    assert ("pound", "[P1]") in name_tags(redactor, minutes)


def test_a_title_alone_as_an_item_is_a_registered_name_slipped() -> None:
    redactor = numbered_redactor(["Tor Fry", "Nell Pound"])
    text = "Team minutes\n\nTil stede: Fru, Lone Thygesen (guest)\n\nWe looked."
    assert ("Fru", "[P0]") in name_tags(redactor, text)
    assert "Fru" not in [w for w, _t in name_tags(redactor, "Til stede: fru Berg, Lone Thygesen")]


@pytest.mark.parametrize(
    "text",
    [
        "New in the pool of companions: Arvin, Ørjan Fjellstad and Ake Akesson.\nSide note.",
        "New in the pool of companions: Imran, Arvin and Helen-Rita.\nHe and I argued.",
    ],
)
def test_a_word_among_names_in_a_list_is_a_person(redactor: Redactor, text: str) -> None:
    assert "Arvin" in _names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "New in the pool: two bikes and a pram.",
        "We bought: Apples, Ørjan Fjellstad and Ake Akesson.",
        "Til stede: 3 of 5\n\nWe met.",
    ],
)
def test_a_thing_among_a_list_stays(redactor: Redactor, text: str) -> None:
    found = _names(redactor, text)
    assert not any(w in f for f in found for w in ("bikes", "pram", "Apples", "3"))


def test_a_role_as_a_senders_value_is_no_name(redactor: Redactor) -> None:
    text = "Välitetty viesti\n\nLähettäjä: Tukihenkilö\nAihe: Seuranta\n\nHei,\n\nTyhjää."
    assert "Tukihenkilö" not in _names(redactor, text)


def test_at_the_meeting_after_a_speakers_label_names_who_was_there() -> None:
    # a respondent's turn that lists who came; only the line's last label names people
    text = "Respondent: Also at the meeting: Dale Agnew.\nInterviewer: That sounds fine."
    spans = Redactor(Registry([])).spans(text)
    assert "Dale" in [text[s.start : s.end] for s in spans]
    said = "Respondent: What we said at the meeting: we need more chairs."
    assert Redactor(Registry([])).spans(said) == []


@pytest.mark.parametrize(
    "text", ["Letter, passed on\n\nSent by: Barnaby\n\nDear all,", "Sent by: Barnaby, volunteer"]
)
def test_the_sender_of_a_letter_passed_on_is_a_person(text: str) -> None:
    assert "Barnaby" in [text[s.start : s.end] for s in redact(text, Registry([])).spans]


def test_a_sentence_with_sent_by_names_no_sender() -> None:
    text = "The parcel was sent by: post\n"
    assert redact(text, Registry([])).text == text
