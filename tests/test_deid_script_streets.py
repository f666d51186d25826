"""Street lines written in another script (`script_streets.py`): Cyrillic, Greek, Hebrew,
Arabic and Persian, Armenian, Georgian, Thai, Indic, Chinese, Japanese and Korean lines as a
participant who moved from abroad gives them; and, per script, the foreign words with a number
that must stay. Every sentence here is our own."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry
from casebook.deid.script_streets import find


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "address",
    [
        "ул. Ленина, д. 5, кв. 12",  # Russian
        "вул. Шевченка, буд. 7",  # Ukrainian
        "пр-т Мира 14",
        "пер. Садовый 3/1",
        "бул. Витоша 41",  # Bulgarian
        "Οδός Ερμού 12",  # Greek
        "Λεωφ. Κηφισίας 101",
        "Αθηναΐδος 87",  # a Greek street name and its number alone
        "רחוב הרצל 5",  # Hebrew
        "הנביאים 26",
        "شارع النيل 3",  # Arabic
        "خیابان آزادی پلاک 12",  # Persian
        "Աբովյան փողոց 5",  # Armenian
        "ჭავჭავაძის ქ. 19",  # Georgian
        "79/7 ถนนสุขุมวิท",  # Thai
        "珞珈山街144号",  # Chinese
        "中央区銀座4丁目2番地",  # Japanese
        "테헤란로 152",  # Korean
        "강남구 양재천길 5 (도곡동)",
    ],
)
def test_a_street_line_of_another_script_is_redacted_whole(
    redactor: Redactor, address: str
) -> None:
    for frame in ("Hon har flyttat till {} med sin mor.", "He lives at {} with his sister."):
        expected = frame.format("[address]")
        assert redactor.redact(frame.format(address)).text == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Hon sa «мне было 5 лет» och skrattade.", "мне было 5 лет"),  # Russian, lower case
        ("Han skrev «Спасибо 2» på kortet.", "Спасибо 2"),  # a quoted phrase
        ("Dosen α 5 mg gavs två gånger.", "α 5 mg"),  # a Greek letter in a dose
        ("Δ 12 punkter på skalan.", "Δ 12"),
        ("Hon sa «λίγο 3 φορές» om dagen.", "λίγο 3 φορές"),  # Greek, lower case
        ("Han sa «שלום 2» och gick.", "שלום 2"),  # Hebrew, quoted
        ("Hon skrev «شكرا 3» på lappen.", "شكرا 3"),  # Arabic, quoted
        ("Han lärde sig 5 ord: Բարև.", "5 ord: Բարև"),  # Armenian word, no number beside
        ("She wrote ありがとう 3 times.", "ありがとう 3 times"),  # kana with no street character
        ("Han sa 사랑해 och log, 3 gånger.", "사랑해"),
        ("Hon sa улица utan nummer.", " улица"),  # a street word with no digit
        ("Han skrev Έτος 2024 på lappen.", "Έτος 2024"),  # a year
        ("Hon är i वर्ष २ av skolan.", "वर्ष २"),  # one word and a count below ten
    ],
)
def test_foreign_words_with_a_number_stay(redactor: Redactor, text: str, kept: str) -> None:
    assert kept in redactor.redact(text).text


def test_text_without_such_letters_is_not_searched() -> None:
    assert find("Hon bor på Storgatan 5 sedan 2019.") == []
    assert find("Café Zürich 12") == []
