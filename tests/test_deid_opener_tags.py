"""A registered name with a Finnish case after a sentence's opening verb carries its person's
tag (`deid/unregistered.py`, `_alone`): "Soitin Nasrinille eilen" is Nasrin's, as "Eilen
soitin Nasrinille" was. The opening word is cut from the run and the name read again
alone. A name of the lexicon nobody registered stays "[name]". Sentences written for this
test.
"""

from __future__ import annotations

import pytest
from casebook.deid import Redactor

from tests.deid_helpers import name_tags, numbered_redactor

_PEOPLE = ["Nasrin Rahimi", "Fredrika Sjöstedt", "Bill Hargreaves", "Aino Virtanen"]


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(_PEOPLE)


tags = name_tags


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("Soitin Nasrinille eilen. Hän oli kotona.", "Nasrinille", "[P0]"),
        ("Kysyin Nasrinilta eilen, mutta hän ei tiennyt.", "Nasrinilta", "[P0]"),
        ("Soitin Fredrikalle eilen. Olet todella hyvä.", "Fredrikalle", "[P1]"),
        ("Soitin Billille eilen illalla.", "Billille", "[P2]"),
        ("Soitin Ainolle eilen illalla.", "Ainolle", "[P3]"),
        ("Soitin Virtaselle eilen illalla.", "Virtaselle", "[P3]"),
    ],
)
def test_a_registered_name_after_an_opening_verb_has_its_tag(
    redactor: Redactor, text: str, word: str, tag: str
) -> None:
    assert tags(redactor, text) == [(word, tag)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Soitin Annalle eilen illalla.", "Annalle"),
        ("Kun Esko tuli kotiin, hän söi.", "Esko"),
    ],
)
def test_an_unregistered_name_stays_untagged(redactor: Redactor, text: str, word: str) -> None:
    assert tags(redactor, text) == [(word, "[name]")]


def test_the_opening_verb_is_kept(redactor: Redactor) -> None:
    assert redactor.redact("Soitin Nasrinille eilen.").text.startswith("Soitin ")
