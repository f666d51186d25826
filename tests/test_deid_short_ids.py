"""Azerbaijan's personal identification code (FİN: seven capitals and digits in one word)
after a word naming an identity number, as Python Faker's `az_AZ` `ssn()` writes it
(`bench/number_faker.py`); and the words and codes that stay."""

from __future__ import annotations

import pytest
from casebook.deid import Redactor, Registry

from tests.deid_helpers import covered


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(Registry([]))


@pytest.mark.parametrize(
    "text,written",
    [
        ("She gave us her details: identity number 2SGWM30.", "2SGWM30"),
        ("Han gav os personal number S7FUA30, og gik så.", "S7FUA30"),
        ("Hon uppgav ID 9AWRYWW vid besöket.", "9AWRYWW"),
        ("Er nannte ID: 5ZK81QP und ging.", "5ZK81QP"),
    ],
)
def test_seven_character_code_after_its_cue(redactor: Redactor, text: str, written: str) -> None:
    assert covered(redactor, text, written), redactor(text)


@pytest.mark.parametrize(
    "text",
    [
        "Status: ID CHECKED today.",  # no digit
        "Han har personnummer ABCDEFG.",
        "Hon uppgav 2SGWM30 vid besöket.",  # no cue: a code of anything
        "The COVID19 test was negative.",
    ],
)
def test_what_must_stay(redactor: Redactor, text: str) -> None:
    assert redactor(text) == text
