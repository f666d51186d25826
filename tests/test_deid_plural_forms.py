"""A word that reads as a name with a genitive "s" is a genitive only before its noun:
"Guys, come on" is the English plural beside a registered Guy (`names.py`, rule 1), and
"Rejs dig op" (get up) a Danish verb before its object, no Rej's
(`owner_genitives.verb_before_pronoun`). Before a noun the genitive stays the person's, and
so does a capitalised one after a preposition of a person ("help from Guys.") or after "thanks to"
("Thanks to Guys, it went through")."""

from __future__ import annotations

import pytest
from deid_helpers import name_spans, numbered_redactor

REDACTOR = numbered_redactor(["Guy Berg"])


@pytest.mark.parametrize(
    "text",
    [
        "Guys, come on.",
        "P2: Guys, this is crazy. We need to go.",
        "Rejs dig op!",
        "Rejs jer op, alle sammen.",
        "Thanks for the help, Guys.",
        "Thanks to guys like him, the move was done by noon.",
    ],
)
def test_plural_or_verb_is_no_name(text: str) -> None:
    assert name_spans(REDACTOR, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Guys mamma ringde i går.", "Guy"),  # the genitive before its noun
        ("Guy, come on.", "Guy"),  # spoken to
        ("Dimitris, kom hit.", "Dimitris"),
        # after a preposition of a person, the genitive's apostrophe left out or the household
        ("She borrowed the drill from Guys.", "Guy"),
        ("Vi åt middag hos Guys.", "Guy"),
        # after "thanks to": whom the thanks go to
        ("Thanks to Guys, the move was done by noon.", "Guy"),
        ("It all worked out, thanks to Guys.", "Guy"),
    ],
)
def test_genitive_and_vocative_still_names(text: str, name: str) -> None:
    assert name in name_spans(REDACTOR, text)
