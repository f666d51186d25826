"""A registered name typed with a slip and a genitive "s" glued on, before the noun it owns,
where the word is no word of the noun's language: "Betes bike" for Bente's bike.

A slip can turn a name into a word of another language ("Bente" into Swedish "bete", bait;
"Maja" into Swedish "maka", wife), and the word lists then read the whole word, "Betes",
"Makas", as ordinary, so the near-miss rules of `unregistered` never look at it. But a
genitive owns the noun after it, and that noun says which language the words around it are
in: "bike" is English only, and in English neither "betes" nor "bete" is a word. So a
capitalised word ending in "s", before a lower-case word a genitive can own (no verb,
preposition, pronoun or adverb: `owner_genitives.not_owned`) that one of the languages'
lists holds, is the person whose registered form its stem (the word without the "s") is one
slip from, when that is exactly one form (`nearmiss.NearMisses.find`), and when neither the
word nor its stem is a word of any language that holds the noun: "Betes cykel" stays (Swedish
holds "cykel" and "bete"), as does "Louses bike" ("louse" is English).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casebook.deid import after_word, owner_genitives, vocab
from casebook.deid.nearmiss import NearMiss, NearMisses

# The languages whose lists say which language a noun is a word of.
_LANGUAGES = ("en", "sv", "nb", "da", "fi")
# A capitalised word ending in "s" (three letters before it at least), a space and a
# lower-case word.
_GENITIVE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}s) ([^\W\d_]+)(?![^\W\d_])")
# The same, opened at the "s" (the engine then skips to each "s" at once: `after_word`), the
# word before it found apart: three letters at least.
_GENITIVE_TAIL = re.compile(r"s(?= ([^\W\d_]+)(?![^\W\d_]))")


def find(
    text: str, low: str, taken: Sequence[tuple[int, int]], near: NearMisses
) -> list[tuple[int, int, NearMiss]]:
    """(start, end, near miss) of each glued genitive of a registered name typed with a slip
    (module docstring), the "s" left out of the span; none that a span of `taken` overlaps."""
    if not near or "s " not in text:
        return []
    out = []
    for start, stem, match in after_word.matches(_GENITIVE_TAIL, text, least=3):
        end = match.end()
        if any(a < end and start < b for a, b in taken):
            continue
        written, noun = stem + "s", match.group(1)
        if not (written[0].isupper() and written[1:].islower() and noun.islower()):
            continue
        word = low[start:end]
        if owner_genitives.not_owned(noun):
            continue
        languages = [lang for lang in _LANGUAGES if noun in vocab.listed(lang)]
        if not languages or any(
            word in vocab.listed(lang) or word[:-1] in vocab.listed(lang) for lang in languages
        ):
            continue
        found = near.find(word[:-1])
        if found is None or len(found.forms) != 1:
            continue
        out.append((start, end - 1, found))
    return out
