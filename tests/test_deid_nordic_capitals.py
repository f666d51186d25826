"""Capitalised Danish, Norwegian and Swedish words that are no one's name where they stand
(`casebook.deid.nordic_capitals`): a question word or pronoun before a lower-case word in a
run of requests typed without full stops ("Hvornår kommer", "Koss blir"), an interjection
before a comma that opens a turn ("Jo, jo men", "Seså, seså"), an imperative before its
object ("Endre alarmen", "minn mæ"); and a role noun before a name, cut from the name's span
(`function_edges`, `role_parentheses.role_noun`: "Sygeplejerske Elif"). The names around
them, and a name in the same slots, still go."""

from __future__ import annotations

import pytest
from casebook.deid import nordic_capitals, role_parentheses
from casebook.deid.redactor import Redactor
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(
        Registry(
            [
                NameEntry("p:1", "Mina Kjær", "[M]"),
                NameEntry("p:2", "Ruby Cook", "[R]"),
                NameEntry("p:3", "Ivar Dahl", "[I]"),
            ]
        )
    )


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.spans(text) if s.kind == "name"]


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
    assert _names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vis mig mine alarmer Sygeplejerske Elif hjalp os med papirerne.", "Elif"),
        ("vis mig mine alarmer Naboen Stine havde hørt det hele.", "Stine"),
    ],
)
def test_a_role_before_a_name_is_cut_from_it(redactor: Redactor, text: str, name: str) -> None:
    assert _names(redactor, text) == [name]


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
def test_names_in_the_same_places_still_go(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    found = _names(redactor, text)
    for name in names:
        assert name in found


def test_question_word_needs_a_lower_case_word_after() -> None:
    text = "vis mig mine alarmer Hvornår kommer bussen"
    start = text.index("Hvornår")
    assert nordic_capitals.question_or_pronoun(text, start, start + 7)
    text = "Vi snakket med Han Li om planene."
    start = text.index("Han")
    assert not nordic_capitals.question_or_pronoun(text, start, start + 3)


def test_interjection_only_before_a_comma_where_a_turn_opens() -> None:
    text = "Deltagare: Jo, det vet jag."
    start = text.index("Jo")
    assert nordic_capitals.interjection(text, start, start + 2)
    text = "Deltagare: Jo sa att det var bra."
    start = text.index("Jo")
    assert not nordic_capitals.interjection(text, start, start + 2)
    text = "Vi träffade Jo i går. Deltagare: Jo, det vet jag."
    start = text.rindex("Jo")
    assert not nordic_capitals.interjection(text, start, start + 2)  # Jo is a person here


@pytest.mark.parametrize(
    ("text", "word", "verb"),
    [
        ("Mind mig om at ringe", "Mind", True),
        ("Book et bord til fire", "Book", True),
        ("Bestill meg en time", "Bestill", True),
        ("Endre alarmen til sju", "Endre", True),
        ("Book ringte i går", "Book", False),  # a verb follows: the subject, a name
        ("til Book en gang til", "Book", False),  # after a preposition: a person
        ("Mind, mig om at ringe", "Mind", False),  # a comma between: a vocative
    ],
)
def test_imperative_before_its_object(text: str, word: str, verb: bool) -> None:
    start = text.index(word)
    assert nordic_capitals.imperative(text, start, start + len(word)) is verb


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
