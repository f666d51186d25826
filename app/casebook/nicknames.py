"""The rule for the other names people and places are registered under (aliases, nicknames):
at least two letters. Every release removes each registered form from all free text, so a
one-letter nickname ("G") would remove that letter everywhere, or make every release fail
its verification. The web forms, the JSON API and the services all apply this one rule."""

from __future__ import annotations

from casebook.i18n import _

MIN_LETTERS = 2


def letters(name: str) -> int:
    return sum(char.isalpha() for char in name)


def searchable(names: list[str]) -> list[str]:
    """The names long enough to be searched for in free text."""
    return [name for name in names if letters(name) >= MIN_LETTERS]


def alias_problem(names: list[str]) -> str | None:
    """A sentence for the first name that is too short, or None when all are fine."""
    for name in names:
        if name.strip() and letters(name) < MIN_LETTERS:
            return _(
                "“%(name)s” is too short: a nickname or other name needs at least "
                "%(letters)d letters (every release removes each registered name from all "
                "notes, and a single letter would be removed everywhere)",
                name=name.strip(),
                letters=MIN_LETTERS,
            )
    return None
