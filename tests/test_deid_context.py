"""Causes of missed and wrongly removed words found on text the rules were not written
against, each fixed in general and tested here with sentences of our own (issue 9).

Every test names the general cause it covers. Names used for people nobody registered are
outside the shipped lexicon (Irish, Igbo, Estonian), so only context can find them.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, context
from casebook.deid.context import item_opening
from casebook.deid.vocab import is_word_form

REGISTRY = Registry(
    [
        NameEntry("p:1", "Inga Lundmark", "[patient P-1]"),
        NameEntry("p:2", "May Holm", "[significant other S-2]"),
        NameEntry("p:3", "Hope Strand", "[professional H-3]"),
        NameEntry("p:4", "Per Sandin", "[professional H-4]"),
        NameEntry("p:5", "Will Forsberg", "[significant other S-5]"),
        NameEntry("p:6", "Leyla Karimi", "[patient P-6]"),
        NameEntry("p:7", "Omid Karimi", "[significant other S-7]"),
        NameEntry("p:8", "Farida Noori", "[professional H-8]"),
        NameEntry("p:9", "Enginiz Yıldırım", "[patient P-9]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


# --- mixed English and Swedish notes: the sentence's language decides -------------------


ENGLISH = "We went to the shop and then to the park and the library, and it was fine. "


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH + "Han kom tillbaka sent på kvällen.",
        ENGLISH + "Alla sa att mötet blev för långt.",
        ENGLISH + "Inga frågor ställdes om medicinen den här gången.",
        ENGLISH + "Det fanns inga synpunkter på protokollet.",
    ],
)
def test_pronouns_and_quantifiers_of_a_swedish_sentence_in_an_english_note_stay(
    redactor: Redactor, text: str
) -> None:
    assert redacted(redactor, text) == text


def test_a_registered_name_that_is_a_swedish_word_is_still_a_name_where_it_is_one(
    redactor: Redactor,
) -> None:
    text = "We went over the plan for the spring. Inga said the bus is too crowded."
    assert redacted(redactor, text).startswith("We went over the plan for the spring. [patient")


def test_an_english_word_is_a_name_in_a_swedish_sentence(redactor: Redactor) -> None:
    text = "The meeting started late. Will var med på mötet för första gången."
    assert "[significant other S-5] var med" in redacted(redactor, text)


# --- Swedish word forms: definite nouns, plurals and compounds are words -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Handläggaren ringde tillbaka efter lunch.",
        "Kontaktpersonen sa att hon mår bättre.",
        "Arbetsterapeuten kom en halvtimme sent.",
        "Kvällspersonalen ringde vid midnatt.",
        "Dagverksamheten ringde om schemat.",
        "Tandläkaren sa att smärtan går över.",
    ],
)
def test_swedish_definite_forms_and_compounds_are_not_names(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


def test_word_forms_leave_family_names_made_of_words_alone() -> None:
    assert is_word_form("sommarsemestern") and is_word_form("kaffebryggaren")
    assert not is_word_form("lindholm") and not is_word_form("sjöberg")


# --- time words: holidays are not people unless a verb of saying follows ----------------


def test_a_holiday_that_is_also_a_given_name_is_a_holiday(redactor: Redactor) -> None:
    text = "Ramadan begins on Friday, so the group will meet after sunset."
    assert redacted(redactor, text) == text
    assert redacted(redactor, "Ramadan said he would bring the forms.").startswith("[name]")


def test_capitalised_ordinary_words_forming_an_organisation_are_no_name(
    redactor: Redactor,
) -> None:
    text = "Hon har kontakt med Red Cross och kyrkan, och det är bra att hon går dit."
    assert redacted(redactor, text) == text


# --- sentence starts: time stamps, asides ------------------------------------------------


def test_a_time_stamp_opens_a_sentence(redactor: Redactor) -> None:
    text = "10:45 May we take a short break, the patient asked.\n11.02 Will anyone drive?"
    assert redacted(redactor, text) == text
    assert redacted(redactor, "10:45 May said she was tired.").startswith("10:45 [significant")


@pytest.mark.parametrize(
    "text",
    [
        "Battery low.\n09:14 > May we move the visit to Friday?\n09:20 < Will do, thanks.",
        "Ok.\n21:03 < Hope is what keeps him going, she wrote.",
    ],
)
def test_a_message_opens_after_its_time_and_direction_mark(redactor: Redactor, text: str) -> None:
    # A text-message log marks each message sent (">") or received ("<") after its time.
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Notater fra møtet.\n2) Hele dagen gikk med til papirarbeid.\n3) Neste møte er fredag.",
        "Muistiinpanot:\n4) Oma auto on tärkeä.\n5) Sama homma toistui eilen illalla.",
        "Punkter:\n(1) Sånne dager vil jeg ikke ha flere av.",
    ],
)
def test_a_numbered_items_first_word_is_read_in_its_language(text: str) -> None:
    """ "12)" and "(3)" number the items of a list: a word of the item's language opening it
    that is also a name nobody registered keeps its reading there, as after "12." does."""
    assert Redactor(Registry([]))(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Punkter.\n12) Hele", True),
        ("Punkter.\n(3) Hele", True),
        ("1) Hele", True),
        ("hun sa at (3) Hele", False),  # inside a sentence
        ("det kostar 3) Hele", False),
    ],
)
def test_item_opening(text: str, expected: bool) -> None:
    assert item_opening(text, len(text) - 4) is expected


def test_a_registered_name_opening_a_numbered_item_is_still_the_person(
    redactor: Redactor,
) -> None:
    """Only a word nobody registered is read so: a registered given name that is a word stays
    the person after an item's number, where notes list what each person did."""
    out = redacted(redactor, "Punkter:\n1) May said she would call back.\n2) Per ringde.")
    assert "May" not in out and "Per" not in out, out
    out = redacted(redactor, "Punkter:\n1) Chidera ringde i går.")
    assert "Chidera" not in out, out


def test_a_person_opening_a_message_after_its_mark_stays_a_name(redactor: Redactor) -> None:
    text = "Ok.\n09:14 > May said she would call back.\n09:20 < Per ringde."
    assert redacted(redactor, text) == (
        "Ok.\n09:14 > [significant other S-2] said she would call back.\n"
        "09:20 < [professional H-4] ringde."
    )


def test_a_comparison_sign_in_a_sentence_opens_nothing(redactor: Redactor) -> None:
    text = "The dose was raised because 2 < Will Forsberg's own count."
    assert "[significant other S-5]" in redacted(redactor, text)


def test_an_aside_of_saying_does_not_make_a_word_a_name(redactor: Redactor) -> None:
    text = "Hope, he says, is hard to hold on to in winter."
    assert redacted(redactor, text) == text


def test_a_time_before_a_month_word_is_no_date(redactor: Redactor) -> None:
    text = "14:05 May is always a hard month for him, he says."
    assert "[date]" not in redacted(redactor, text)


# --- settings that say person: headers, greetings, sign-offs, lists ----------------------


def test_a_display_name_before_an_address_in_angle_brackets_is_a_name(
    redactor: Redactor,
) -> None:
    text = "From: Will <wf1978@example.org>\nSent: Monday"
    assert redacted(redactor, text).startswith("From: [significant other S-5] <[email]>")
    outlook = "From: May [mailto:may.h@example.org]"
    assert redacted(redactor, outlook).startswith("From: [significant other S-2]")


def test_a_registered_homograph_from_somewhere_is_a_name(redactor: Redactor) -> None:
    assert redacted(redactor, "Per från socialtjänsten ringde igen.").startswith("[professional")
    closing = "Love from all of us at the day centre."
    assert redacted(redactor, closing) == closing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Tadhg,\nthanks for the minutes.", "Tadhg"),
        ("Best wishes,\nCaoimhe\nCase manager", "Caoimhe"),
        ("Mvh Kalev, 070-412 33 90", "Kalev"),
        ("Next of kin: Nkechi, 070-332 11 45", "Nkechi"),
        ("Present: Inga (pt), Oisin (SO), Per (CM).", "Oisin"),
        ("SO (Obinna) present, tel 08-123 45 67.", "Obinna"),
        ("Chidubem and dr Lindqvist both came late.", "Chidubem"),
        ("Niamh's brother rang the ward twice.", "Niamh"),
        ("We asked whether Ciaran could join by phone.", "Ciaran"),
        ("She talked with Siobhan about the rent.", "Siobhan"),
        ("She told me Aoife had moved out.", "Aoife"),
        ("Hon bor numera hos Emeka på landet.", "Emeka"),
        ("Then Ngozi Okafor rang the ward.", "Ngozi"),
        ("Dr Mellow changed the dose.", "Mellow"),
    ],
)
def test_an_unregistered_name_where_the_setting_says_person(
    redactor: Redactor, text: str, name: str
) -> None:
    out = redacted(redactor, text)
    assert name not in out and "[name]" in out


def test_two_unknown_capitalised_words_in_a_row_are_a_full_name(redactor: Redactor) -> None:
    out = redacted(redactor, "Mairead Nwosu at the pharmacy has the papers.")
    assert out == "[name] at the pharmacy has the papers."


# --- near misses: nearest entry, the one named nearby, two edits where context says name --


def test_a_misspelt_shared_family_name_takes_the_person_named_nearby(
    redactor: Redactor,
) -> None:
    out = redacted(redactor, "Omid came early. Later Karrimi said the flat is cold.")
    omid = "[significant other S-7]"
    assert out == f"{omid} came early. Later {omid} said the flat is cold."


def test_two_slips_in_a_short_name_get_its_tag_where_the_setting_says_person(
    redactor: Redactor,
) -> None:
    out = redacted(redactor, "Kind regards,\nFrdia\nCase manager")
    assert out == "Kind regards,\n[professional H-8]\nCase manager"


def test_a_dotless_i_in_a_registered_name_is_found_in_upper_case(redactor: Redactor) -> None:
    out = redacted(redactor, "We decided to contact ENGINIZ YILDIRIM next week.")
    assert "YILDIRIM" not in out and "[patient P-9]" in out


# --- phone numbers as people write them ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ring växeln 08-123 456 78 ankn. 4411 efter lunch.", "efter lunch"),
        ("Her direct line is 555-201-3344x77 most days.", "most days"),
        ("- ph 391234567 (brother)", "(brother)"),
        ("Please call her sister Maja at the church on 391234567 tomorrow.", "tomorrow"),
        ("His son's number is 39123456789, she says.", "she says"),
        ("anna.l@example.org · 45128844", ""),
        ("Couldn't reach him, left msg on 45128844.", "."),
        ("Her cousin abroad, tel 046 0031 7788, answers in the evening.", "answers"),
        ("Tfn 0532 210 44 06 (mobile)", "(mobile)"),
    ],
)
def test_phone_numbers_with_extensions_and_cues_at_a_distance(
    redactor: Redactor, text: str, kept: str
) -> None:
    out = redacted(redactor, text)
    assert "[phone]" in out and not any(c.isdigit() for c in out) and kept in out


def test_a_year_ending_a_sentence_and_a_time_starting_the_next_are_no_phone(
    redactor: Redactor,
) -> None:
    text = "It began in 2019. 10.42 The nurse came in."
    assert "[phone]" not in redacted(redactor, text)


# --- addresses in the neighbours' and the largest groups' formats -------------------------


@pytest.mark.parametrize(
    "address",
    [
        "Storgatan 7 2 tr, 123 45 Stockholm",
        "Kirkeveien 12B, 0368 Oslo",
        "Mannerheimintie 5, 00100 Helsinki",
        "Lindenstraße 3-5, 10115 Berlin",
        "ul. Długa 5/12",
        "12 Rose Glen, LS6 2AB Leeds",
        "Flat 3, Harbour Parade",
        "Solbakken 4",
    ],
)
def test_addresses_written_as_people_write_them_abroad(redactor: Redactor, address: str) -> None:
    text = f"They moved to {address} in March."
    assert redacted(redactor, text) == "They moved to [address] in March."


def test_a_name_and_number_after_the_word_address_are_an_address(redactor: Redactor) -> None:
    text = "Post still goes to the old address, 9 Saffron Quay, she says."
    assert redacted(redactor, text) == "Post still goes to the old address, [address], she says."


def test_street_words_inside_ordinary_words_are_no_address(redactor: Redactor) -> None:
    text = "During 5 weeks she stayed at home. Bring 2 copies to the investigate 3 meeting."
    assert "[address]" not in redacted(redactor, text)


# --- a spoken opener set off by a comma: the sentence opens after it -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ääniviesti, litteroitu\n\nTota, Emme näytä mainoksia sovelluksessa.",
        "Ääniviesti, litteroitu\n\nNiinku, Salli puhelimen näyttää ilmoitukset.",
        "Talemelding, transkribert\n\nHm, Neste møte blir på mandag, sier hun.",
        "Talemelding, transkribert\n\nAltså, Neste uke blir travel.",
    ],
)
def test_the_word_after_a_spoken_opener_opens_the_sentence(redactor: Redactor, text: str) -> None:
    # A filler transcribed before a comma ("Siis,", "Hm,") and the sentence after it: its
    # first word is read as a sentence's first word, not as a capital inside a sentence.
    assert redactor.redact(text).spans == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Siis, Aune Kivilaakso soitti eilen illalla.", ["Aune Kivilaakso"]),
        ("Hm, Inga ringde i går och var glad.", ["Inga"]),  # registered, in the same slot
        ("Hei, Kivilaakso, soitan huomenna.", ["Kivilaakso"]),  # a greeting: the one called
    ],
)
def test_a_name_after_a_spoken_opener_stays_a_name(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    spans = redactor.redact(text).spans
    assert [text[s.start : s.end] for s in spans] == names


def test_an_english_verb_undone_by_un_is_a_word() -> None:
    # "Unsync from my phone": "un-" of reversal before a frequent English word
    assert is_word_form("unsync")
    assert is_word_form("unmute")
    assert not is_word_form("unzqrt")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Seurantaloki\n\nklo 9.10 Sade alkoi illalla.", "Sade", True),
        ("Seurantaloki\n\nklo 14:25 Rakennus oli tyhjä.", "Rakennus", True),
        ("Seurantaloki\n\nKlo 7 Ovi oli auki.", "Ovi", True),
        ("Hän sanoi klo 9.10 Sade alkoi.", "Sade", False),  # no line's stamp: mid-sentence
    ],
)
def test_a_finnish_log_stamp_opens_a_sentence(text: str, word: str, expected: bool) -> None:
    """Finnish writes a clock time "klo 9.10" (kello): opening a log's line, the entry after
    it opens a sentence, as after Swedish "kl 9.10"."""
    assert context.sentence_start(text, text.index(word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "The notes say it plainly. Lanterns make the hall brighter, and the pupils like it.",
        "[10:12] me: Pencils make better notes than the tablets do, says the teacher.",
    ],
)
def test_an_english_plural_before_make_is_no_genitive_before_a_swedish_husband(
    redactor: Redactor, text: str
) -> None:
    # General cause: "Xs make" reads as a Swedish genitive before "make" (husband); English
    # writes its genitive with an apostrophe, so an English plural in an English sentence is
    # the subject of the verb "make".
    assert not redactor.spans(text), text


def test_a_genitive_before_a_swedish_kin_word_is_still_a_name(redactor: Redactor) -> None:
    text = "Hon sa att Chidubems make var sjuk i går."  # an Igbo name nobody registered
    assert any("Chidubem" in text[s.start : s.end] for s in redactor.spans(text))
    text = "Hon sa att Leylas make var sjuk i går."  # registered
    assert any("Leyla" in text[s.start : s.end] for s in redactor.spans(text))
