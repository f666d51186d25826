"""Registered names typed in lower case with a Finnish case ending: "soitin maaritille",
"doğanilla on höyrylaiva", "mäkille ei ollut syötetty". `names.py` finds a registered name
as written, with a genitive "s" after it; a case glued on, and the stem changed by consonant
gradation ("jukalle" for Jukka), makes another word, which the capitalised pass reads as a
registered name inflected (`nearmiss.NearMisses.inflected`) and which the lower-case pass
takes only in a setting that says person. Such a word of a Finnish case (not a Swedish
adjective, "det wästbergska huset"), when it is no ordinary word of any
language Casebook reads and the registered name it comes from is none either
(`name_inflection.plain_name`), is that person wherever it stands, as the registered name
itself would be.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Set as AbstractSet

from casebook.deid import name_inflection, vocab, whole_words
from casebook.deid.nearmiss import NearMisses

_LETTERS = re.compile(r"[^\W\d_]{5,}")
# Per registry (its NearMisses): the tokens read so far, ordinary words too, and those with
# inflected registered names in them, since the same tokens come back in note after note (a
# note's new tokens are then one C-level set difference, its hits one intersection with the
# few tokens that hold such names); bounded like the lower-case pass's tables.
_SEEN: weakref.WeakKeyDictionary[NearMisses, tuple[set[str], dict[str, tuple[str, ...]]]] = (
    weakref.WeakKeyDictionary()
)
_SEEN_MAX = 1 << 17


def holding(near: NearMisses) -> dict[str, tuple[str, ...]]:
    """The tokens `find` has read as a registered name's case so far, with the cases they
    hold (empty before the first note): what `surname_cases.capitalised` looks for."""
    seen = _SEEN.get(near)
    return seen[1] if seen else {}


def find(text: str, low: str, tokens: AbstractSet[str], near: NearMisses) -> list[tuple[int, int]]:
    """Where a lower-case inflected registered name stands in `text` (`low` its lower case;
    `tokens` the white-space tokens of `low`); `near.inflected` says whose."""
    if not near:
        return []
    seen, holding = _SEEN.setdefault(near, (set(), {}))
    if len(seen) >= _SEEN_MAX:
        seen.clear()
        holding.clear()
    new = tokens - seen
    if new:
        seen |= new
        for token in new - vocab.known_words():
            words = _inflected(token, near)
            if words:
                holding[token] = words
    return whole_words.held_in_lower_case(text, low, holding, tokens)


def _inflected(token: str, near: NearMisses) -> tuple[str, ...]:
    known = vocab.known_words()
    out = []
    for word in _LETTERS.findall(token):
        if word not in known:
            miss = near.inflected(word)
            if (
                miss
                and miss.forms[0] in name_inflection.bases(word)  # a Finnish case, not "-ska"
                and name_inflection.plain_name(word, miss.forms[0])
            ):
                out.append(word)
    return tuple(out)
