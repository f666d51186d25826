"""A registered name with an "s" after it is read as a genitive, the "s" left after the tag
("[M]s mamma"); before a verb or an adverb no genitive stands, so the "s" is the name's own
letter and goes with it ("Enligt Marks har det blivit bättre":
`owner_genitives.whole_before_verb`)."""

from __future__ import annotations

import pytest
from casebook.deid.redactor import redact
from casebook.deid.registry import NameEntry, Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry([NameEntry("p:1", "Mark Simpson", "[M]")])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enligt Marks har det blivit bättre.", "Enligt [M] har det blivit bättre."),
        ("Vi tror att Marks kan komma i morgon.", "Vi tror att [M] kan komma i morgon."),
        ("Marks mamma ringde i går.", "[M]s mamma ringde i går."),
        ("Vi pratade om Marks skola och om Mark.", "Vi pratade om [M]s skola och om [M]."),
    ],
)
def test_the_s_goes_with_the_name_only_before_a_verb(
    registry: Registry, text: str, expected: str
) -> None:
    assert redact(text, registry).text == expected


@pytest.fixture(scope="module")
def given_registry() -> Registry:
    return Registry(
        [NameEntry("p:1", "Robert Lindqvist", "[ROBERT]"), NameEntry("p:2", "Hans Moe", "[H]")]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present: Nora Roberts, the caretaker", "Present: [name], the caretaker"),
        ("Reported by: Simon Roberts\nAssigned to: IT", "Reported by: [name]\nAssigned to: IT"),
        ("Forælder: Mette Roberts\nAdresse: ikke oplyst", "Forælder: [name]\nAdresse: ikke oplyst"),
        (
            "Yesterday Simon Roberts said the printer was fixed.",
            "Yesterday [name] said the printer was fixed.",
        ),
    ],
)
def test_a_given_name_and_s_after_a_given_name_is_a_family_name(
    given_registry: Registry, text: str, expected: str
) -> None:
    # "Roberts" after "Nora" is her family name (Robert + s), not Robert's genitive: the
    # registered Robert in the same slot is still removed below.
    assert redact(text, given_registry).text == expected


def test_a_registered_given_names_genitive_stays_his(given_registry: Registry) -> None:
    assert redact("Robert's bike was stolen.", given_registry).text == "[ROBERT]'s bike was stolen."
    assert redact("Robert Lindqvist came.", given_registry).text == "[ROBERT] came."
    # Before a noun the "s" is a genitive's, after a given name too: the rule leaves it.
    assert redact("Då gav Anna Roberts bok tillbaka.", given_registry).text == (
        "Då gav [name] [ROBERT]s bok tillbaka."
    )
