"""A smiley or an emoji ends a sentence typed without its full stop (`deid/emoticons.py`).

Messages and reviews pasted into notes close a sentence with ":)" or "😊" instead of a full
stop; the capitalised word after it opens the next sentence, so a registered name that is
also a word ("My", "Will") is judged as a sentence's first word there, as after a full stop.
The person after a smiley is still found where the words around say person, and a name
nobody registered is found there as before. Sentences written for this test.
"""

from __future__ import annotations

import pytest
from casebook.deid import NameEntry, Redactor, Registry, emoticons

REGISTRY = Registry(
    [
        NameEntry("p:1", "My Lindqvist", "[patient P-1]"),
        NameEntry("p:2", "Will Okafor", "[patient P-2]"),
        NameEntry("p:3", "Love Berg", "[contact K-3]"),
    ]
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(REGISTRY)


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I will tell my friends and family:) My room was lovely.",
        "All of those ;D Will she manage the stairs after the operation?",
        "Thanks a lot :-) Will never forget it.",
        "So good 😊 My mother liked it too.",
        "Good XD My brother laughed.",
        "Nice <3 Love is what keeps her going.",
    ],
)
def test_a_word_after_a_smiley_opens_a_sentence(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She says hi :) My said she was tired.", "My"),
        ("Thanks :) Will came by at noon.", "Will"),
        ("We met at 12:30 Will came late.", "Will"),
        ("We met (see below) May Lindqvist came.", "Lindqvist"),
    ],
)
def test_the_person_after_a_smiley_is_still_found(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks :) Zlatko came by at noon.",
        "Tack :) Vasiliki ringde igen.",
        "nice 😊 Mirela is home.",
    ],
)
def test_a_stranger_after_a_smiley_is_still_found(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    assert not any(n in out for n in ("Zlatko", "Vasiliki", "Mirela"))


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("friends :)", True),
        ("family:)", True),
        ("those ;D", True),
        ("ok :-((", True),
        ("great xD", True),
        ("love <3", True),
        ("nice 😊", True),
        ("at 12:3", False),
        ("(see below)", False),
        ("Pat 3:D", False),
        ("BoxD", False),
    ],
)
def test_what_counts_as_a_smiley(text: str, ends: bool) -> None:
    assert emoticons.ends_sentence(text, len(text) - 1) is ends
