"""A sender's or signer's slot holding a service's common noun (`deid/service_senders.py`):
"Lähettäjä: Vastaanotto <…>", "Från: Mottagningen <…>", "From: The front desk <…>" and
"Ystävällisin terveisin,⏎Vastaanotto" name the reception, no person; a registered name, a
slip of one, a name of the lexicon or a stranger's unknown name in the same slot is still
removed. Sentences and addresses written for this test."""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, service_senders

REGISTRY = Registry(
    [
        NameEntry("p:1", "Kaisu Rinne", "[patient P-1]"),
        NameEntry("p:2", "Ylva Dahlberg", "[patient P-2]"),
        NameEntry("p:3", "Tove Brekke", "[patient P-3]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


@pytest.mark.parametrize(
    "text",
    [
        "Lähettäjä: Toimisto <info.pohjola@example.org>\nAihe: Ajanvaraus\n\nHei,\n",
        "Från: Kansliet <kansli.norr@example.org>\nÄmne: Nästa möte\n\nHej,\n",
        "From: The booking office <booking@example.org>\nSubject: Your visit\n\nHello,\n",
        "Kiitos viestistä.\n\nYstävällisin terveisin,\nToimisto\n",
        "Kiitos viestistä.\n\nYstävällisin terveisin,\nToimisto\nPuh. 040 765 4321\n",
        "Tack för senast.\n\nVänliga hälsningar,\nKansliet\n",
        "Från: Kontaktperson <kp.norr@example.org>\nÄmne: Nästa möte\n\nHej,\n",  # a role
    ],
)
def test_a_service_in_a_senders_slot_stays(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.spans(text) if s.kind == "name"], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lähettäjä: Kaisu <kr@example.org>\nAihe: Ajanvaraus\n", "Kaisu"),  # registered
        ("Lähettäjä: Kaisuu <kr@example.org>\nAihe: Ajanvaraus\n", "Kaisuu"),  # a slip
        ("Från: Ylvaa <yd@example.org>\nÄmne: Möte\n", "Ylvaa"),  # a slip
        ("Ystävällisin terveisin,\nKaisuu\n", "Kaisuu"),
        ("Ystävällisin terveisin,\nSatu\n", "Satu"),  # a Finnish word and a given name
        ("Ystävällisin terveisin,\nVeikko\n", "Veikko"),
        ("Lähettäjä: Aila Koskinen <ak@example.org>\nAihe: Tapaaminen\n", "Aila Koskinen"),
        ("From: Karen <kw@example.org>\nSubject: Visit\n", "Karen"),
        ("From: The Kallio family <kf@example.org>\nSubject: Visit\n", "Kallio"),
    ],
)
def test_a_person_in_the_same_slot_is_removed(redactor: Redactor, text: str, name: str) -> None:
    redacted = redactor.redact(text).text
    assert name not in redacted, redacted


@pytest.mark.parametrize(
    ("written", "rest", "expected"),
    [
        ("Toimisto", "", True),  # Finnish, the office
        ("Kansliet", " ", True),  # Swedish, the chancellery, with its article
        ("The", " booking office ", True),
        ("The", " Kallio family ", False),  # a capital after it: a name in the phrase
        ("Satu", "", False),  # a given name Finns bear
        ("Karen", "", False),  # a name of the lexicon, though "kar" is a Swedish word
        ("Our", "", False),  # a function word alone names nothing of a service
    ],
)
def test_service(written: str, rest: str, expected: bool) -> None:
    assert service_senders.service(written, rest) is expected


@pytest.mark.parametrize("word", ["helpdesk", "servicedesk", "frontdesk", "kundeservice"])
def test_a_compound_of_two_frequent_words_is_a_service(word: str) -> None:
    assert service_senders.compound(word)


@pytest.mark.parametrize(
    "word",
    # family names built of words: the lexicon's, or a last part typical of family names
    ["goodwin", "woodward", "lindberg", "sandberg", "bergström", "blackwood", "holmgaard"]
    + ["zlatkor", "kaisu"],  # an unknown name, a short one
)
def test_a_family_name_of_two_words_is_no_service(word: str) -> None:
    assert not service_senders.compound(word)


@pytest.mark.parametrize(
    "text",
    [
        "Videresendt besked\nFrom: Helpdesk\nTo: research team\nSubject: Printers\n\nHello,\n",
        "Chat log\n[09:02] me: Are the printers on the second floor working again today?\n"
        "[09:04] Servicedesk: We are sending someone up to look at them now.\n",
        # a ticket's people field, read as a list of people after its label
        "Printer ticket 88\nReported by: a teacher\nAssigned to: Helpdesk\nDescription:\n"
        "The printer jams.\n",
    ],
)
def test_a_service_compound_sending_or_speaking_stays(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.spans(text) if s.kind == "name"], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Videresendt besked\nFrom: Holmgaard\nTo: research team\n", "Holmgaard"),
        ("Videresendt besked\nFrom: Goodwin\nTo: research team\n", "Goodwin"),
        ("Videresendt besked\nFrom: Zlatkor\nTo: research team\n", "Zlatkor"),
        ("Videresendt besked\nFrom: Tove\nTo: research team\n", "Tove"),  # registered
        ("Printer ticket 88\nAssigned to: Sandberg\nDescription:\nIt jams.\n", "Sandberg"),
        ("Printer ticket 88\nAssigned to: Zlatkor\nDescription:\nIt jams.\n", "Zlatkor"),
        ("Printer ticket 88\nAssigned to: Tove\nDescription:\nIt jams.\n", "Tove"),
        (
            "Chat log\n[09:02] me: Are the printers on the second floor working again?\n"
            "[09:04] Lindberg: We are sending someone up to look at them now.\n",
            "Lindberg",
        ),
        (
            "Chat log\n[09:02] me: Are the printers on the second floor working again?\n"
            "[09:04] Zlatkor: We are sending someone up to look at them now.\n",
            "Zlatkor",
        ),
        (
            "Chat log\n[09:02] me: Are the printers on the second floor working again?\n"
            "[09:04] Ylva: We are sending someone up to look at them now.\n",
            "Ylva",
        ),
    ],
)
def test_a_name_sending_or_speaking_is_still_removed(
    redactor: Redactor, text: str, name: str
) -> None:
    removed = [text[s.start : s.end] for s in redactor.spans(text)]
    assert any(name in r for r in removed), (text, removed)
