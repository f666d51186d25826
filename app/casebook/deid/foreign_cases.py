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

A registered form that is a word of another language but no Finnish word ("Wake", "Stark",
registered people's names that are English words) is read so too, inside a sentence only:
"Istuin Waken vieressä" is beside Wake, though "waken" is an English verb. Finnish writes
only proper nouns with a capital there, and the form with its case must be no name of its
own ("Martin" beside a registered Mart is Martin). In UD Finnish (TDT, FTB, PUD, OOD), 27 of
the 28 capitalised words inside a sentence that are a word of another language, no Finnish
word, and a Finnish case of such a word are proper nouns ("Maken", "Skatan", "Akademin"),
the other a foreign word ("Soon").

Where a Finnish sentence starts, the capital says nothing, and a worded form's case is read
so only as an owner: the genitive "-n" before a lower-case Finnish word, what the person owns
("Waken polkupyörä korjattiin tänään", Wake's bicycle was mended today; `_owner_before_noun`).
In UD Finnish one sentence of them all opens with a capitalised word that is a word of another
language, no Finnish word nor name, and a Finnish case of such a word ("Adrenalin lopetettu",
whose "adrenal" no registry holds as a person's name).

Lower-case forms are left alone ("arton" in lower case is the Swedish number more often than
a misplaced capital).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from casebook.deid import context, lexicon, name_inflection, note_language, vocab, whole_words

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
        # Registered one-word forms that are a word of another language, no Finnish word nor
        # town ("wake", "stark"): their cases are the person's inside a Finnish sentence.
        self._worded = frozenset(
            w
            for w in registered
            if len(w) >= 3
            and w.isalpha()
            and w in known
            and w not in places
            and not note_language.word_of(w, "fi")
        )
        self._worded_openings = frozenset(w[:2] for w in self._worded)
        self._seen_worded = _Seen(self._worded_cases)

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

    def _worded_cases(self, token: str) -> tuple[str, ...]:
        """The words of a lower-case white-space token that are a known word somewhere, a case
        of a registered form that is a word of another language, no Finnish word, and no
        name of their own ("waken" for Wake; not "martin" beside a Mart)."""
        known = vocab.known_words()
        return tuple(
            word
            for word in _LETTERS.findall(token)
            if word[:2] in self._worded_openings
            and word in known
            and any(base in self._worded for base in name_inflection.bases(word))
            and word not in lexicon.all_names()
            and not note_language.word_of(word, "fi")
        )

    def find(self, text: str, low: str, tokens: AbstractSet[str]) -> list[tuple[int, int]]:
        """Where such a word stands capitalised in a Finnish sentence of `text` (`low` its
        lower case, `tokens` the white-space tokens of `low`); a case of a worded form
        inside a sentence only."""
        found: list[tuple[int, int]] = []
        if self._plain:
            words = set().union(*map(self._seen.__getitem__, tokens))  # (a look-up in C a token)
            if words:
                found += _capitalised_finnish(text, low, words, inside=False)
        if self._worded:
            words = set().union(*map(self._seen_worded.__getitem__, tokens))
            if words:
                found += _capitalised_finnish(text, low, words, inside=True)
        return sorted(set(found))


def _capitalised_finnish(
    text: str, low: str, words: AbstractSet[str], inside: bool
) -> list[tuple[int, int]]:
    """Where one of `words` stands capitalised in a Finnish sentence of `text` (`inside`: not
    where a sentence starts)."""
    return [
        (start, end)
        for start, end in whole_words.between_non_word(low, words)
        if text[start].isupper()
        and not (
            inside and context.sentence_start(text, start) and not _owner_before_noun(text, end)
        )
        and note_language.sentence_language(text, start, end, count_word=False) == _FINNISH
    ]


def _owner_before_noun(text: str, end: int) -> bool:
    """Whether the word ending at `end` ends in the genitive "n" and a lower-case Finnish
    word follows it, what it owns ("Waken polkupyörä korjattiin": Wake's bicycle)."""
    if text[end - 1 : end] != "n" or text[end : end + 1] != " ":
        return False
    kind, following, at = context.next_word(text, end)
    return kind == "w" and text[at].islower() and note_language.word_of(following, "fi")


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
