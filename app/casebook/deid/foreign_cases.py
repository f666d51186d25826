"""A registered name's Finnish case that is a word of another language only, capitalised in a
Finnish sentence: "kuin Filipin lempikissansa" (Filip's; "filipin" is a stain in English
clinical text), "oppia Arton ja toisen" (Arto's; "arton" is Swedish for eighteen).

The passes that find a registered name with a Finnish case glued on (`registered_cases`,
`inflected_registered`, `nearmiss.NearMisses.inflected`) leave every ordinary word of any
language Casebook reads, so that "Arton" in a Swedish note stays the number. A Finnish
sentence has no such word: Finnish writes its ordinary words in lower case inside a sentence
and has neither "arton" nor "filipin" (`note_language.word_of`), and the case ending is
Finnish grammar. So a capitalised word that is a registered one-word form with a Finnish case
(`name_inflection.bases`), in a sentence `note_language.sentence_language` reads as Finnish
(the word itself not counted), and no ordinary Finnish word, listed or regularly inflected,
is that person. The registered form itself must be no ordinary word of any language (a
"Hans" + "in" stays to the context rules), nor a town.

Lower-case forms are left alone ("arton" in lower case is the Swedish number more often than
a misplaced capital).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from casebook.deid import lexicon, name_inflection, note_language, vocab, whole_words

_FINNISH = ("fi",)
_LETTERS = re.compile(r"[^\W\d_]{3,}")


class ForeignCases:
    """The known words of a registry's notes that are a registered form's Finnish case."""

    def __init__(self, registered: AbstractSet[str]) -> None:
        known = vocab.known_words()
        neighbours = name_inflection._neighbour_words()
        places = lexicon.places()
        # Registered one-word forms that are no word nor town anywhere: their cases are
        # the person's wherever Finnish writes them.
        self._plain = frozenset(
            w
            for w in registered
            if len(w) >= 3
            and w.isalpha()
            and w not in known
            and w not in neighbours
            and w not in places
        )
        self._openings = frozenset(w[:2] for w in self._plain)
        self._seen = _Seen(self._cases)

    def _cases(self, token: str) -> tuple[str, ...]:
        """The words of a lower-case white-space token ("filipin," -> "filipin") that are a
        known word somewhere, a case of a plain registered form, and no Finnish word."""
        known = vocab.known_words()
        return tuple(
            word
            for word in _LETTERS.findall(token)
            if word[:2] in self._openings
            and word in known
            and any(base in self._plain for base in name_inflection.bases(word))
            and not note_language.word_of(word, "fi")
        )

    def find(self, text: str, low: str, tokens: AbstractSet[str]) -> list[tuple[int, int]]:
        """Where such a word stands capitalised in a Finnish sentence of `text` (`low` its
        lower case, `tokens` the white-space tokens of `low`)."""
        if not self._plain:
            return []
        words = set().union(*map(self._seen.__getitem__, tokens))  # (a look-up in C a token)
        if not words:
            return []
        return sorted(
            (start, end)
            for start, end in whole_words.between_non_word(low, words)
            if text[start].isupper()
            and note_language.sentence_language(text, start, end, count_word=False) == _FINNISH
        )


class _Seen(dict[str, tuple[str, ...]]):
    """White-space token -> `ForeignCases._cases` of it, asked by `dict.__getitem__` in C for
    the tokens seen before (most of a note's); bounded."""

    __slots__ = ("_cases",)

    def __init__(self, cases: Callable[[str], tuple[str, ...]]) -> None:
        super().__init__()
        self._cases = cases

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) > 1 << 16:
            self.clear()
        value = self[token] = self._cases(token)
        return value
