"""Near misses that are rather an ordinary word typed with a slip: "Målte är att bo i eget
boende" (målet, not Malee), "Vänne förklarade" (vännen, not Hanne), "Samal om boendet"
(samtal, not Sagal).

`nearmiss.NearMisses` finds a word that no dictionary holds within an edit or two of a
registered name ("Kristna" for Kristina). A note-taker misspells ordinary words far more often
than names, and a slip of a word may land one edit from a registered name. The two readings
are told apart by how the slip was made. A name is misspelt by finger (a letter dropped,
doubled or added, two letters swapped, a key next to the right one) or by ear (a vowel for a
vowel, the sound-alike respellings of `nearmiss.SOUND_ALIKE`); an ordinary word by finger.
So a word one edit from its nearest registered forms is read as a slip of an ordinary word
when every one of those forms needs a letter no finger or ear would put there (the first
letter changed, or a letter struck for one that is neither next to it on the keyboard nor a
vowel for a vowel: "Målte"/Malee, t for e), and a frequent word of the study's languages
(`vocab.common_words`) that is no name of the lexicon is one finger slip away ("målet", two
letters swapped). Diacritics cost nothing on either side. Asked only where the capital says
nothing (the word opens a sentence or a line): a capitalised word inside a sentence keeps
its near miss. The name rules may still find the word a name where the context says person
("Målte ringde").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from casebook.deid import lexicon, vocab, wordforms
from casebook.deid.context import sentence_start
from casebook.deid.registry import ascii_fold

_VOWELS = frozenset("aeiouy")


@cache
def _rivals(languages: tuple[str, ...]) -> list[str]:
    """The frequent ordinary words that are no names of the lexicon, without diacritics."""
    names = lexicon.all_names()
    words = {ascii_fold(w) for w in vocab.common_words(languages) if w.isalpha()}
    return sorted(w for w in words if w not in names)


def unlikely_slip(typed: str, meant: str) -> bool:
    """Whether `typed` is `meant` (same length, lower case, no diacritics) with one letter
    struck for another that neither a finger nor an ear puts there: a letter neither near the
    right key (`wordforms.keys_near`) nor a vowel for a vowel."""
    if len(typed) != len(meant):
        return False
    differ = [i for i, (a, b) in enumerate(zip(typed, meant, strict=True)) if a != b]
    if len(differ) != 1:
        return False  # a transposition (two differ, swapped) or no single substitution
    a, b = typed[differ[0]], meant[differ[0]]
    return a not in wordforms.keys_near(b) and not {a, b} <= _VOWELS


def slip_here(text: str, start: int, word: str, forms: Iterable[str]) -> bool:
    """Whether `word` (lower case) at text[start:], a near miss of the registered `forms`,
    is rather an ordinary word typed with a slip (module docstring)."""
    if not sentence_start(text, start):
        return False  # "Phoned Hoom": a capital inside a sentence says name
    return _slip(word, tuple(forms))


@lru_cache(maxsize=4096)
def _slip(word: str, forms: tuple[str, ...]) -> bool:
    if word in vocab.known_words():
        return False
    typed = ascii_fold(word)
    for form in forms:
        meant = ascii_fold(form)
        if DamerauLevenshtein.distance(typed, meant) != 1 or not unlikely_slip(typed, meant):
            return False  # a slip a name is misspelt with, or more than one edit
    return any(
        not unlikely_slip(typed, rival)
        for rival, _distance, _index in process.extract(
            typed,
            _rivals(vocab.LANGUAGES),
            scorer=DamerauLevenshtein.distance,
            score_cutoff=1,
            limit=None,
        )
    )
