"""A stranger's unknown name in a Finnish case that only a person takes in a note: the
allative, ablative and adessive ("kerroin Yanisalle", to Yanisa; "sain Opwonyalta", from
Opwonya; "Makungalla on auto", Makunga has a car).

`unregistered.py` reads a Finnish case on a name of the lexicon (`name_inflection`); an
unknown word (U: no ordinary word, no lexicon name, no town) in a case is left, as a town of
no gazetteer would be. Finnish towns take the inessive and elative ("Kempeleessä",
"Kempeleestä"), the cases of giving, getting and having are a person's. Taken: a capitalised
word, not in capitals, ending in "-lle", "-lta"/"-ltä" or "-lla"/"-llä", that is U, whose
stem (`name_inflection.bases`, gradation undone) is shaped like a name and no ordinary word,
town or word form, in a text with Finnish in it (two of `_FINNISH`'s words), outside the
spans found already; not opening a sentence, where Finnish's own inflected pronouns and
adverbs stand capitalised ("Minulla on", "Aamulla oli"), nor after an abbreviation's dot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import lexicon, name_inflection, vocab
from casebook.deid.context import sentence_start

_CASE = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]{2,}(?:lle|lta|ltä|lla|llä)(?![^\W\d_'’-])")
_FINNISH = frozenset(
    "ja on ei että oli hän se kun mutta myös ole olen olin minä minua minulle sinä hänen"
    " hänelle kanssa kuin vielä nyt sitten jo eikä".split()
)
_MARKERS = (" ja ", " ei ", "että", " on ", " oli ", " hän", "ssa ", "ssä ")
_U = "U"


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a name stands in `text`, outside the spans `taken` ((start, end, ...))."""
    if sum(marker in text for marker in _MARKERS) < 2:
        return []  # no Finnish here: the common case, in a few substring searches
    out = []
    finnish: bool | None = None
    for match in _CASE.finditer(text):
        word = match.group()
        start, end = match.span()
        if word[1:].isupper() or any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        if sentence_start(text, start) or text[start - 2 : start - 1] == ".":
            continue  # "Minulla on", "Aamulla oli": a word opening a sentence says nothing
        if word_class(word) != _U or not _stranger(word.lower()):
            continue
        if finnish is None:
            finnish = len(_FINNISH.intersection(text.lower().split())) >= 2
        if not finnish:
            return []
        out.append((start, end))
    return out


def _stranger(word: str) -> bool:
    """Whether the lower-case `word` is a case of a name-shaped stem that is nothing else."""
    if vocab.is_word_form(word):
        return False
    places = lexicon.places()
    known = vocab.known_words()
    for base in name_inflection.bases(word):
        if base in known or base in places or vocab.is_word_form(base):
            return False
    return any(lexicon.name_shaped(base) for base in name_inflection.bases(word))
