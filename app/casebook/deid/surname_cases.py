"""Finnish cases of a registered name that the lower-case passes (`inflected_registered`,
`registered_cases`) left, read from Finnish grammar rather than from word lists:

- a family name in "-nen" ("Korhonen", "Järvinen", "Lahtinen") declines on a stem in "-se-"
  ("korhosen", "järviselle") or "-s-" before the partitive ("korhosta"). Finnish frequency
  lists hold these forms because the surnames are frequent, not because they are words, so
  such a form of a registered "-nen" name is the person wherever it stands, unless the name is
  itself a Finnish word nobody bears ("toinen", "nainen", "iloinen": `plain_surname`);
- a case capitalised where a sentence starts ("Pekan äiti soitti", "Lahtisen äiti soitti",
  "Kristiinalle soitettiin"): the same word the lower-case passes take anywhere, so it is that
  person at the start of a sentence too (`capitalised`), where an unknown capitalised word
  alone is not enough.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from collections.abc import Set as AbstractSet

from casebook.deid import name_inflection, vocab, whole_words


def plain_surname(word: str, base: str) -> bool:
    """Whether `word`, a case of the registered form `base`, is a "-nen" family name's case on
    its "-se-"/"-s-" stem: no ordinary English or Swedish word, and `base` no word of the
    neighbour languages that their people do not bear as a name."""
    if not base.endswith("nen") or len(base) < 6 or word in vocab.known_words():
        return False
    stem = base[:-3]
    if not (word.startswith(stem + "se") or word.startswith(stem + "st")):
        return False
    neighbours = name_inflection._neighbour_words()
    return base not in vocab.known_words() and (
        base not in neighbours or base in name_inflection._own_names()
    )


def capitalised(
    text: str,
    low: str,
    tokens: AbstractSet[str],
    holdings: Collection[Mapping[str, Collection[str]]],
) -> list[tuple[int, int]]:
    """Where a word that one of `holdings` (a token -> the cases of registered names in it)
    keeps stands capitalised in `text`: "Pekan" where "pekan" is Pekka's genitive."""
    hits: set[str] = set()
    for holding in holdings:
        for token in holding.keys() & tokens:
            hits.update(holding[token])
    if not hits:
        return []
    return [(s, e) for s, e in whole_words.between_non_word(low, hits) if text[s].isupper()]
