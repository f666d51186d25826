"""A letter's signature: the writer's name on its own line between the sign-off and the
phone number (`street_types._house_number_line`, `near_openings.signed_slip`,
`trailing_surnames._signature`).

Causes read from validation U's misses, tested on sentences of our own:
- a family name ending in a glued street word ("-berg", "-vej") on the line above a phone
  number was read as a street with the number's first digits as its house number, and the
  phone span swallowed the name under `[phone]` or `[address]`;
- a registered name one slip off, alone under "Mvh", that Norwegian or Danish also spell as
  a word ("Sige" for Sigve: Danish "sige", to say) was read as that word;
- a stranger's family name that is a town or a relation ("Gran") was left after the given
  name on the signature line.

The same street reading ran a name closing a list of people into the number of the agenda's
first item on the next line ("Til stede: …, Kvarnaberg⏎1. Sag:"; validation V).
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry

from tests.deid_helpers import name_tags, removed

REGISTRY = Registry(
    [
        NameEntry("p:1", "Ebba Solberg", "[patient P-1]"),
        NameEntry("p:2", "Rolf Kvarnaberg", "[contact C-2]"),
        NameEntry("p:3", "Tove Kjærvej", "[contact C-3]"),
        NameEntry("p:4", "Sigve Brekke", "[contact C-4]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    ("text", "name", "phone"),
    [
        (
            "Tack för i dag.\n\nMvh\nKvarnaberg\n00358 9 15877084\n",
            "Kvarnaberg",
            "00358 9 15877084",
        ),
        ("Tack.\n\nHälsningar\nRolf Kvarnaberg\n0991 550 854\n", "Rolf Kvarnaberg", "0991 550 854"),
        ("Tak for mødet.\n\nMvh\nKjærvej\n0045 20 31 42 53\n", "Kjærvej", "0045 20 31 42 53"),
    ],
)
def test_a_name_over_a_phone_number_is_no_street(
    redactor: Redactor, text: str, name: str, phone: str
) -> None:
    spans = redactor.spans(text)
    assert [(text[s.start : s.end], s.kind) for s in spans] == [(name, "name"), (phone, "phone")]


@pytest.mark.parametrize(
    "text",
    [
        "Referat\nTil stede: Ebba Solberg, Kvarnaberg\n1. Sag: budsjettet for neste år.",
        "Protokoll\nFrånvarande: Kjærvej\n1. Ärende: Vi gick igenom planen.",
        "Minutes\nApologies: Kvarnaberg\n2. Item: the budget for next year.",
    ],
)
def test_a_name_over_a_numbered_item_is_no_street(redactor: Redactor, text: str) -> None:
    assert {s.kind for s in redactor.spans(text)} == {"name"}
    assert "Kvarnaberg" in removed(redactor, text) or "Kjærvej" in removed(redactor, text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Adress: Lindenstraße\n32\n", "Lindenstraße\n32"),
        ("Adress:\nLindenstraße\n32\n12345 Berlin\n", "Lindenstraße\n32\n12345 Berlin"),
        ("Vi bor på Lindenstraße\n32 sedan i fjol.", "Lindenstraße\n32"),
    ],
)
def test_a_house_number_on_the_next_line_stays_an_address(
    redactor: Redactor, text: str, address: str
) -> None:
    assert removed(redactor, text) == [address]


@pytest.mark.parametrize(
    "text",
    ["Takk for i dag.\n\nMvh\nSige\n", "Tak for sidst.\n\nMed venlig hilsen\nSige\n"],
)
def test_a_registered_slip_under_the_sign_off_is_the_writer(redactor: Redactor, text: str) -> None:
    assert name_tags(redactor, text) == [("Sige", "[contact C-4]")]


@pytest.mark.parametrize(
    "text",
    [
        "Vi hørte at det vil sige noget andet.",  # the Danish verb inside a sentence
        "Takk for i dag.\n\nMvh\nKontoret\n",  # no slip of a registered name
    ],
)
def test_a_word_that_is_no_signed_slip_stays(redactor: Redactor, text: str) -> None:
    assert name_tags(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Takk for praten.\n\nMed vennlig hilsen,\nSigvard Gran\n515.654.709\n", "Sigvard Gran"),
        ("Tack så mycket.\n\nHälsningar\nAstrid Gran\n", "Astrid Gran"),
    ],
)
def test_the_family_name_on_a_signature_line_goes_with_it(
    redactor: Redactor, text: str, name: str
) -> None:
    assert [n for n, _tag in name_tags(redactor, text)] == [name]


def test_a_month_after_the_signed_name_is_no_family_name(redactor: Redactor) -> None:
    text = "Tack så mycket.\n\nHälsningar\nAstrid Mars\n"
    assert [n for n, _tag in name_tags(redactor, text)] == ["Astrid"]


@pytest.mark.parametrize(
    "text",
    [
        "Takk for i dag, vi snakkes i morgen.\n\nHilsen\nMeg\n",  # regards, me
        "Du kan endre tidspunktet selv i kalenderen.\n\n\nHilsen\nMeg\n",
    ],
)
def test_a_norwegian_pronoun_under_the_sign_off_is_the_writer_as_me(
    redactor: Redactor, text: str
) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks for today, see you tomorrow.\n\nBest,\nMeg\n", "Meg"),  # English: Meg
        ("Takk for i dag, vi snakkes i morgen.\n\nHilsen\nEbba\n", "Ebba"),  # registered
        ("Takk for i dag, vi snakkes i morgen.\n\nHilsen\nKari\n", "Kari"),
    ],
)
def test_a_name_under_the_sign_off_stays_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert removed(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the notes.\n\nRegards,\nOutreach team\n",
        "Thanks for the notes.\n\nKind regards,\nIntake office\n",
        "Tak for i dag.\n\nHilsen\nBorger afdelingen\n",
    ],
)
def test_a_team_signing_under_the_closing_is_no_person(redactor: Redactor, text: str) -> None:
    assert removed(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanks for the notes.\n\nRegards,\nEbba team\n", "Ebba"),  # registered
        ("Thanks for the notes.\n\nRegards,\nEbba Solberg\n", "Ebba Solberg"),
        ("Thanks for the notes.\n\nRegards,\nZlatkor\n", "Zlatkor"),  # a stranger alone
        ("Yesterday I met Zlatkor team leader at the depot.", "Zlatkor"),
    ],
)
def test_a_person_signing_or_before_team_in_running_text_stays_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in removed(redactor, text)
