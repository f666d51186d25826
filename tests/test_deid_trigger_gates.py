"""The cheap tests that spare the street and month rules ordinary words (" most ", "set "):
each may only say no where the rule itself would answer None."""

from __future__ import annotations

import random

from casebook.deid import Redactor, Registry, street_types, written_dates

WORDS = (
    "the patient set the agenda and most of the time she felt part of the place out of 10 "
    "he moved out on set de 2024 primero de set 5 set 2024-set- 14 out 2026 "
    "Storgatan 12 rue 3, 75011 Paris 2, rue Marie place 118 Kerrymount Place SW1A 1AA "
    "back down. number 12 little bad have most 4 5 12345 da de del of the , . - /"
).split()


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 30))]
        text = ""
        for word in words:
            text += word + rng.choice([" ", " ", " ", "  ", ", ", ". ", "\n"])
        texts.append(text)
    return texts


def test_the_gates_say_no_only_where_the_rules_do() -> None:
    scanner = Redactor(Registry([])).names
    gated = {"street_dict": 0, "month": 0}
    for text in _texts(2026, 3000):
        low = text.lower()
        n = len(text)
        for kind, start, end in scanner.scan(low).triggers:
            if kind == "street_dict" and street_types.only_a_word(text, low, start, end, n):
                gated[kind] += 1
                assert street_types.street(text, low, start, end, n) is None, (text, start)
            if kind == "month" and written_dates.only_a_word(low, start, end):
                gated[kind] += 1
                assert written_dates.month(text, low, start, end, n) is None, (text, start)
    assert gated["street_dict"] > 100 and gated["month"] > 100


def test_ordinary_words_are_answered_at_once() -> None:
    text = "The patient set the agenda; most of the time she found out about it.\n"
    low = text.lower()
    at_set, at_most = low.index("set "), low.index(" most ")
    assert written_dates.only_a_word(low, at_set, at_set + 4)
    assert street_types.only_a_word(text, low, at_most, at_most + 6, len(text))
    dated = "Inflyttad 5 set 2024, primero de set.\n"
    for word in ("5 set", "de set"):
        at = dated.lower().index(word) + len(word) - 3
        assert not written_dates.only_a_word(dated.lower(), at, at + 4)


def test_dates_and_addresses_with_such_words_are_still_found() -> None:
    redactor = Redactor(Registry([]))
    text = "Flyttade 14 set 2024 till most 3, 12345 Oslo. The patient set the agenda."
    redacted = redactor.redact(text).text
    assert "14 set 2024" not in redacted
    assert "The patient set the agenda." in redacted
