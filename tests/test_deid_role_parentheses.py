"""A person before their role in parentheses (`casebook.deid.role_parentheses`): a name that
is also a word, in lower case or capitalised, a family name that is a word after a given
name, a letter damaged in typing; ordinary words, pronouns, relation words and a thing after
an article stay."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import Redactor, redact
from casebook.deid.registry import NameEntry, Registry
from casebook.deid.role_parentheses import find


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A long silence. roger (ex-partner) rang again on Friday.", "roger"),
        ("sms i går: tel ove (god man) 08-88 38 91", "ove"),
        ("ring Jessica Klang (guardian) om blanketten", "Klang"),
        ("ring gerd sterner (guardian) om blanketten", "sterner"),
        ("The client mentions N˜zamett˜n Arslan (priest) from the mosque.", "zamett"),
    ],
)
def test_the_name_before_the_role_is_removed(redactor: Redactor, text: str, name: str) -> None:
    out = redact(text, redactor).text
    assert name not in out
    assert "[name]" in out


@pytest.mark.parametrize(
    "text",
    [
        "We rang the doctor (guardian) yesterday.",  # an ordinary word
        "Talked to her (daughter) and mamma (sambo).",  # a pronoun, a relation word
        "Vi ringde skolan (kurator) igen.",
        "They met at the church (priest) today.",  # a thing after an article
        "Hon kom med sin son (12 år).",  # no role
    ],
)
def test_ordinary_words_before_a_role_stay(redactor: Redactor, text: str) -> None:
    assert find(text, [], redactor.unregistered.word_class) == []  # type: ignore[union-attr]
    assert redact(text, redactor).text == text


_WORD_NAMES = Registry([NameEntry("p:1", "Wolf Lind", "[W]"), NameEntry("p:2", "Duke Berg", "[D]")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volontär: wolf\nHan sorterade kläder.", "Volontär: [W]\nHan sorterade kläder."),
        ("Frivillig: wolf\nThey sorted coats.", "Frivillig: [W]\nThey sorted coats."),
        ("Vapaaehtoinen: duke\nHän lajitteli.", "Vapaaehtoinen: [D]\nHän lajitteli."),
        (
            "Also there: Sigrid Vallgårdh and duke (chair)\nIn fact we did.",
            "Also there: [name] and [D] (chair)\nIn fact we did.",
        ),
        ("Board: Lise Krogh, then wolf (sekretær).", "Board: [name], then [W] (sekretær)."),
    ],
)
def test_a_volunteer_label_or_a_meetings_role_in_brackets_makes_the_person(
    text: str, expected: str
) -> None:
    assert redact(text, _WORD_NAMES).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "The volunteers made wolf masks for the children.",
        "We sat the duke (chair) of the club at the end.",
        "Frivillig arbejde er godt for byen, sagde hun.",
        "A wolf (parent) guards the den.",
    ],
)
def test_the_words_beside_a_volunteer_or_a_role_stay(text: str) -> None:
    assert redact(text, _WORD_NAMES).text == text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Deltagare: Geir Bjørnstad, Vidar Saeterdal (vertaisohjaaja) and Pound", "vertaisohjaaja"),
        ("Deltagare: Sigrun Aasen and Kaisu Lehtonen (erfaringskonsulent)", "erfaringskonsulent"),
    ],
)
def test_a_peer_workers_title_in_brackets_is_no_name(text: str, role: str) -> None:
    found = [text[s.start : s.end] for s in Redactor(Registry([])).spans(text) if s.kind == "name"]
    assert not any(role in f for f in found), found
    assert any("Saeterdal" in f or "Lehtonen" in f for f in found), found


def _spans(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Digimentor: all good now",  # a digital mentor's turn in a chat
        "IT-mentor: it works again",
        "Vertaismentori: ok",
        "Present: Görel (beboerrepræsentant), Kjetil Gronli (bostøtte)",
        "Met the Digimentor at the gate.",
    ],
)
def test_a_compound_ending_in_a_role_noun_is_a_role(redactor: Redactor, text: str) -> None:
    spans = _spans(redactor, text)
    assert not any("mentor" in s.lower() or "repræsentant" in s for s in spans), spans


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("digimentor", True),
        ("it-mentor", True),
        ("beboerrepræsentant", True),
        ("it-frivillig", True),
        ("mentor", True),
        ("adelaide", False),  # a name of the lexicon ending in "aide"
        ("pesonen", False),  # "sonen" (the son) is kin, no role head
        ("fearchair", False),  # "chair" ends names of the lexicon: no head
        ("zachteleven", False),  # "eleven" is "elev" (a pupil), four letters: no head
        ("bostøtten", True),  # "støtten" is "støtte", six letters
        ("tovholder", True),  # a club's organiser
        ("jäsen", True),  # a member ("jasen" is a given name)
        ("remember", False),  # a club's office heads no compound
        ("hosten", False),  # the cough: a club's office takes no definite ending unlisted
        ("värden", False),  # the values
    ],
)
def test_role_noun_reads_compounds(word: str, expected: bool) -> None:
    from casebook.deid.role_parentheses import role_noun

    assert role_noun(word) is expected


def test_a_person_after_a_compound_role_label_or_before_its_brackets_stays() -> None:
    registry = Registry(
        [NameEntry("p:1", "Norm Berg", "[Person 1]"), NameEntry("p:2", "Rider Holm", "[P 2]")]
    )
    redactor = Redactor(registry)
    assert _spans(redactor, "Digimentor: Kirsi Lahti") == ["Kirsi Lahti"]
    assert _spans(redactor, "Digimentor: Norm") == ["Norm"]
    assert _spans(redactor, "Närvarande: Rider (beboerrepræsentant), Player") == ["Rider"]


def test_a_family_name_ending_in_a_short_roles_definite_form_stays_a_name() -> None:
    # a Norwegian speaker names the one addressed; "-eleven" ends the family name, and the
    # pupil ("elev", "eleven") is too short a role to head a compound
    spans = _spans(Redactor(Registry([])), "seier du det ja, Kaare Zachteleven .")
    assert spans == ["Kaare Zachteleven"]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    [
        ("Asukas: Norm\nTelefon: 0905 123 4986", "Asukas", "Norm"),  # the resident
        ("Tulkki: Anna Lind\nDate: 1.2.2026", "Tulkki", "Anna Lind"),  # the interpreter
    ],
)
def test_a_role_noun_that_is_a_family_name_labelling_a_line_is_the_label(
    text: str, kept: str, removed: str
) -> None:
    registry = Registry([NameEntry("p:1", "Norm Berg", "[Person 1]")])
    spans = _spans(Redactor(registry), text)
    assert kept not in " ".join(spans)
    assert removed in " ".join(spans)


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Tovholder: Kirsi Lahti\nKommune: Aalborg", ["Kirsi Lahti"]),  # the circle's organiser
        ("Jäsen: Khaled\nKunta: Oulu", ["Khaled"]),  # a member; "Jasen" is a given name
        ("Medlem: Ufl\nBy: Aalborg", ["Ufl"]),  # a member, a name misspelt
        ("Anmelder: Thanh\n", ["Thanh"]),  # a reviewer
        ("Arvostelija: Norm\n", ["Norm"]),
        ("Tovholder: which hall is it tonight?", []),  # a chat turn by the organiser
        ("Jäsen: en pääse tänään", []),
    ],
)
def test_a_clubs_office_labelling_a_line_is_the_label_its_value_the_person(
    text: str, removed: list[str]
) -> None:
    registry = Registry([NameEntry("p:1", "Norm Berg", "[Person 1]")])
    assert _spans(Redactor(registry), text) == removed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minutes\n\nPresent: Solheim (støttekontakt), Hardy\n\nWe met.", "Solheim"),
        ("Referat\n\nTil stede: Ida Vang (støttekontaktperson)\n", "Ida Vang"),
    ],
)
def test_a_support_contact_in_brackets_is_the_role(
    redactor: Redactor, text: str, name: str
) -> None:
    spans = _spans(redactor, text)
    assert name in spans and not any(s.startswith("støttekontakt") for s in spans)
