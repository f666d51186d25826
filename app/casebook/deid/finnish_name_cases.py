"""A stranger's given name with a Finnish case ending, capitalised in a Finnish sentence:
"kertoi Stigista", "Hansin rakkain harrastus", "Catalinasta voi tulla", "Bradleyn äiti".

`name_inflection.lexicon_base` reads a case of a lexicon name only when the name is no
ordinary word of English or Swedish nor a town ("Stig", "Hans" and "Catalina" are), since
"Hansin" could be anything in a note that reads as Swedish. But in a sentence that
`note_language.sentence_language` reads as Finnish, a capitalised word that no list of
Finnish, Swedish or English words holds (U), whose stem with a Finnish case cut off is a given
name of the lexicon that is no Finnish word ("satu" is a tale: "Sadun" stays), is that name
inflected: Finnish capitalises no ordinary word mid-sentence, and a Swedish or English word
takes no Finnish case. Left alone: a word in capitals, a stem that is a town as well and a case
of place ("Bradleyssa", in a town), and words outside Finnish sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from casebook.deid import lexicon, name_inflection, note_language

_U = "U"
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏ][^\W\d_]{3,}(?![^\W\d_'’-])")
_PLACE_CASES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "an", "en", "in")
_FINNISH = ("fi",)
_MARKERS = (" ja ", " on ", " oli ", " ei ")  # Finnish's commonest words, no Swedish ones


def find(
    text: str, taken: Sequence[Sequence[object]], word_class: Callable[[str], str | None]
) -> list[tuple[int, int]]:
    """Where such a name stands in `text`, outside the spans `taken` ((start, end, ...))."""
    if "ä" not in text or not any(marker in text for marker in _MARKERS):
        return []  # no Finnish sentence: most notes end here, in a few C string searches
    out = []
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word.isupper():
            continue
        low = word.lower()
        base = _given_base(low)
        if base is None or word_class(word) != _U:
            continue
        if base in lexicon.places() and low.endswith(_PLACE_CASES):
            continue  # "Bradleyssa": in the town as often
        start, end = match.span()
        if any(s < end and start < e for s, e, *_ in taken):  # type: ignore[misc]
            continue
        if note_language.sentence_language(text, start, end, count_word=False) != _FINNISH:
            continue
        out.append((start, end))
    return out


def _given_base(low: str) -> str | None:
    """The given name of the lexicon, no Finnish word, that `low` is a Finnish case of."""
    if note_language.word_of(low, "fi"):
        return None
    given = lexicon.given_names()
    for base in name_inflection.bases(low):
        if base in given and not note_language.word_of(base, "fi"):
            return base
    return None
