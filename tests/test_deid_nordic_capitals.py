"""Capitalised Danish, Norwegian and Swedish words that are no one's name where they stand
(`casebook.deid.nordic_capitals`): a question word or pronoun before a lower-case word in a
run of requests typed without full stops ("Hvornår kommer", "Koss blir"), an interjection
before a comma that opens a turn ("Jo, jo men", "Seså, seså"), an imperative before its
object ("Endre alarmen", "minn mæ"); and a role noun before a name, cut from the name's span
(`function_edges`, `role_parentheses.role_noun`: "Sygeplejerske Elif"). The names around
them, and a name in the same slots, still go."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from casebook.deid import nordic_capitals, role_parentheses
from casebook.deid.redactor import Redactor

from tests.deid_helpers import name_spans, numbered_redactor


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return numbered_redactor(["Mina Kjær", "Ruby Cook", "Ivar Dahl"])


@pytest.mark.parametrize(
    "text",
    [
        "sæt timeren på ti minutter vis mig mine alarmer Hvornår kommer bussen til Vejle",
        "sett alarmen på sju skru ned lyden på stua Koss blir været i morgen",
        "skru ned lyden på stua Kem ringte i går",
        "sett alarmen på sju skru ned lyden på stua Endre alarmen til klokka åtte",
        "Intervjuer: minn mæ på møtet i morgen",
        "Intervjuer: fortell mæ om dagen din",
        "[14:21] Då får vi vänta till i morgon.\n[14:22] Jo, jo men, det kan ni väl förstå.",
        "Han blev arg på mig igen.\n- Seså, seså, det ordnar sig.",
    ],
)
def test_the_word_of_the_language_stays(redactor: Redactor, text: str) -> None:
    assert name_spans(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vis mig mine alarmer Sygeplejerske Elif hjalp os med papirerne.", "Elif"),
        ("vis mig mine alarmer Naboen Stine havde hørt det hele.", "Stine"),
    ],
)
def test_a_role_before_a_name_is_cut_from_it(redactor: Redactor, text: str, name: str) -> None:
    assert name_spans(redactor, text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vi snakket med Han Li om planene i går.", ["Han Li"]),  # a name before a name
        ("Vi satt i köket.\n14:05 Jo, I think it went fine.", ["Jo"]),  # English: a vocative
        ("Jo ringde i morse. Jo, hon sa att hon var trött.", ["Jo", "Jo"]),  # named elsewhere
        ("Hälsningar\nGran", []),  # no role before a name: left to the other rules
        ("Jeg ringede til Mina i går og bad hende komme.", ["Mina"]),
        ("Ansvarlig: Elisabeth Bossen\nHvor meget sne kommer der?", ["Elisabeth Bossen"]),
    ],
)
def test_names_in_the_same_places_still_go(redactor: Redactor, text: str, names: list[str]) -> None:
    found = name_spans(redactor, text)
    for name in names:
        assert name in found


_QUESTION = nordic_capitals.question_or_pronoun
_INTERJECTION = nordic_capitals.interjection
_IMPERATIVE = nordic_capitals.imperative


@pytest.mark.parametrize(
    ("check", "text", "word", "expected"),
    [
        (_QUESTION, "vis mig mine alarmer Hvornår kommer bussen", "Hvornår", True),
        (_QUESTION, "Vi snakket med Han Li om planene.", "Han", False),  # before a name
        (_INTERJECTION, "Deltagare: Jo, det vet jag.", "Jo", True),
        (_INTERJECTION, "Deltagare: Jo sa att det var bra.", "Jo", False),  # no comma
        (_INTERJECTION, "Vi träffade Jo i går. Deltagare: Jo, det vet jag.", "Jo", False),
        (_IMPERATIVE, "Mind mig om at ringe", "Mind", True),
        (_IMPERATIVE, "Book et bord til fire", "Book", True),
        (_IMPERATIVE, "Bestill meg en time", "Bestill", True),
        (_IMPERATIVE, "Endre alarmen til sju", "Endre", True),
        (_IMPERATIVE, "Book ringte i går", "Book", False),  # a verb follows: the subject
        (_IMPERATIVE, "til Book en gang til", "Book", False),  # after a preposition
        (_IMPERATIVE, "Mind, mig om at ringe", "Mind", False),  # a comma between
        (_IMPERATIVE, "loppuvat ja Safari antaa kropalleen aikaa", "Safari", False),  # Finnish
    ],
)
def test_one_word_where_it_stands(
    check: Callable[[str, int, int], bool], text: str, word: str, expected: bool
) -> None:
    start = text.rindex(word)  # the last: "Jo" named earlier in the text
    assert check(text, start, start + len(word)) is expected


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("naboen", True),
        ("sygeplejerske", True),
        ("sagsbehandleren", True),
        ("sykepleieren", True),
        ("stine", False),
        ("bord", False),
    ],
)
def test_role_noun(word: str, role: bool) -> None:
    assert role_parentheses.role_noun(word) is role
