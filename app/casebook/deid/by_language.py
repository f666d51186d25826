"""A capitalised word's class when only one test of it depends on the note's language.

`UnregisteredNames` classes each new capitalised word once per language guess the note can
get (the study's languages together and each alone). All of that judgement reads the word
alone (near misses of registered names, slips of a word, word forms, towns) except one
test: whether the word, or the word before its genitive "s", is a common word of the
note's language ("Inga" is a name in English notes, a word in Swedish ones). The word-only
part is judged once and, where that test remains, answers `Either`: `resolve` then gives the
class under each language with one set look-up, instead of judging the word again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from casebook.deid import vocab


class Either(NamedTuple):
    """`if_common` where `word` is a common word of the note's language, else `otherwise`."""

    word: str
    if_common: str | None
    otherwise: str | None


Kind = str | None | Either


def resolve(kind: Kind, common: AbstractSet[str]) -> str | None:
    """The class `kind` gives in a note whose language's common words are `common`."""
    if isinstance(kind, Either):
        return kind.if_common if kind.word in common else kind.otherwise
    return kind


def per_language(
    kind: Kind,
    written: str,
    sets: Sequence[tuple[str, ...]],
    common: Mapping[tuple[str, ...], AbstractSet[str]],
) -> tuple[str | None, ...]:
    """The class of `written` under each language guess of `sets` (`common` their common
    words); none in a Swedish note for a Swedish role written short ("Ssk", "Usk")."""
    shorthand = written.lower() in vocab.SWEDISH_ROLE_SHORTHAND
    return tuple(
        None if shorthand and "sv" in langs else resolve(kind, common[langs]) for langs in sets
    )
