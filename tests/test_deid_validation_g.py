"""General causes of misses and wrongly removed words found on validation G (held-out G until
its figures were read for their causes, 2026-12-02) and fixed in general. Each test names its
cause and uses sentences of our own, never that set's.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

REGISTRY = Registry(
    [
        NameEntry("p:5", "May Ekdahl", "[contact C-5]"),
        NameEntry("p:6", "Will Norén", "[professional H-6]"),
        NameEntry("p:1", "Inga Wallin", "[patient P-1]"),
        NameEntry("p:2", "Bo Strand", "[contact C-2]"),
        NameEntry("p:3", "Bill Rask", "[professional H-3]"),
        NameEntry("p:4", "Dag Holm", "[significant other S-4]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


# --- a Swedish word opening a phrase in an English sentence ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Inga problem, he answered in Swedish when we asked about the rent.",
        "Inga risk of a relapse, the doctor told us in Swedish.",
        "Inga plan for the summer yet, he said, and laughed.",
    ],
)
def test_a_swedish_phrase_in_an_english_sentence_keeps_its_word(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact(text).spans == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inga spent two weeks with her sister in the summer.", "[patient P-1] spent"),
        ("Inga came late, and the group waited for her.", "[patient P-1] came"),
        ("Bo lost his keys again on the bus home.", "[contact C-2] lost"),
    ],
)
def test_the_same_name_before_an_english_verb_is_still_a_name(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert redacted(redactor, text).startswith(expected)


# --- a noun of something paid, from a business -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bill from the optician still not paid, she showed us the reminder.",
        "Bill from the electricity company overdue since March.",
    ],
)
def test_a_bill_that_is_paid_or_owed_is_no_person(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()


@pytest.mark.parametrize(
    "text",
    [
        "Bill from the housing office rang about the lease.",
        "Bill from the council paid us a visit on Monday.",
    ],
)
def test_a_person_from_somewhere_is_still_a_name(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text).startswith("[professional H-3] from")


# --- a Dutch postcode: four digits and two capitals, the town after a comma -------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Her sister lives at Vondelpad 14, 2611HW, Delft now.", "Vondelpad 14, 2611HW, Delft"),
        ("Post goes to Molenlaan 3, 7511 KX, Enschede.", "Molenlaan 3, 7511 KX, Enschede"),
        ("Nytt: Bosrand 27, 6862AB, Oosterbeek, from May.", "Bosrand 27, 6862AB, Oosterbeek"),
    ],
)
def test_a_dutch_address_is_redacted_whole(redactor: Redactor, text: str, address: str) -> None:
    out = redacted(redactor, text)
    assert "[address]" in out
    assert not any(part in out for part in address.replace(",", "").split())


# --- a bare day and month after the record it dates -------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Samtalsprotokoll 14/9\nHan kom i tid.", "14/9"),
        ("Support record 3/11\nThe flat was tidy.", "3/11"),
        ("Interview at the centre, 22/6\nShe arrived early.", "22/6"),
        ("Ny mottagning från och med 7/8, enligt kallelsen.", "7/8"),
    ],
)
def test_a_day_and_month_after_a_record_is_a_date(redactor: Redactor, text: str, date: str) -> None:
    out = redacted(redactor, text)
    assert "[date]" in out and date not in out


# --- sentence shapes that make any capitalised word a person ----------------------------------
# Names here are in no lexicon (made up for the tests), so only the shape can find them.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will manage the move ourselves," says Vodrasek.', "Vodrasek"),
        ("”Jag kommer inte”, sa Tulemba och gick.", "Tulemba"),
        ("Her maiden name is Quarnvik, she told us.", "Quarnvik"),
        ("The flat is under her brother's name Ostrazil now.", "Ostrazil"),
        ("Hon kom med sin man Brejdov till mötet.", "Brejdov"),
        ("Han blev tyst när Ulvagrim nämndes.", "Ulvagrim"),
        ("She smiled until Kettavon was mentioned.", "Kettavon"),
        ("Please add Brevanik as next-of-kin on the form.", "Brevanik"),
        ("Hon vill lägga till Drumoja som förmånstagare.", "Drumoja"),
        ("Her son shouted at Pelvastro in the corridor.", "Pelvastro"),
    ],
)
def test_a_sentence_shape_names_a_person_no_lexicon_knows(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redacted(redactor, text)
    assert name not in out and "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "Hon log när Stockholm nämndes.",
        "Han kom med sin man.",
        "Her name is on the lease, she said.",
        "She used to work for Vattenfall as a nurse.",
        "We looked at Linköping as a place to live.",
    ],
)
def test_a_town_or_no_name_in_the_same_shapes_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()


def test_a_drug_mentioned_at_the_start_of_a_sentence_stays(redactor: Redactor) -> None:
    assert redactor.redact("Depå nämndes, men hon vill tänka på saken.").spans == ()


# --- a relation of a person, not a journey ----------------------------------------------------


def test_a_friend_of_a_misspelt_name_is_no_place(redactor: Redactor) -> None:
    out = redacted(redactor, "Vid mötet kom Selma, en vän till Wallinn, på besök.")
    assert "Wallinn" not in out


def test_a_journey_to_a_town_still_stays(redactor: Redactor) -> None:
    assert "Grekland" in redacted(redactor, "Hon kom till Grekland med en vän till familjen.")


# --- a given name that is a word, before the same person's family name misspelt ----------------


@pytest.mark.parametrize(
    "text",
    [
        "I går kväll. Dag Hollm har flyttat till en mindre lägenhet.",
        "Efter mötet. Inga Wallinn ringde om hyran.",
        "Then Bo StranDd called about the rent.",
    ],
)
def test_a_given_name_joins_its_misspelt_family_name(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    assert not any(w in out for w in ("Dag ", "Inga ", "Bo ", "Hollm", "Wallinn", "StranDd"))


# --- a registered word in lower case whose contact details or message follow ------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hon gav oss ett nytt mobilnummer till dag: 070-123 45 67.", "dag"),
        ("Personnummer för inga: 19800101-1234, enligt kallelsen.", "inga"),
        ("Got a text from bo at 21.15 asking about Friday.", "bo"),
        ("Meddelande från inga i morse om tiden.", "inga"),
    ],
)
def test_a_lower_case_name_before_its_details_or_after_from_is_a_name(
    redactor: Redactor, text: str, word: str
) -> None:
    assert f" {word} " not in f" {redacted(redactor, text)} ".replace(":", " ")


@pytest.mark.parametrize(
    "text",
    ["We got a letter from may 2024 about the rent.", "Det kom ett meddelande från bo-bolaget."],
)
def test_a_month_or_a_word_after_from_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()


# --- phone numbers after a passive of calling, or before a contact card's label -----------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hon vill helst ringas på 601234567 efter lunch.", "601234567"),
        ("Storgatan 1, 111 22 Stockholm\n04412345678 office\nfax 08 123 45 67", "04412345678"),
        ("Nås dagtid på kontoret, annars 0739876543 hem.", "0739876543"),
    ],
)
def test_a_bare_run_with_a_phone_cue_is_a_phone(redactor: Redactor, text: str, number: str) -> None:
    assert number not in redacted(redactor, text)


def test_a_count_near_an_office_stays(redactor: Redactor) -> None:
    assert redactor.redact("The office had 1234567 visitors last year.").spans == ()


# --- French addresses: "2, rue ..." and towns joined by hyphens --------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Her aunt lives at 7, rue Anatole France\nShe visits often.", "Anatole"),
        ("Skicka till 12, avenue Jean Jaurès, 69007 Lyon.", "Jaurès"),
        ("New address: 4 rue Basse, 13100 Aix-en-Provence.", "Provence"),
        ("Bor nu på Kirkeveien 3, 0368 Oslo-sur-Mer, enligt henne.", "Mer"),
    ],
)
def test_a_french_address_is_redacted_whole(redactor: Redactor, text: str, gone: str) -> None:
    out = redacted(redactor, text)
    assert "[address]" in out and gone not in out


def test_a_count_before_a_place_of_worship_stays(redactor: Redactor) -> None:
    assert redactor.redact("She counted 5, place of worship\nnear the square.").spans == ()


# --- where people come from: a town after moving, a body after "nobody from" -------------------


@pytest.mark.parametrize(
    "text",
    [
        "They moved here from Erbil\nlast spring.",
        "Familjen flyttade hit från Erbil för länge sedan.",
        "Nobody from Vattenfallo came to the meeting.",
        "Någon från Trellevik ringde om fakturan.",
    ],
)
def test_a_place_or_a_body_people_come_from_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The call came from Erbil yesterday.", "Erbil"),
        ("Zlatkovic from the choir came by.", "Zlatkovic"),
    ],
)
def test_a_person_something_came_from_is_still_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name not in redacted(redactor, text)


# --- a registered word at the start of a sentence that says someone was born ---------------------


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Vi åt lunch. Bo är född 1962 och fyller snart år.", "[contact C-2]"),
        ("Later that day. Bill was born in Leeds, he told us.", "[professional H-3]"),
        ("Inga föddes i Umeå men växte upp i Luleå.", "[patient P-1]"),
    ],
)
def test_a_word_that_was_born_is_a_name(redactor: Redactor, text: str, tag: str) -> None:
    assert tag in redacted(redactor, text)


def test_a_later_item_of_a_list_of_people_after_another_label_is_a_name(
    redactor: Redactor,
) -> None:
    text = "Note this: the rent is late. Present: Selma Öberg, bill and the nurse."
    assert " bill " not in redacted(redactor, text)


def test_a_lower_case_name_wanted_to_do_something_is_a_name(redactor: Redactor) -> None:
    assert "bo" not in redacted(redactor, "Selma wants bo to be told first.").split()


def test_a_name_after_a_line_ending_in_a_capitalised_word_is_a_name(redactor: Redactor) -> None:
    text = "Her parents are from Chile\nHosseini began working at the clinic in 1990."
    assert "Hosseini" not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    ["Next month I'll turn 41.\n\nMöte 2025-03-02.", "We'll turn 60 in 1234 days, she joked."],
)
def test_a_pronoun_and_its_verb_before_a_street_type_is_no_street(
    redactor: Redactor, text: str
) -> None:
    assert "[address]" not in redacted(redactor, text)


# --- a modal verb that is a name, before a past tense no modal takes ----------------------------


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("The bus was late. Will missed the start of the meeting.", "[professional H-6]"),
        ("After lunch. Will brought the forms back signed.", "[professional H-6]"),
        ("Då kom beskedet. Will did his best, he said.", "[professional H-6]"),
    ],
)
def test_a_modal_before_a_past_tense_is_a_name(redactor: Redactor, text: str, tag: str) -> None:
    assert tag in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "May I ask about the rent?",
        "Will she manage the stairs?",
        "Will cut the grass later.",
        "It rained a lot. May was a wet month, and June too.",
    ],
)
def test_a_modal_before_a_bare_verb_or_subject_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()
